using System.Collections.Immutable;
using Mesh.Sdk.Generators.Common;
using Microsoft.CodeAnalysis;

namespace Mesh.Sdk.Generators.Model;

/// <summary>How a value of a declared type is written.</summary>
internal enum ValueKind
{
    /// <summary>Through the reflection path (<c>ManifestWriter.WriteValue</c>), boxed: same bytes, any type.</summary>
    Other,
    String,
    Bool,
    /// <summary>sbyte, byte, short, ushort, int, uint, long (formatted as a long, invariant).</summary>
    Integer,
    Enum,
    /// <summary>A struct implementing <c>IYamlScalar</c> (Quantity, IntOrString, Duration...).</summary>
    Scalar,
    /// <summary>A sealed model class with its own generated method.</summary>
    Model,
    List,
    StringMap,
    ScalarMap,
}

internal sealed record WriterModel(EquatableArray<TypeSpec> Types, EquatableArray<EnumSpec> Enums);

/// <param name="FullName">The C# name (<c>global::...</c>).</param>
/// <param name="RuntimeName">The run-time <c>Type.FullName</c> (nested types after '+').</param>
/// <param name="Method">The generated write method.</param>
/// <param name="Props">The wire fields in order.</param>
internal sealed record TypeSpec(string FullName, string RuntimeName, string Method, EquatableArray<PropSpec> Props);

/// <param name="Access">The read, e.g. <c>o.Name</c>, through the declaring type (as the reflection getter is).</param>
/// <param name="WireName">The field's YAML name.</param>
/// <param name="KeyLiteral">The key as written when it is known to be plain; null: formatted once at run time.</param>
/// <param name="Kind">How the value is written.</param>
/// <param name="Nullable">The declared type is <c>Nullable&lt;T&gt;</c>.</param>
/// <param name="Target">Model: its write method; Enum: its wire-name method; List/ScalarMap: the element type.</param>
/// <param name="ElementKind">List only: how each element is written.</param>
/// <param name="ElementTarget">List only: the element's write or wire-name method.</param>
/// <param name="Walked">
/// The model graph walk (<c>ModelGraph.Walk</c>) must visit the value: it may hold a model object. False for
/// strings, value types, and lists and maps of those, which the reflection walk visits without ever finding one.
/// </param>
internal sealed record PropSpec(
    string Access, string WireName, string? KeyLiteral, ValueKind Kind, bool Nullable,
    string? Target, ValueKind ElementKind, string? ElementTarget, bool Walked = true);

internal sealed record EnumSpec(string FullName, string Method, EquatableArray<EnumMember> Members);

internal sealed record EnumMember(string Name, string Wire);

public sealed partial class ModelWriterGenerator
{
    internal static class Parser
    {
        private const string WireNameAttribute = "Mesh.Sdk.Model.WireNameAttribute";
        private const string WireIgnoreAttribute = "Mesh.Sdk.Model.WireIgnoreAttribute";
        private const string YamlScalarInterface = "Mesh.Sdk.Yaml.IYamlScalar";

        private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat;

        public static WriterModel? Parse(Compilation compilation, CancellationToken ct)
        {
            var modelObject = compilation.GetTypeByMetadataName(ModelObjectName);
            var scalar = compilation.GetTypeByMetadataName(YamlScalarInterface);
            if (modelObject is null || scalar is null || !SymbolEqualityComparer.Default.Equals(modelObject.ContainingAssembly, compilation.Assembly))
                return null;
            var ctx = new Context(compilation, modelObject, scalar);

            var types = new List<INamedTypeSymbol>();
            Collect(compilation.Assembly.GlobalNamespace, types, ctx, ct);
            types.Sort(static (a, b) => string.CompareOrdinal(a.ToDisplayString(TypeFormat), b.ToDisplayString(TypeFormat)));
            for (var i = 0; i < types.Count; i++)
                ctx.Methods[types[i]] = "W" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + types[i].Name;

            var specs = ImmutableArray.CreateBuilder<TypeSpec>(types.Count);
            foreach (var t in types)
            {
                ct.ThrowIfCancellationRequested();
                specs.Add(new TypeSpec(t.ToDisplayString(TypeFormat), RuntimeName(t), ctx.Methods[t], new EquatableArray<PropSpec>(Properties(t, ctx))));
            }
            var enums = ctx.Enums.Values.OrderBy(static e => e.Method, StringComparer.Ordinal).ToImmutableArray();
            return new WriterModel(new EquatableArray<TypeSpec>(specs.MoveToImmutable()), new EquatableArray<EnumSpec>(enums));
        }

        /// <summary><c>Type.FullName</c> of a non-generic type: namespace, then containing types joined by '+'.</summary>
        private static string RuntimeName(INamedTypeSymbol type)
        {
            var name = type.MetadataName;
            for (var c = type.ContainingType; c is not null; c = c.ContainingType) name = c.MetadataName + "+" + name;
            var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : "";
            return ns + name;
        }

        private sealed class Context(Compilation compilation, INamedTypeSymbol modelObject, INamedTypeSymbol scalar)
        {
            public Compilation Compilation { get; } = compilation;
            public INamedTypeSymbol ModelObject { get; } = modelObject;
            public INamedTypeSymbol Scalar { get; } = scalar;
            public Dictionary<INamedTypeSymbol, string> Methods { get; } = new(SymbolEqualityComparer.Default);
            public Dictionary<INamedTypeSymbol, EnumSpec> Enums { get; } = new(SymbolEqualityComparer.Default);
        }

        private static void Collect(INamespaceOrTypeSymbol container, List<INamedTypeSymbol> into, Context ctx, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var member in container.GetMembers())
            {
                if (member is INamespaceSymbol ns) Collect(ns, into, ctx, ct);
                else if (member is INamedTypeSymbol type)
                {
                    if (IsWritable(type, ctx)) into.Add(type);
                    Collect(type, into, ctx, ct);
                }
            }
        }

        /// <summary>
        /// A concrete, non-generic model class reachable from generated code, which
        /// <c>ManifestWriter.WriteValue</c> would write as an object (not a scalar, list or map).
        /// </summary>
        private static bool IsWritable(INamedTypeSymbol type, Context ctx)
        {
            if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.IsStatic || type.IsFileLocal) return false;
            for (var t = type; t is not null; t = t.ContainingType)
            {
                if (t.IsGenericType) return false;
            }
            if (!ctx.Compilation.IsSymbolAccessibleWithin(type, ctx.Compilation.Assembly)) return false;
            if (!DerivesFrom(type, ctx.ModelObject)) return false;
            foreach (var i in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(i, ctx.Scalar)) return false;
                if (i.ToDisplayString() is "System.Collections.IEnumerable") return false;
            }
            return true;
        }

        private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
        {
            for (var t = type.BaseType; t is not null; t = t.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(t, baseType)) return true;
            }
            return false;
        }

        /// <summary>
        /// The wire fields in <c>TypeShape</c>'s order: base classes first, each class's public
        /// instance properties with a public getter in declaration order; a wire name seen before
        /// (an override, a hiding property, a <c>[WireName]</c> repeat) takes the earlier position.
        /// </summary>
        private static ImmutableArray<PropSpec> Properties(INamedTypeSymbol type, Context ctx)
        {
            var chain = new List<INamedTypeSymbol>();
            for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType) chain.Add(t);
            chain.Reverse();

            var list = new List<PropSpec>();
            foreach (var t in chain)
            {
                foreach (var member in t.GetMembers())
                {
                    if (member is not IPropertySymbol p || p.IsStatic || p.IsIndexer) continue;
                    if (p.GetMethod is not { DeclaredAccessibility: Accessibility.Public }) continue;
                    if (FindAttribute(p, WireIgnoreAttribute) is not null) continue;
                    var name = FindAttribute(p, WireNameAttribute) is { } wn && wn.ConstructorArguments.Length == 1 && wn.ConstructorArguments[0].Value is string s
                        ? s
                        : CamelCase(p.Name);
                    var spec = Describe(type, p, name, ctx);
                    spec = spec with { Walked = MayHoldModel(spec, p.Type) };
                    var at = list.FindIndex(x => x.WireName == name);
                    if (at >= 0) list[at] = spec;
                    else list.Add(spec);
                }
            }
            return list.ToImmutableArray();
        }

        /// <summary>The attribute on the property or on a property it overrides (reflection's inherit: true).</summary>
        private static AttributeData? FindAttribute(IPropertySymbol property, string attributeName)
        {
            for (var p = property; p is not null; p = p.OverriddenProperty)
            {
                foreach (var a in p.GetAttributes())
                {
                    if (a.AttributeClass?.ToDisplayString() == attributeName) return a;
                }
            }
            return null;
        }

        internal static string CamelCase(string name) =>
            name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

        private static PropSpec Describe(INamedTypeSymbol owner, IPropertySymbol p, string wireName, Context ctx)
        {
            var access = SymbolEqualityComparer.Default.Equals(p.ContainingType, owner)
                ? "o." + Escape(p.Name)
                : "((" + p.ContainingType.ToDisplayString(TypeFormat) + ")o)." + Escape(p.Name);
            var key = IsPlainKey(wireName) ? wireName : null;
            var type = p.Type;
            var nullable = false;
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n)
            {
                nullable = true;
                type = n.TypeArguments[0];
            }

            if (!ctx.Compilation.IsSymbolAccessibleWithin(type, ctx.Compilation.Assembly))
                return new PropSpec(access, wireName, key, ValueKind.Other, false, null, ValueKind.Other, null);

            var (kind, target) = Classify(type, ctx);
            if (kind != ValueKind.Other)
                return new PropSpec(access, wireName, key, kind, nullable, target, ValueKind.Other, null);
            if (nullable)
                return new PropSpec(access, wireName, key, ValueKind.Other, false, null, ValueKind.Other, null);

            if (type is INamedTypeSymbol { IsGenericType: true } g && g.TypeArguments.Length == 1 && IsListInterface(g.OriginalDefinition.ToDisplayString()))
            {
                var element = g.TypeArguments[0];
                if (ctx.Compilation.IsSymbolAccessibleWithin(element, ctx.Compilation.Assembly) && !IsNullableValue(element))
                {
                    var (elementKind, elementTarget) = Classify(element, ctx);
                    return new PropSpec(access, wireName, key, ValueKind.List, false, element.ToDisplayString(TypeFormat), elementKind, elementTarget);
                }
            }

            if (type is INamedTypeSymbol { IsGenericType: true } d && d.TypeArguments.Length == 2 && IsMapInterface(d.OriginalDefinition.ToDisplayString())
                && d.TypeArguments[0].SpecialType == SpecialType.System_String)
            {
                var value = d.TypeArguments[1];
                if (value.SpecialType == SpecialType.System_String)
                    return new PropSpec(access, wireName, key, ValueKind.StringMap, false, null, ValueKind.Other, null);
                if (ctx.Compilation.IsSymbolAccessibleWithin(value, ctx.Compilation.Assembly) && Classify(value, ctx).Kind == ValueKind.Scalar)
                    return new PropSpec(access, wireName, key, ValueKind.ScalarMap, false, value.ToDisplayString(TypeFormat), ValueKind.Other, null);
            }

            return new PropSpec(access, wireName, key, ValueKind.Other, false, null, ValueKind.Other, null);
        }

        /// <summary>
        /// Whether the walk must visit a value of this field. The reflection walk skips strings, scalars, enums and
        /// other value types when it meets them, and finds nothing inside a list or map whose elements are of those
        /// kinds, so such fields need not be visited at all; anything else (model objects, lists of them, objects)
        /// is visited.
        /// </summary>
        private static bool MayHoldModel(PropSpec spec, ITypeSymbol declared) => spec.Kind switch
        {
            ValueKind.String or ValueKind.Bool or ValueKind.Integer or ValueKind.Enum or ValueKind.Scalar => false,
            ValueKind.StringMap or ValueKind.ScalarMap => false,
            ValueKind.List => spec.ElementKind is not (ValueKind.String or ValueKind.Bool or ValueKind.Integer or ValueKind.Enum or ValueKind.Scalar),
            ValueKind.Model => true,
            _ => !declared.IsValueType,
        };

        private static bool IsNullableValue(ITypeSymbol t) =>
            t is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

        /// <summary>Declared collection types whose value is written as a sequence when it is a <c>List&lt;T&gt;</c>.</summary>
        private static bool IsListInterface(string definition) => definition is
            "System.Collections.Generic.IList<T>" or "System.Collections.Generic.List<T>" or
            "System.Collections.Generic.ICollection<T>" or "System.Collections.Generic.IEnumerable<T>" or
            "System.Collections.Generic.IReadOnlyList<T>" or "System.Collections.Generic.IReadOnlyCollection<T>";

        /// <summary>Declared map types whose value is written as a map when it is a <c>Dictionary&lt;string, V&gt;</c>.</summary>
        private static bool IsMapInterface(string definition) => definition is
            "System.Collections.Generic.IDictionary<TKey, TValue>" or "System.Collections.Generic.Dictionary<TKey, TValue>" or
            "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>";

        /// <summary>A scalar or model kind for a non-nullable declared type; Other for anything else.</summary>
        private static (ValueKind Kind, string? Target) Classify(ITypeSymbol type, Context ctx)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_String: return (ValueKind.String, null);
                case SpecialType.System_Boolean: return (ValueKind.Bool, null);
                case SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                    or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64:
                    return (ValueKind.Integer, null);
            }
            if (type is not INamedTypeSymbol named) return (ValueKind.Other, null);
            if (named.TypeKind == TypeKind.Enum) return EnumKind(named, ctx);
            if (named.TypeKind == TypeKind.Struct && named.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, ctx.Scalar))
                && !named.AllInterfaces.Any(i => i.ToDisplayString() is "System.Collections.IEnumerable"))
                return (ValueKind.Scalar, null);
            if (named.IsSealed && ctx.Methods.TryGetValue(named, out var method)) return (ValueKind.Model, method);
            return (ValueKind.Other, null);
        }

        private static (ValueKind Kind, string? Target) EnumKind(INamedTypeSymbol type, Context ctx)
        {
            if (ctx.Enums.TryGetValue(type, out var known)) return (ValueKind.Enum, known.Method);
            var members = ImmutableArray.CreateBuilder<EnumMember>();
            var values = new HashSet<object>();
            foreach (var f in type.GetMembers().OfType<IFieldSymbol>())
            {
                if (!f.IsStatic || f.DeclaredAccessibility != Accessibility.Public || !f.HasConstantValue) continue;
                // Two names for one value: EnumWireNames cannot map it either; keep its behaviour.
                if (!values.Add(f.ConstantValue!)) return (ValueKind.Other, null);
                var wire = f.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == WireNameAttribute) is { } a
                    && a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is string s ? s : f.Name;
                members.Add(new EnumMember(f.Name, wire));
            }
            var spec = new EnumSpec(type.ToDisplayString(TypeFormat), "E" + ctx.Enums.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + type.Name,
                new EquatableArray<EnumMember>(members.ToImmutable()));
            ctx.Enums[type] = spec;
            return (ValueKind.Enum, spec.Method);
        }

        private static string Escape(string identifier) =>
            Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(identifier) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + identifier : identifier;

        /// <summary>
        /// True when <c>YamlEmitter.FormatKey</c> returns the name unchanged for sure: an ASCII letter,
        /// then ASCII letters, digits and <c>. _ / -</c>, and not a word a YAML reader resolves to a
        /// bool or null (the same rule as <c>YamlScalars</c>' fast path). Other keys are formatted
        /// at run time by the writer's own code.
        /// </summary>
        internal static bool IsPlainKey(string s)
        {
            if (s.Length == 0 || !IsAsciiLetter(s[0])) return false;
            foreach (var c in s)
            {
                if (!(IsAsciiLetter(c) || c is >= '0' and <= '9' or '.' or '_' or '/' or '-')) return false;
            }
            return s is not ("null" or "Null" or "NULL"
                or "y" or "Y" or "yes" or "Yes" or "YES" or "n" or "N" or "no" or "No" or "NO"
                or "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
                or "on" or "On" or "ON" or "off" or "Off" or "OFF");
        }

        private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
    }
}
