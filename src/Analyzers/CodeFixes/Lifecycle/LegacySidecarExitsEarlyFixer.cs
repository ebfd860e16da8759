using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using Mesh.Sdk.CodeFixes.Common;
using Mesh.Sdk.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Mesh.Sdk.CodeFixes.Lifecycle;

/// <summary>
/// MESH013: keep the legacy sidecar alive while the app stops. Reported at the pod's <c>PodSpec</c>;
/// both fixes edit the pod's own ProxyConfig (<c>Metadata = ....SetProxyConfig(new ProxyConfig { ... })</c>
/// on the pod template, created when missing): "Enable EXIT_ON_ZERO_ACTIVE_CONNECTIONS", or set
/// <c>TerminationDrainDuration</c> to the seconds the app needs (the diagnostic's
/// <c>RequiredSeconds</c> property, else the message's last number).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LegacySidecarExitsEarlyFixer)), Shared]
public sealed class LegacySidecarExitsEarlyFixer : MeshCodeFixProvider
{
    internal const string ExitOnZeroKey = "MESH013.EnableExitOnZeroActiveConnections";
    internal const string TerminationDrainKey = "MESH013.SetTerminationDrainDuration";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MeshRules.LegacySidecarExitsEarly.Id);

    internal override ImmutableArray<MeshFix> GetFixes(FixTarget target)
    {
        var podSpec = Subjects.Creation(target, ModelTypes.PodSpec);
        if (podSpec is null || ProxyConfigSite.ForPod(target, podSpec) is not { } site) return ImmutableArray<MeshFix>.Empty;

        var fixes = ImmutableArray.CreateBuilder<MeshFix>();
        fixes.Add(new MeshFix(
            "Enable EXIT_ON_ZERO_ACTIVE_CONNECTIONS in " + site.Description,
            ExitOnZeroKey,
            site.Set(ObjectInitializers.Member("ExitOnZeroActiveConnections", ModelSyntax.True()))));
        if (DiagnosticFacts.Seconds(target.Diagnostic, DiagnosticFacts.RequiredSecondsKeys) is { } seconds)
        {
            fixes.Add(new MeshFix(
                string.Format(CultureInfo.InvariantCulture, "Use terminationDrainDuration: set TerminationDrainDuration to {0}s in {1}", seconds, site.Description),
                TerminationDrainKey,
                site.Set(ObjectInitializers.Member("TerminationDrainDuration", ModelSyntax.DurationFromSeconds(seconds)))));
        }

        return fixes.ToImmutable();
    }
}
