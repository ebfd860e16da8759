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

    // Mesh rules whose facts are visible in source (domain.md Part A; the build engine checks all).

    /// <summary>MESH001.</summary>
    public static readonly DiagnosticDescriptor InvalidProxyConfigAnnotation = From(MeshRules.InvalidProxyConfigAnnotation);

    /// <summary>MESH002.</summary>
    public static readonly DiagnosticDescriptor DrainDurationNotWholeSeconds = From(MeshRules.DrainDurationNotWholeSeconds);

    /// <summary>MESH010.</summary>
    public static readonly DiagnosticDescriptor MissingPreStopDelay = From(MeshRules.MissingPreStopDelay);

    /// <summary>MESH011.</summary>
    public static readonly DiagnosticDescriptor InvalidPreStopSleep = From(MeshRules.InvalidPreStopSleep);

    /// <summary>MESH012.</summary>
    public static readonly DiagnosticDescriptor ShutdownBudgetExceedsGrace = From(MeshRules.ShutdownBudgetExceedsGrace);

    /// <summary>MESH013.</summary>
    public static readonly DiagnosticDescriptor LegacySidecarExitsEarly = From(MeshRules.LegacySidecarExitsEarly);

    /// <summary>MESH014.</summary>
    public static readonly DiagnosticDescriptor OnlyDrainDurationRaised = From(MeshRules.OnlyDrainDurationRaised);

    /// <summary>MESH016.</summary>
    public static readonly DiagnosticDescriptor ShellPreStopOnProxy = From(MeshRules.ShellPreStopOnProxy);

    /// <summary>MESH018.</summary>
    public static readonly DiagnosticDescriptor LegacyKnobUnderNativeSidecar = From(MeshRules.LegacyKnobUnderNativeSidecar);

    /// <summary>MESH020.</summary>
    public static readonly DiagnosticDescriptor NoStartOrdering = From(MeshRules.NoStartOrdering);

    /// <summary>MESH022.</summary>
    public static readonly DiagnosticDescriptor DeprecatedHoldValue = From(MeshRules.DeprecatedHoldValue);

    /// <summary>MESH023.</summary>
    public static readonly DiagnosticDescriptor NativeSidecarUnsupported = From(MeshRules.NativeSidecarUnsupported);

    /// <summary>MESH030.</summary>
    public static readonly DiagnosticDescriptor GatewayTopologyOnNonGateway = From(MeshRules.GatewayTopologyOnNonGateway);

    /// <summary>MESH031.</summary>
    public static readonly DiagnosticDescriptor AlwaysForwardXfccOnEdge = From(MeshRules.AlwaysForwardXfccOnEdge);

    /// <summary>MESH040.</summary>
    public static readonly DiagnosticDescriptor WarmupIgnored = From(MeshRules.WarmupIgnored);

    /// <summary>MESH041.</summary>
    public static readonly DiagnosticDescriptor InvalidWarmup = From(MeshRules.InvalidWarmup);

    /// <summary>MESH050.</summary>
    public static readonly DiagnosticDescriptor HpaResourceMetricWithSidecar = From(MeshRules.HpaResourceMetricWithSidecar);

    /// <summary>MESH052.</summary>
    public static readonly DiagnosticDescriptor ContainerResourceUnknownContainer = From(MeshRules.ContainerResourceUnknownContainer);

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
