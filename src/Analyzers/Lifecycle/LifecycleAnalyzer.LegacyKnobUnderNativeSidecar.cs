using System.Collections.Generic;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Lifecycle;

/// <summary>
/// MESH018: legacy-only settings have no effect with native sidecars, on a PodSpec whose pod
/// ProxyConfig (SetProxyConfig) sets holdApplicationUntilProxyStarts: true, terminationDrainDuration
/// or EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true" while the pod's sidecar is native (its nativeSidecar
/// annotation, or Istio's default for the target versions, named in the message).
/// Limitation: a mesh-wide ENABLE_NATIVE_SIDECARS (another file) is not visible; the message names
/// the default it assumes.
/// </summary>
internal sealed partial class LifecycleAnalyzer
{
    private static void LegacyKnobUnderNativeSidecar(MeshRuleContext context, IObjectCreationOperation podSpec)
    {
        var symbols = context.Symbols;
        var pod = PodFacts.FromSpec(podSpec, symbols);
        if (pod.ProxyConfig is not { } pc || pod.Injected == false || !pod.Native(context.Targets, out var reason)) return;
        var config = ProxyConfigFacts.Of(pc, symbols);
        var knobs = new List<string>();
        if (config.Hold == Setting.On) knobs.Add("holdApplicationUntilProxyStarts");
        if (config.TerminationDrainDurationSet) knobs.Add("terminationDrainDuration");
        if (config.ExitOnZero == Setting.On) knobs.Add("EXIT_ON_ZERO_ACTIVE_CONNECTIONS");
        if (knobs.Count == 0) return;
        context.Report(
            DiagnosticDescriptors.LegacyKnobUnderNativeSidecar,
            podSpec,
            pod.Subject(),
            "setting " + string.Join(" and ", knobs) + " in the pod's ProxyConfig",
            reason);
    }
}
