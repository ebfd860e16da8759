using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules.Lifecycle;

/// <summary>
/// MESH013: in legacy mode the agent kills Envoy after terminationDrainDuration (default 5s) while the app
/// is still in its preStop delay or shutdown, so the app's late outbound calls fail (I2 agent.go;
/// istio#7136, #36631). Condition: injected, not native, no EXIT_ON_ZERO_ACTIVE_CONNECTIONS, and
/// preStopDelay(app) + appShutdown(app) &gt; terminationDrainDuration. Reported at the pod spec.
/// </summary>
internal sealed class LegacySidecarExitsEarlyRule : IMeshRule
{
    public MeshRule Rule => MeshRules.LegacySidecarExitsEarly;

    public void Check(RuleContext context)
    {
        foreach (var w in context.Workloads())
        {
            if (!w.Injected || w.Native || w.ExitOnZero || w.MainContainer is not { } app) continue;
            var needs = WorkloadFacts.PreStopDelay(app) + (w.AppShutdown ?? default);
            var tdd = w.TerminationDrain;
            if (needs <= tdd) continue;
            var tddSource = w.Proxy.TerminationDrainDuration is { } s ? $"set in {s.Where}" : "Istio's default";
            context.Report(Rule, w.PodSpec, w.ToString(), RuleFormat.Seconds(needs), RuleFormat.Seconds(tdd),
                $"{tddSource}; legacy sidecar: {w.NativeReason}");
        }
    }
}
