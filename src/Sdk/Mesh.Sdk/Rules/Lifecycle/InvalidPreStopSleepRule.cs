using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules.Lifecycle;

/// <summary>
/// MESH011: a preStop <c>sleep</c> action the API server rejects: longer than the grace period, zero or
/// negative before Kubernetes 1.33 (KEP-4818), or any sleep action before 1.30 (KEP-3960, alpha gate off
/// in 1.29) (K3). Reported at the container.
/// </summary>
internal sealed class InvalidPreStopSleepRule : IMeshRule
{
    /// <summary><c>sleep.seconds: 0</c> is beta (on by default) from Kubernetes 1.33 (KEP-4818).</summary>
    internal static readonly Version ZeroSleep = new(1, 33);

    public MeshRule Rule => MeshRules.InvalidPreStopSleep;

    public void Check(RuleContext context)
    {
        var k8s = context.Targets.Kubernetes;
        foreach (var w in context.Workloads())
        {
            var grace = w.PodSpec.TerminationGracePeriodSeconds ?? 30;
            foreach (var c in w.PodSpec.Containers) Judge(context, k8s, w, grace, c);
            foreach (var c in w.PodSpec.InitContainers) Judge(context, k8s, w, grace, c);
        }
    }

    private void Judge(RuleContext context, Version k8s, WorkloadFacts w, long grace, Container? c)
    {
        if (c?.Lifecycle?.PreStop?.Sleep is not { } sleep) return;
        var seconds = sleep.Seconds;
        if (k8s < MissingPreStopDelayRule.SleepAction)
        {
            Report(c, $"of {seconds}s is not available: the sleep action is on by default from Kubernetes 1.30 ({context.KubernetesAssumption})",
                $"use Exec [\"sleep\", \"{Math.Max(1, seconds)}\"] instead");
        }
        else if (seconds < 0)
        {
            Report(c, $"of {seconds}s is negative", "use a positive number of seconds");
        }
        else if (seconds == 0 && k8s < ZeroSleep)
        {
            Report(c, $"of 0s is rejected before Kubernetes 1.33 ({context.KubernetesAssumption})", "use at least 1 second, or remove the hook");
        }
        else if (seconds > grace)
        {
            Report(c, $"of {seconds}s is longer than terminationGracePeriodSeconds ({grace}s), which the API server rejects",
                $"shorten it or set TerminationGracePeriodSeconds to at least {seconds + 5}");
        }

        void Report(Container container, string what, string fix) => context.Report(Rule, container, w.ToString(), container.Name, what, fix);
    }
}
