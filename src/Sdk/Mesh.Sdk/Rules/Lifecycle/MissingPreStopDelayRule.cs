using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules.Lifecycle;

/// <summary>
/// MESH010: a workload a Service sends traffic to whose app container has no preStop delay: endpoint
/// removal runs concurrently with the kubelet's shutdown and meshed clients learn of it through
/// debounced EDS pushes, so the app exits while requests still arrive (K1; istio#7665, #26979).
/// Reported at the container.
/// </summary>
internal sealed class MissingPreStopDelayRule : IMeshRule
{
    /// <summary>The preStop sleep action is beta (on by default) from Kubernetes 1.30 (KEP-3960).</summary>
    internal static readonly Version SleepAction = new(1, 30);

    public MeshRule Rule => MeshRules.MissingPreStopDelay;

    public void Check(RuleContext context)
    {
        foreach (var w in context.Workloads())
        {
            // The Services are looked up last: most apps have a preStop delay, and then which Services select them does not matter.
            if (w.MainContainer is not { } app || WorkloadFacts.HasPreStopDelay(app) || w.Services.Count == 0) continue;
            var fix = context.Targets.Kubernetes >= SleepAction
                ? "Sleep"
                : $"Exec [\"sleep\", \"N\"] (the Sleep action needs Kubernetes 1.30; {context.KubernetesAssumption})";
            context.Report(Rule, app, w.ToString(), app.Name, fix);
        }
    }
}
