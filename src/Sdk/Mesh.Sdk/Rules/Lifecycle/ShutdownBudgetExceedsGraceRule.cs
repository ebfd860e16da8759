using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules.Lifecycle;

/// <summary>
/// MESH012: the pod's shutdown needs at least its grace period, so the kubelet kills it mid-shutdown
/// (preStop counts against the grace period; then a one-off 2s extension and SIGKILL, K1). Three budgets
/// (domain.md): the app's preStop delay + declared shutdown; a legacy sidecar's terminationDrainDuration;
/// with EXIT_ON_ZERO_ACTIVE_CONNECTIONS, MINIMUM_DRAIN_DURATION. The largest offending one is reported,
/// once per workload, at the pod spec.
/// </summary>
internal sealed class ShutdownBudgetExceedsGraceRule : IMeshRule
{
    /// <summary>Headroom added to the budget in the suggested grace period (domain.md MESH012 fix).</summary>
    internal static readonly Duration Headroom = Duration.FromSeconds(5);

    public MeshRule Rule => MeshRules.ShutdownBudgetExceedsGrace;

    public void Check(RuleContext context)
    {
        foreach (var w in context.Workloads())
        {
            var grace = w.Grace;
            (string What, Duration Budget)? worst = null;
            void Consider(string what, Duration budget)
            {
                if (budget > default(Duration) && budget >= grace && (worst is null || budget > worst.Value.Budget)) worst = (what, budget);
            }

            if (w.MainContainer is { } app)
            {
                var preStop = WorkloadFacts.PreStopDelay(app);
                var shutdown = w.AppShutdown ?? default;
                var what = w.AppShutdown is null
                    ? $"the preStop delay of '{app.Name}'"
                    : $"the preStop delay + app shutdown of '{app.Name}' ({RuleFormat.Seconds(preStop)}s + {RuleFormat.Seconds(shutdown)}s)";
                Consider(what, preStop + shutdown);
            }
            if (w.Injected && !w.Native)
            {
                if (!w.ExitOnZero) Consider($"the legacy sidecar's terminationDrainDuration{Source(w.Proxy.TerminationDrainDuration)}", w.TerminationDrain);
                else Consider($"the sidecar's MINIMUM_DRAIN_DURATION{Source(w.MinimumDrainSetting)} with EXIT_ON_ZERO_ACTIVE_CONNECTIONS", w.MinimumDrain);
            }
            if (worst is not { } found) continue;
            var atLeast = RuleFormat.CeilSeconds(found.Budget + Headroom);
            context.Report(Rule, w.PodSpec, w.ToString(), found.What, RuleFormat.Seconds(found.Budget), RuleFormat.Seconds(grace), atLeast);
        }
    }

    private static string Source<T>(ProxySetting<T>? setting) => setting is null ? " (Istio's default)" : $" (set in {setting.Where})";
}
