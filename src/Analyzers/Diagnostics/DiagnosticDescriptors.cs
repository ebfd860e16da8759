using Mesh.Sdk.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Mesh.Sdk.Analyzers.Diagnostics;

/// <summary>
/// The descriptors the analyzers report. Each one is built from its <see cref="MeshRule"/> in the
/// shared catalogue, so the id, title, message, category, severity and help link are defined once
/// (src/Sdk/Shared/MeshDiagnosticCatalog.cs) and the IDE, the build and the docs agree.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>MESH2007: a <c>[Manifest]</c> class the registry cannot create.</summary>
    public static readonly DiagnosticDescriptor InvalidDefinition = From(MeshRules.InvalidDefinition);

    /// <summary>MESH2002: two definitions would write the same file. Needs the whole compilation.</summary>
    public static readonly DiagnosticDescriptor DuplicateDefinitionName =
        From(MeshRules.DuplicateDefinitionName, WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Builds a descriptor from a catalogue rule; never retype a rule's identity here.</summary>
    internal static DiagnosticDescriptor From(MeshRule rule, params string[] customTags) =>
        new(
            rule.Id,
            rule.Title,
            rule.MessageFormat,
            rule.Category,
            ToSeverity(rule.Severity),
            isEnabledByDefault: true,
            description: null,
            helpLinkUri: rule.HelpUri,
            customTags: customTags);

    internal static DiagnosticSeverity ToSeverity(MeshSeverity severity) => severity switch
    {
        MeshSeverity.Error => DiagnosticSeverity.Error,
        MeshSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
