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
            // The budgets first, the words only for the one reported (most workloads fit their grace period).
            var grace = w.Grace;
            var worst = Budget.None;
            var worstBudget = default(Duration);
            void Consider(Budget which, Duration budget)
            {
                if (budget > default(Duration) && budget >= grace && (worst == Budget.None || budget > worstBudget)) (worst, worstBudget) = (which, budget);
            }

            if (w.MainContainer is { } app) Consider(Budget.App, WorkloadFacts.PreStopDelay(app) + (w.AppShutdown ?? default));
            if (w.Injected && !w.Native)
            {
                if (!w.ExitOnZero) Consider(Budget.TerminationDrain, w.TerminationDrain);
                else Consider(Budget.MinimumDrain, w.MinimumDrain);
            }
            if (worst == Budget.None) continue;
            var atLeast = RuleFormat.CeilSeconds(worstBudget + Headroom);
            context.Report(Rule, w.PodSpec, w.ToString(), Describe(worst, w), RuleFormat.Seconds(worstBudget), RuleFormat.Seconds(grace), atLeast);
        }
    }

    private enum Budget
    {
        None,
        App,
        TerminationDrain,
        MinimumDrain,
    }

    private static string Describe(Budget budget, WorkloadFacts w)
    {
        switch (budget)
        {
            case Budget.App:
                var app = w.MainContainer!;
                return w.AppShutdown is not { } shutdown
                    ? $"the preStop delay of '{app.Name}'"
                    : $"the preStop delay + app shutdown of '{app.Name}' ({RuleFormat.Seconds(WorkloadFacts.PreStopDelay(app))}s + {RuleFormat.Seconds(shutdown)}s)";
            case Budget.TerminationDrain:
                return $"the legacy sidecar's terminationDrainDuration{Source(w.Proxy.TerminationDrainDuration)}";
            default:
                return $"the sidecar's MINIMUM_DRAIN_DURATION{Source(w.MinimumDrainSetting)} with EXIT_ON_ZERO_ACTIVE_CONNECTIONS";
        }
    }

    private static string Source<T>(ProxySetting<T>? setting) => setting is null ? " (Istio's default)" : $" (set in {setting.Where})";
}
