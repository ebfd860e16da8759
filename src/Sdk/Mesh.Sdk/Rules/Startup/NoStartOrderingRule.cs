using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules.Startup;

/// <summary>
/// MESH020: a legacy-injected app without holdApplicationUntilProxyStarts may start before Envoy is ready
/// and fail its first outbound calls (istio#11130). Warning when the app declared it needs the network at
/// start (MeshedService.NeedsNetworkAtStart), Info when it declared nothing (hand-written workloads), nothing
/// when it declared it does not. Reported at the pod spec.
/// </summary>
internal sealed class NoStartOrderingRule : IMeshRule
{
    public MeshRule Rule => MeshRules.NoStartOrdering;

    public void Check(RuleContext context)
    {
        foreach (var w in context.Workloads())
        {
            if (!w.Injected || w.Native || w.Hold || w.MainContainer is null || w.NeedsNetworkAtStart == false) continue;
            var declared = w.NeedsNetworkAtStart == true;
            var what = declared
                ? $"the app declares that it needs the network at start (legacy sidecar: {w.NativeReason})"
                : $"the app may call the network while starting (nothing declared; legacy sidecar: {w.NativeReason})";
            context.Report(Rule, declared ? MeshSeverity.Warning : MeshSeverity.Info, w.PodSpec, null, w.ToString(), what);
        }
    }
}
