using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Startup;

/// <summary>
/// MESH020: an app without start ordering, on a PodSpec.
/// Only the case the source decides is reported (Info, the undeclared case): a visibly injected
/// pod with a legacy sidecar whose own ProxyConfig sets HoldApplicationUntilProxyStarts = false,
/// which overrides any mesh-wide hold. Without that, a mesh-wide hold (IstioOperator in another
/// file) may apply, so the analyzer stays silent and the build engine decides. The declared case
/// (MeshedService.NeedsNetworkAtStart) cannot happen: its expansion adds hold or native sidecars.
/// </summary>
internal sealed partial class StartupAnalyzer
{
    private static void NoStartOrdering(MeshRuleContext context, IObjectCreationOperation podSpec)
    {
        var symbols = context.Symbols;
        var pod = PodFacts.FromSpec(podSpec, symbols);
        if (pod.Injected != true || pod.ProxyConfig is not { } pc || pod.Native(context.Targets, out var reason)) return;
        if (ProxyConfigFacts.Of(pc, symbols).Hold != Setting.Off) return;
        context.Report(
            DiagnosticDescriptors.NoStartOrdering,
            podSpec,
            DiagnosticSeverity.Info,
            null,
            pod.Subject(),
            "the pod's ProxyConfig sets HoldApplicationUntilProxyStarts = false with a legacy sidecar (" + reason + ")");
    }
}
