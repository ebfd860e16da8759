using System;
using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Lifecycle;

/// <summary>
/// MESH013: the legacy sidecar exits before the app has finished.
/// Visible in source, on a PodSpec: the pod is visibly injected, its sidecar is legacy (the
/// nativeSidecar annotation says so, or Istio's default for the target versions, named in the
/// message), EXIT_ON_ZERO_ACTIVE_CONNECTIONS is not on in its ProxyConfig, and a main container's
/// preStop delay is longer than terminationDrainDuration (the pod ProxyConfig's, else Istio's 5s).
/// Limitations: a mesh-wide terminationDrainDuration, EXIT_ON_ZERO_ACTIVE_CONNECTIONS or
/// ENABLE_NATIVE_SIDECARS set elsewhere is not visible (the message says which default is assumed);
/// appShutdown is only known for MeshedService, whose legacy mode turns EXIT_ON_ZERO on.
/// </summary>
internal sealed partial class LifecycleAnalyzer
{
    /// <summary>Fixer data: the seconds the app needs (the terminationDrainDuration to set).</summary>
    public const string RequiredSecondsProperty = "RequiredSeconds";

    private static void LegacySidecarExitsEarly(MeshRuleContext context, IObjectCreationOperation podSpec)
    {
        var symbols = context.Symbols;
        var pod = PodFacts.FromSpec(podSpec, symbols);
        if (pod.Injected != true || pod.Native(context.Targets, out var legacyReason)) return;
        var config = pod.ProxyConfig is { } pc ? ProxyConfigFacts.Of(pc, symbols) : null;
        if (config?.ExitOnZero is Setting.On or Setting.Unknown) return;
        TimeSpan drain;
        string source;
        if (config?.TerminationDrainDurationSet == true)
        {
            if (config.TerminationDrainDuration is not { } set) return;
            drain = set;
            source = "set in the pod's ProxyConfig";
        }
        else
        {
            drain = ProxyConfigFacts.DefaultTerminationDrainDuration;
            source = "Istio's default";
        }

        long need = 0;
        foreach (var container in pod.Containers)
        {
            if (ContainerFacts.PreStop(container, symbols).Seconds is { } s && s > need) need = s;
        }
        if (need <= drain.TotalSeconds) return;

        context.Report(
            DiagnosticDescriptors.LegacySidecarExitsEarly,
            podSpec,
            null,
            ImmutableDictionary<string, string?>.Empty.Add(RequiredSecondsProperty, PodFacts.Seconds(need)),
            pod.Subject(),
            PodFacts.Seconds(need),
            MeshDefaults.Seconds(drain),
            source + "; legacy sidecar: " + legacyReason);
    }
}
