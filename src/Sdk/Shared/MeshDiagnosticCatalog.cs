// Shared source: compiled into Mesh.Sdk (build-time engine), Mesh.Sdk.Tasks and
// Mesh.Sdk.Analyzers, so every surface uses one id, title, severity and help link per rule.
// Keep it netstandard2.0-compatible C# (no records, no newer BCL APIs).
#nullable enable
using System.Collections.Generic;

namespace Mesh.Sdk.Diagnostics
{
    /// <summary>Default severity of a Mesh.Sdk diagnostic.</summary>
    internal enum MeshSeverity
    {
        Info,
        Warning,
        Error,
    }

    /// <summary>One rule's identity: defined once, used by the analyzers, the build engine and the docs.</summary>
    internal sealed class MeshRule
    {
        public MeshRule(string id, string title, string messageFormat, MeshSeverity severity, string category)
        {
            Id = id;
            Title = title;
            MessageFormat = messageFormat;
            Severity = severity;
            Category = category;
        }

        public string Id { get; }

        public string Title { get; }

        /// <summary>A composite format string ({0}, {1}...) with the fix hint at its end.</summary>
        public string MessageFormat { get; }

        public MeshSeverity Severity { get; }

        public string Category { get; }

        public string HelpUri => MeshRules.HelpUriBase + Id + ".md";
    }

    /// <summary>
    /// The catalogue. MESH1xxx: invalid model objects. MESH2xxx: definitions and the build step.
    /// Every id has its page at docs/rules/&lt;id&gt;.md.
    /// </summary>
    internal static class MeshRules
    {
        public const string HelpUriBase = "https://github.com/mesh-sdk/Mesh.Sdk/blob/main/docs/rules/";

        public const string ModelCategory = "Mesh.Model";
        public const string BuildCategory = "Mesh.Build";

        public static readonly MeshRule InvalidName = new MeshRule(
            "MESH1001", "Invalid object name",
            "{0} name '{1}' is invalid: {2}", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule InvalidNamespace = new MeshRule(
            "MESH1002", "Invalid namespace name",
            "{0} namespace '{1}' is invalid: {2}", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule InvalidLabelOrAnnotation = new MeshRule(
            "MESH1003", "Invalid label or annotation",
            "{0}: {1}", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule PortOutOfRange = new MeshRule(
            "MESH1004", "Port out of range",
            "{0}: {1} {2} is out of range; use a port from 1 to 65535", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule DuplicateObject = new MeshRule(
            "MESH1005", "Duplicate object",
            "{0} is defined more than once (also at {1}); the second would overwrite the first when applied. Rename one or remove the duplicate", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule SelectorMismatch = new MeshRule(
            "MESH1006", "Selector does not match the pod template",
            "{0}: spec.selector {1} does not match the pod template's labels {2}; the API server rejects it. Add the selector's labels to spec.template.metadata.labels", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule InvalidContainer = new MeshRule(
            "MESH1007", "Invalid container",
            "{0}: {1}", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule InvalidSpec = new MeshRule(
            "MESH1008", "Invalid field value",
            "{0}: {1}", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule MissingRequired = new MeshRule(
            "MESH1009", "Required field missing",
            "{0}: {1} is required; set it in the object initializer", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule DefinitionThrew = new MeshRule(
            "MESH2001", "Definition threw an exception",
            "Definition '{0}' threw {1}: {2}", MeshSeverity.Error, BuildCategory);

        public static readonly MeshRule DuplicateDefinitionName = new MeshRule(
            "MESH2002", "Two definitions write the same file",
            "Definitions {0} and {1} are both named '{2}' and would write the same file; give one of them another name with [Manifest(\"...\")]", MeshSeverity.Error, BuildCategory);

        public static readonly MeshRule ManifestDrift = new MeshRule(
            "MESH2003", "Committed manifest differs from the build",
            "{0} {1}; run 'dotnet build' without MeshVerifyManifests and commit the result", MeshSeverity.Error, BuildCategory);

        public static readonly MeshRule NoDefinitions = new MeshRule(
            "MESH2004", "No manifest definitions",
            "Project '{0}' has no [Manifest] definitions, so no manifests are written; add a class deriving from ManifestDefinition with [Manifest], or set MeshEmitManifests=false", MeshSeverity.Warning, BuildCategory);

        public static readonly MeshRule OutputFailed = new MeshRule(
            "MESH2005", "Manifests could not be written",
            "Could not write the manifests to '{0}': {1}. No manifest was changed", MeshSeverity.Error, BuildCategory);

        public static readonly MeshRule RunnerFailed = new MeshRule(
            "MESH2006", "The emit step could not run the definitions",
            "Could not run the definitions in '{0}': {1}", MeshSeverity.Error, BuildCategory);

        public static readonly MeshRule InvalidDefinition = new MeshRule(
            "MESH2007", "Invalid manifest definition",
            "[Manifest] class '{0}' {1}", MeshSeverity.Error, BuildCategory);

        public static readonly MeshRule EmptyDefinition = new MeshRule(
            "MESH2008", "Definition returned no objects",
            "Definition '{0}' returned no objects, so no file is written for it; return at least one object or remove the [Manifest] attribute", MeshSeverity.Warning, BuildCategory);

        public const string CrdCategory = "Mesh.Crd";

        public static readonly MeshRule CrdInvalidYaml = new MeshRule(
            "MESH2010", "CRD file is not valid YAML",
            "'{0}' is not valid YAML: {1}. No types are generated from this file; fix the YAML", MeshSeverity.Error, CrdCategory);

        public static readonly MeshRule CrdNotACrd = new MeshRule(
            "MESH2011", "Document is not a CustomResourceDefinition",
            "Document {0} of '{1}' is {2}, not an apiextensions.k8s.io CustomResourceDefinition, and is skipped; list only CRD files in MeshCrd items", MeshSeverity.Warning, CrdCategory);

        public static readonly MeshRule CrdInvalid = new MeshRule(
            "MESH2012", "Invalid CustomResourceDefinition",
            "CustomResourceDefinition '{0}': {1}; no types are generated for it", MeshSeverity.Error, CrdCategory);

        public static readonly MeshRule CrdMissingSchema = new MeshRule(
            "MESH2013", "CRD version has no openAPIV3Schema",
            "CustomResourceDefinition '{0}' version '{1}' has no openAPIV3Schema, so no type can be generated for it; add schema.openAPIV3Schema to the version", MeshSeverity.Error, CrdCategory);

        public static readonly MeshRule CrdUnsupportedSchema = new MeshRule(
            "MESH2014", "Unsupported CRD schema construct",
            "CustomResourceDefinition '{0}' version '{1}' at '{2}': {3}; the field is generated as {4}", MeshSeverity.Warning, CrdCategory);

        public static readonly MeshRule CrdDuplicateType = new MeshRule(
            "MESH2015", "Two CRDs generate the same type",
            "CustomResourceDefinition '{0}' would generate '{1}', which '{2}' already generates; no types are generated for '{0}' version '{3}'. Remove the duplicate CRD or give one file another Namespace", MeshSeverity.Error, CrdCategory);

        public static readonly IReadOnlyList<MeshRule> All = new[]
        {
            InvalidName, InvalidNamespace, InvalidLabelOrAnnotation, PortOutOfRange, DuplicateObject,
            SelectorMismatch, InvalidContainer, InvalidSpec, MissingRequired,
            DefinitionThrew, DuplicateDefinitionName, ManifestDrift, NoDefinitions, OutputFailed,
            RunnerFailed, InvalidDefinition, EmptyDefinition,
            CrdInvalidYaml, CrdNotACrd, CrdInvalid, CrdMissingSchema, CrdUnsupportedSchema, CrdDuplicateType,
        };
    }
}
