using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules.Lifecycle;

/// <summary>
/// MESH015: with EXIT_ON_ZERO_ACTIVE_CONNECTIONS the agent waits MINIMUM_DRAIN_DURATION (default 5s), then
/// exits when no downstream connection is active; terminationDrainDuration is not used and only the
/// kubelet's SIGKILL bounds the wait (I2, I3; istio#44690, #47718). Info: terminationDrainDuration set
/// anyway; Warning: MINIMUM_DRAIN_DURATION not below the grace period. Judged for injected legacy
/// sidecars; one finding per workload (the higher severity) at the pod spec.
/// </summary>
internal sealed class ExitOnZeroSemanticsRule : IMeshRule
{
    public MeshRule Rule => MeshRules.ExitOnZeroSemantics;

    public void Check(RuleContext context)
    {
        foreach (var w in context.Workloads())
        {
            if (!w.Injected || w.Native || !w.ExitOnZero) continue;
            var parts = new List<string>();
            var severity = MeshSeverity.Info;
            if (w.MinimumDrain >= w.Grace)
            {
                severity = MeshSeverity.Warning;
                parts.Add($"MINIMUM_DRAIN_DURATION {w.MinimumDrain} is not less than terminationGracePeriodSeconds ({RuleFormat.Seconds(w.Grace)}s), " +
                    "so the kubelet kills the sidecar before it ever checks for active connections. Keep MINIMUM_DRAIN_DURATION below the grace period");
            }
            if (w.Proxy.TerminationDrainDuration is { } tdd)
            {
                parts.Add($"terminationDrainDuration {tdd.Value} (set in {tdd.Where}) has no effect with EXIT_ON_ZERO_ACTIVE_CONNECTIONS: " +
                    $"the agent waits MINIMUM_DRAIN_DURATION ({w.MinimumDrain}), then exits once no connection is active, bounded only by the grace period. Remove it");
            }
            if (parts.Count == 0) continue;
            context.Report(Rule, severity, w.PodSpec, null, w.ToString(), string.Join("; also ", parts));
        }
    }
}
