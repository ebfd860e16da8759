using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Generators.Common;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mesh.Sdk.Generators.Crd;

public sealed partial class CrdGenerator
{
    /// <summary>
    /// The only place that reads YAML. Turns one file's text into plain models and diagnostics;
    /// never throws for bad input (only for cancellation).
    /// </summary>
    internal static class Parser
    {
        private const string CollectionsGeneric = "global::System.Collections.Generic.";
        internal const string AnyType = "object";

        /// <summary>Top-level fields the kind's base class already has, or that a manifest never sets.</summary>
        private static readonly HashSet<string> RootSkipped = new(StringComparer.Ordinal) { "apiVersion", "kind", "metadata", "status" };

        /// <summary>Members of <c>ModelObject</c> and <c>object</c> a generated property must not hide.</summary>
        private static readonly HashSet<string> ObjectReserved = new(StringComparer.Ordinal)
        {
            "Origin", "AdditionalFields", "AdditionalFieldsOrNull", "GetType", "ToString", "Equals", "GetHashCode", "MemberwiseClone", "Finalize",
        };

        /// <summary>Members of <c>KubernetesObject</c> and of the generated kind a generated property must not hide.</summary>
        private static readonly HashSet<string> RootReserved = new(ObjectReserved, StringComparer.Ordinal)
        {
            "ApiVersion", "Kind", "Metadata", "NameRule", "IsNamespaced", "Group", "ApiVersionValue", "KindValue",
        };

        public static CrdFileModel Parse(CrdSource source, CancellationToken ct)
        {
            var diagnostics = new List<CrdDiagnostic>();
            var units = new List<CrdUnit>();
            try
            {
                var stream = new YamlStream();
                try
                {
                    stream.Load(new StringReader(source.Text));
                }
                catch (YamlException ex)
                {
                    diagnostics.Add(Diagnostic(MeshRules.CrdInvalidYaml, At(source.Path, ex.Start, ex.End), source.Path, Message(ex)));
                    return Model(source.Path, units, diagnostics);
                }

                var usedNames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
                var index = 0;
                foreach (var document in stream.Documents)
                {
                    ct.ThrowIfCancellationRequested();
                    index++;
                    var root = document.RootNode;
                    if (root is YamlScalarNode { Value: null or "" or "~" or "null" }) continue; // an empty document
                    foreach (var item in Items(root))
                    {
                        ReadDocument(source, item, index, usedNames, units, diagnostics, ct);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                // A reader failure on input we did not foresee: report it on the file, never crash the compiler (CS8785).
                diagnostics.Add(Diagnostic(MeshRules.CrdInvalidYaml, CrdLocation.FileStart(source.Path), source.Path, "the YAML reader stopped (" + ex.GetType().Name + ": " + ex.Message.TrimEnd('.') + ")"));
                units.Clear();
            }
            return Model(source.Path, units, diagnostics);
        }

        /// <summary>A <c>kind: List</c> document (kubectl get -o yaml) stands for its items.</summary>
        private static IEnumerable<YamlNode> Items(YamlNode root)
        {
            if (root is YamlMappingNode map && Str(map, "kind") == "List" && Get(map, "items") is YamlSequenceNode items)
                return items.Children;
            return new[] { root };
        }

        private static void ReadDocument(
            CrdSource source, YamlNode node, int index, Dictionary<string, HashSet<string>> usedNames,
            List<CrdUnit> units, List<CrdDiagnostic> diagnostics, CancellationToken ct)
        {
            var path = source.Path;
            if (node is not YamlMappingNode doc)
            {
                diagnostics.Add(Diagnostic(MeshRules.CrdNotACrd, At(path, node), Num(index), path, "a " + (node is YamlSequenceNode ? "list" : "scalar")));
                return;
            }
            var kind = Str(doc, "kind");
            var apiVersion = Str(doc, "apiVersion");
            if (kind != "CustomResourceDefinition" || apiVersion is null || !apiVersion.StartsWith("apiextensions.k8s.io/", StringComparison.Ordinal))
            {
                var what = kind is null ? "a mapping without 'kind'" : $"kind '{kind}' ({apiVersion ?? "no apiVersion"})";
                diagnostics.Add(Diagnostic(MeshRules.CrdNotACrd, At(path, doc), Num(index), path, what));
                return;
            }

            var crdName = Str(Get(doc, "metadata") as YamlMappingNode, "name") ?? $"#{Num(index)}";
            if (Get(doc, "spec") is not YamlMappingNode spec)
            {
                diagnostics.Add(Diagnostic(MeshRules.CrdInvalid, At(path, doc), crdName, "it has no 'spec' mapping"));
                return;
            }
            var group = Str(spec, "group");
            var names = Get(spec, "names") as YamlMappingNode;
            var kindName = Str(names, "kind");
            if (string.IsNullOrEmpty(group))
            {
                diagnostics.Add(Diagnostic(MeshRules.CrdInvalid, At(path, spec), crdName, "spec.group is missing"));
                return;
            }
            if (kindName is null || !CrdNames.IsIdentifier(kindName) || !char.IsUpper(kindName[0]))
            {
                var why = kindName is null ? "spec.names.kind is missing" : $"spec.names.kind '{kindName}' is not a PascalCase name";
                diagnostics.Add(Diagnostic(MeshRules.CrdInvalid, At(path, (YamlNode?)Get(names, "kind") ?? names ?? (YamlNode)spec), crdName, why));
                return;
            }
            var namespaced = Str(spec, "scope") != "Cluster";

            // apiextensions.k8s.io/v1: spec.versions[].schema.openAPIV3Schema.
            // v1beta1: also spec.version and a shared spec.validation.openAPIV3Schema.
            var sharedSchema = Get(Get(spec, "validation") as YamlMappingNode, "openAPIV3Schema");
            var versions = new List<(string Name, YamlMappingNode? Node, YamlNode? Schema, YamlNode Where)>();
            if (Get(spec, "versions") is YamlSequenceNode list)
            {
                foreach (var v in list.Children)
                {
                    if (v is not YamlMappingNode vm || Str(vm, "name") is not { Length: > 0 } vname)
                    {
                        diagnostics.Add(Diagnostic(MeshRules.CrdInvalid, At(path, v), crdName, "a spec.versions entry has no name"));
                        continue;
                    }
                    if (Str(vm, "served") == "false") continue;
                    var schema = Get(Get(vm, "schema") as YamlMappingNode, "openAPIV3Schema") ?? sharedSchema;
                    versions.Add((vname, vm, schema, vm));
                }
            }
            else if (Str(spec, "version") is { Length: > 0 } single)
            {
                versions.Add((single, null, sharedSchema, spec));
            }
            else
            {
                diagnostics.Add(Diagnostic(MeshRules.CrdInvalid, At(path, spec), crdName, "spec.versions is missing"));
                return;
            }

            foreach (var (version, _, schema, where) in versions)
            {
                ct.ThrowIfCancellationRequested();
                if (!CrdNames.IsIdentifier(CrdNames.Pascal(version)) || version.Any(c => !char.IsLetterOrDigit(c)))
                {
                    diagnostics.Add(Diagnostic(MeshRules.CrdInvalid, At(path, where), crdName, $"version '{version}' is not a Kubernetes version name"));
                    continue;
                }
                if (schema is not YamlMappingNode schemaMap)
                {
                    diagnostics.Add(Diagnostic(MeshRules.CrdMissingSchema, At(path, schema ?? where), crdName, version));
                    continue;
                }
                var ns = CrdNames.Namespace(group!, version, source.NamespaceOverride);
                if (!CrdNames.IsNamespace(ns))
                {
                    diagnostics.Add(Diagnostic(MeshRules.CrdInvalid, At(path, spec), crdName, $"the namespace '{ns}' derived for it is not a C# namespace; set the item's Namespace metadata"));
                    continue;
                }
                if (!usedNames.TryGetValue(ns, out var used)) usedNames[ns] = used = new HashSet<string>(StringComparer.Ordinal);
                var builder = new TypeBuilder(path, crdName, version, kindName, used, diagnostics);
                var types = builder.Build(schemaMap);
                units.Add(new CrdUnit(
                    crdName, ns, group!, version, kindName, namespaced,
                    ns + "." + kindName + ".g.cs",
                    At(path, where),
                    new EquatableArray<CrdType>(types)));
            }
        }

        /// <summary>Builds the types of one version breadth-first, so shallow types get the short names.</summary>
        private sealed class TypeBuilder(string path, string crdName, string version, string kind, HashSet<string> used, List<CrdDiagnostic> diagnostics)
        {
            private readonly Queue<(YamlMappingNode Schema, string Name, string WirePath)> _pending = new();
            private readonly List<CrdType> _types = new();

            public ImmutableArray<CrdType> Build(YamlMappingNode schema)
            {
                // The kind's own name is taken first; a clash with a type of another CRD in this
                // file/namespace is caught by the duplicate check (MESH2015).
                used.Add(kind);
                _types.Add(BuildClass(schema, kind, "", CrdTypeKind.Root));
                while (_pending.Count > 0)
                {
                    var (s, name, wirePath) = _pending.Dequeue();
                    _types.Add(BuildClass(s, name, wirePath, CrdTypeKind.Object));
                }
                return _types.ToImmutableArray();
            }

            private CrdType BuildClass(YamlMappingNode schema, string name, string wirePath, CrdTypeKind typeKind)
            {
                var reserved = typeKind == CrdTypeKind.Root ? RootReserved : ObjectReserved;
                var memberNames = new HashSet<string>(reserved, StringComparer.Ordinal) { name };
                var (properties, required) = MergedProperties(schema);
                var props = ImmutableArray.CreateBuilder<CrdProperty>(properties.Count);
                foreach (var (wire, node) in properties)
                {
                    if (typeKind == CrdTypeKind.Root && RootSkipped.Contains(wire)) continue;
                    var pascal = CrdNames.Pascal(wire);
                    var memberName = memberNames.Contains(pascal) ? CrdNames.Unique(pascal + "Value", memberNames) : CrdNames.Unique(pascal, memberNames);
                    var childPath = wirePath.Length == 0 ? wire : wirePath + "." + wire;
                    var (typeText, shape) = MapType(node, name, pascal, childPath);
                    props.Add(new CrdProperty(memberName, wire, typeText, shape, required.Contains(wire), Description(node)));
                }
                return new CrdType(name, typeKind, wirePath, Description(schema), new EquatableArray<CrdProperty>(props.ToImmutable()), default);
            }

            /// <summary>
            /// The C# type for a schema. Objects with properties become classes (queued), string
            /// enums become enums; lists and maps return their element type and shape.
            /// </summary>
            private (string TypeText, CrdPropertyShape Shape) MapType(YamlNode node, string owner, string pascal, string wirePath)
            {
                if (node is not YamlMappingNode schema)
                    return Unsupported(node, wirePath, "the schema is not a mapping");
                if (Get(schema, "$ref") is not null)
                    return Unsupported(schema, wirePath, "'$ref' is not allowed in CRD schemas");
                if (Bool(schema, "x-kubernetes-int-or-string"))
                    return ("global::Mesh.Sdk.IntOrString", CrdPropertyShape.Single);

                var type = Str(schema, "type");
                var (properties, _) = MergedProperties(schema);
                if (type is null && properties.Count > 0) type = "object";
                switch (type)
                {
                    case null:
                        // No type: x-kubernetes-preserve-unknown-fields or an empty schema: any value.
                        return (AnyType, CrdPropertyShape.Single);
                    case "string":
                        if (Get(schema, "enum") is YamlSequenceNode values && values.Children.Count > 0)
                            return (BuildEnum(schema, values, owner, pascal, wirePath), CrdPropertyShape.Single);
                        return (Str(schema, "format") == "duration" ? "global::Mesh.Sdk.Duration" : "string", CrdPropertyShape.Single);
                    case "integer":
                        return (Str(schema, "format") == "int32" ? "int" : "long", CrdPropertyShape.Single);
                    case "number":
                        return ("double", CrdPropertyShape.Single);
                    case "boolean":
                        return ("bool", CrdPropertyShape.Single);
                    case "array":
                    {
                        var items = Get(schema, "items");
                        if (items is null) return (AnyType + "?", CrdPropertyShape.List);
                        if (items is YamlSequenceNode)
                            return Unsupported(items, wirePath, "tuple 'items' (a list of schemas) is not supported");
                        var (element, shape) = MapType(items, owner, CrdNames.Singular(pascal), wirePath + "[]");
                        return (Full(element, shape), CrdPropertyShape.List);
                    }
                    case "object":
                    {
                        if (properties.Count > 0)
                        {
                            var name = TypeName(owner, pascal);
                            _pending.Enqueue((schema, name, wirePath));
                            return (name, CrdPropertyShape.Single);
                        }
                        if (Get(schema, "additionalProperties") is YamlMappingNode valueSchema)
                        {
                            var (element, shape) = MapType(valueSchema, owner, pascal + "Value", wirePath + ".*");
                            return (Full(element, shape), CrdPropertyShape.Map);
                        }
                        // Free-form (x-kubernetes-preserve-unknown-fields, additionalProperties: true, or nothing).
                        return (AnyType + "?", CrdPropertyShape.Map);
                    }
                    default:
                        return Unsupported(schema, wirePath, $"type '{type}' is not an OpenAPI type");
                }
            }

            private string BuildEnum(YamlMappingNode schema, YamlSequenceNode values, string owner, string pascal, string wirePath)
            {
                var name = TypeName(owner, pascal);
                var memberNames = new HashSet<string>(StringComparer.Ordinal) { "value__" };
                var members = ImmutableArray.CreateBuilder<CrdEnumMember>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var v in values.Children)
                {
                    if (v is not YamlScalarNode { Value: { } wire } scalar) continue;
                    if (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && wire is "null" or "~") continue;
                    if (!seen.Add(wire)) continue;
                    var memberName = wire.Length == 0 ? "Empty" : CrdNames.Pascal(wire);
                    if (memberName[0] == '_') memberName = "Value" + memberName.Substring(1);
                    members.Add(new CrdEnumMember(CrdNames.Unique(memberName, memberNames), wire));
                }
                _types.Add(new CrdType(name, CrdTypeKind.Enum, wirePath, Description(schema), default, new EquatableArray<CrdEnumMember>(members.ToImmutable())));
                return name;
            }

            /// <summary><c>Kind + Property</c> (short and readable), else <c>Owner + Property</c>, else numbered.</summary>
            private string TypeName(string owner, string pascal)
            {
                var shortName = kind + pascal;
                if (used.Add(shortName)) return shortName;
                return CrdNames.Unique(owner + pascal, used);
            }

            private (string, CrdPropertyShape) Unsupported(YamlNode node, string wirePath, string why)
            {
                diagnostics.Add(Diagnostic(MeshRules.CrdUnsupportedSchema, At(path, node), crdName, version, wirePath, why, "object"));
                return (AnyType, CrdPropertyShape.Single);
            }

            private static string Full(string element, CrdPropertyShape shape) => shape switch
            {
                CrdPropertyShape.List => CollectionsGeneric + "IList<" + element + ">",
                CrdPropertyShape.Map => CollectionsGeneric + "IDictionary<string, " + element + ">",
                _ => element,
            };
        }

        /// <summary>
        /// A schema's properties with those of its <c>allOf</c>, <c>oneOf</c> and <c>anyOf</c>
        /// branches merged in (first declaration wins), and its required names (its own and
        /// <c>allOf</c>'s: a <c>oneOf</c>/<c>anyOf</c> branch's requirement is only one alternative).
        /// </summary>
        private static (List<(string Wire, YamlNode Node)> Properties, HashSet<string> Required) MergedProperties(YamlMappingNode schema)
        {
            var properties = new List<(string, YamlNode)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var required = new HashSet<string>(StringComparer.Ordinal);
            Merge(schema, properties, seen, required, requiredCounts: true, depth: 0);
            return (properties, required);
        }

        private static void Merge(YamlMappingNode schema, List<(string, YamlNode)> properties, HashSet<string> seen, HashSet<string> required, bool requiredCounts, int depth)
        {
            if (depth > 16) return;
            if (Get(schema, "properties") is YamlMappingNode props)
            {
                foreach (var entry in props.Children)
                {
                    if (entry.Key is YamlScalarNode { Value: { } key } && seen.Add(key)) properties.Add((key, entry.Value));
                }
            }
            if (requiredCounts && Get(schema, "required") is YamlSequenceNode req)
            {
                foreach (var r in req.Children)
                {
                    if (r is YamlScalarNode { Value: { } name }) required.Add(name);
                }
            }
            foreach (var (combinator, counts) in new[] { ("allOf", requiredCounts), ("oneOf", false), ("anyOf", false) })
            {
                if (Get(schema, combinator) is not YamlSequenceNode branches) continue;
                foreach (var branch in branches.Children)
                {
                    if (branch is YamlMappingNode b) Merge(b, properties, seen, required, counts, depth + 1);
                }
            }
        }

        /// <summary>The type names each unit of a file generates, for the duplicate check across files.</summary>
        public static CrdFileClaims Claims(CrdFileModel file)
        {
            var claims = ImmutableArray.CreateBuilder<CrdClaim>();
            var i = -1;
            foreach (var unit in file.Units)
            {
                i++;
                foreach (var type in unit.Types)
                {
                    claims.Add(new CrdClaim(unit.Namespace + "." + type.Name, file.Path, i, unit.HintName, unit.CrdName, unit.Version, unit.Location));
                }
            }
            return new CrdFileClaims(new EquatableArray<CrdClaim>(claims.ToImmutable()));
        }

        /// <summary>
        /// Each generated type name belongs to its first claimant (by file path, then position in
        /// the file); a unit that would generate a name another unit owns is dropped with MESH2015.
        /// </summary>
        public static CrdClaimResult ResolveClaims(ImmutableArray<CrdFileClaims> all)
        {
            var owners = new Dictionary<string, CrdClaim>(StringComparer.Ordinal);
            var ordered = all.SelectMany(c => c.Claims)
                .OrderBy(c => c.Path, StringComparer.Ordinal)
                .ThenBy(c => c.UnitIndex);
            var rejected = new SortedDictionary<string, CrdDiagnostic>(StringComparer.Ordinal);
            foreach (var claim in ordered)
            {
                if (!owners.TryGetValue(claim.TypeName, out var owner))
                {
                    owners.Add(claim.TypeName, claim);
                    continue;
                }
                if (owner.Path == claim.Path && owner.UnitIndex == claim.UnitIndex) continue;
                var key = CrdClaimResult.UnitKey(claim.Path, claim.HintName);
                if (rejected.ContainsKey(key)) continue;
                rejected.Add(key, Diagnostic(MeshRules.CrdDuplicateType, claim.Location, claim.CrdName, claim.TypeName, owner.Path, claim.Version));
            }
            // A rejected unit's names stay owned by it, so a third duplicate is reported against the first only.
            return new CrdClaimResult(
                new EquatableArray<string>(rejected.Keys.ToImmutableArray()),
                new EquatableArray<CrdDiagnostic>(rejected.Values.ToImmutableArray()));
        }

        /// <summary>The units of a file that the duplicate check lets it emit.</summary>
        /// <remarks>
        /// Locations are dropped here: they serve the diagnostics only, and without them an edit
        /// that moves lines but keeps the schema (a comment, reordering documents) re-emits nothing.
        /// </remarks>
        public static CrdOwnedUnits Owned(CrdFileModel file, CrdClaimResult claims)
        {
            var rejected = new HashSet<string>(claims.RejectedUnits, StringComparer.Ordinal);
            var fileStart = CrdLocation.FileStart(file.Path);
            return new CrdOwnedUnits(new EquatableArray<CrdUnit>(file.Units
                .Where(u => !rejected.Contains(CrdClaimResult.UnitKey(file.Path, u.HintName)))
                .Select(u => u with { Location = fileStart })
                .ToImmutableArray()));
        }

        private static CrdFileModel Model(string path, List<CrdUnit> units, List<CrdDiagnostic> diagnostics) =>
            new(path, new EquatableArray<CrdUnit>(units.ToImmutableArray()), new EquatableArray<CrdDiagnostic>(diagnostics.ToImmutableArray()));

        private static CrdDiagnostic Diagnostic(MeshRule rule, CrdLocation location, params string[] arguments) =>
            new(rule.Id, new EquatableArray<string>(arguments.ToImmutableArray()), location);

        private static string? Description(YamlNode node) => node is YamlMappingNode m ? Str(m, "description") : null;

        private static YamlNode? Get(YamlMappingNode? map, string key)
        {
            if (map is null) return null;
            foreach (var entry in map.Children)
            {
                if (entry.Key is YamlScalarNode { Value: { } k } && k == key) return entry.Value;
            }
            return null;
        }

        private static string? Str(YamlMappingNode? map, string key) => Get(map, key) is YamlScalarNode { Value: { } v } ? v : null;

        private static bool Bool(YamlMappingNode map, string key) => Str(map, key) == "true";

        private static string Num(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string Message(YamlException ex)
        {
            // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the location is the diagnostic's.
            var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            var i = message.IndexOf("): ", StringComparison.Ordinal);
            return (i >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(i + 3) : message).TrimEnd('.');
        }

        /// <summary>A scalar's own span; for a mapping its first key (so a whole document is not underlined); else its start.</summary>
        internal static CrdLocation At(string path, YamlNode node) => node switch
        {
            YamlScalarNode => At(path, node.Start, node.End),
            YamlMappingNode { Children.Count: > 0 } m => At(path, m.Children.First().Key.Start, m.Children.First().Key.End),
            _ => At(path, node.Start, node.Start),
        };

        internal static CrdLocation At(string path, Mark start, Mark end)
        {
            var s = (int)Math.Max(0, start.Index);
            var e = (int)Math.Max(s, end.Index);
            var startLine = (int)Math.Max(0, start.Line - 1);
            var startColumn = (int)Math.Max(0, start.Column - 1);
            var endLine = (int)Math.Max(startLine, end.Line - 1);
            var endColumn = (int)Math.Max(0, end.Column - 1);
            if (endLine == startLine && endColumn < startColumn) endColumn = startColumn;
            return new CrdLocation(path, s, e - s, startLine, startColumn, endLine, endColumn);
        }
    }
}
