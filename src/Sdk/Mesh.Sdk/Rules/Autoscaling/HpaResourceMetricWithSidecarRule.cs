using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules;

/// <summary>
/// MESH050: an <c>autoscaling/v2</c> HPA scales an injected workload on a <c>Resource</c> metric, whose
/// utilization sums every container, the istio-proxy sidecar included (native sidecars too,
/// kubernetes#120001) (K4). The fix, <c>ContainerResource</c>, is beta from Kubernetes 1.27 and GA in
/// 1.30 (KEP-1610); below 1.27 there is nothing to switch to, so the rule stays silent there.
/// Reported at the HPA's <see cref="MetricSpec"/>.
/// </summary>
internal sealed class HpaResourceMetricWithSidecarRule : IMeshRule
{
    /// <summary><c>HPAContainerMetrics</c> beta (on by default) (KEP-1610).</summary>
    private static readonly Version ContainerResourceBeta = new(1, 27);

    /// <summary><c>HPAContainerMetrics</c> GA (KEP-1610).</summary>
    private static readonly Version ContainerResourceGa = new(1, 30);

    public MeshRule Rule => MeshRules.HpaResourceMetricWithSidecar;

    public void Check(RuleContext context)
    {
        var kubernetes = context.Targets.Kubernetes;
        if (kubernetes < ContainerResourceBeta) return;
        var note = kubernetes < ContainerResourceGa ? $" (beta, on by default, in {context.KubernetesAssumption})" : "";
        foreach (var workload in context.Workloads())
        {
            if (!workload.Injected) continue;
            var container = workload.MainContainer?.Name ?? "app";
            foreach (var hpa in workload.Autoscalers)
            {
                foreach (var metric in hpa.Spec?.Metrics ?? [])
                {
                    if (metric is not { Type: MetricSourceType.Resource }) continue;
                    context.Report(Rule, metric, RuleContext.Describe(hpa), metric.Resource?.Name ?? "its resource", container, note);
                }
            }
        }
    }
}
