using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules;

/// <summary>
/// MESH052: a <c>ContainerResource</c> metric names a container the scaled workload's pods do not have:
/// not in <c>spec.containers</c> nor a restartable (sidecar) init container, or <c>istio-proxy</c> while
/// the pods are not injected. Pods without the container are ignored by the HPA (K4).
/// Reported at the HPA's <see cref="MetricSpec"/>.
/// </summary>
internal sealed class ContainerResourceUnknownContainerRule : IMeshRule
{
    public MeshRule Rule => MeshRules.ContainerResourceUnknownContainer;

    public void Check(RuleContext context)
    {
        // Only HPAs with a ContainerResource metric can be reported: without one in the build, no workload needs looking at.
        if (!AnyContainerMetric(context)) return;
        foreach (var workload in context.Workloads())
        {
            if (workload.Autoscalers.Count == 0) continue;
            var names = new List<string>();
            foreach (var c in workload.PodSpec.Containers ?? [])
            {
                if (c is not null) names.Add(c.Name);
            }
            foreach (var c in workload.PodSpec.InitContainers ?? [])
            {
                if (c?.RestartPolicy == ContainerRestartPolicy.Always) names.Add(c.Name);
            }
            var valid = workload.Injected && !names.Contains(WorkloadFacts.ProxyContainerName)
                ? [.. names, WorkloadFacts.ProxyContainerName]
                : names;
            foreach (var hpa in workload.Autoscalers)
            {
                foreach (var metric in hpa.Spec?.Metrics ?? [])
                {
                    if (metric is not { Type: MetricSourceType.ContainerResource, ContainerResource.Container: { } container }) continue;
                    if (valid.Contains(container)) continue;
                    var why = container == WorkloadFacts.ProxyContainerName
                        ? $"istio-proxy is injected only into meshed pods, and these are not: {workload.InjectionReason}"
                        : $"its containers are {string.Join(", ", names)}";
                    context.Report(Rule, metric, RuleContext.Describe(hpa), container, workload.ToString(), why,
                        valid.Count == 0 ? "(none)" : string.Join(", ", valid));
                }
            }
        }
    }

    private static bool AnyContainerMetric(RuleContext context)
    {
        foreach (var obj in context.Objects)
        {
            if (obj is not HorizontalPodAutoscaler { Spec.Metrics: { } metrics }) continue;
            foreach (var metric in metrics)
            {
                if (metric is { Type: MetricSourceType.ContainerResource, ContainerResource.Container: not null }) return true;
            }
        }
        return false;
    }
}
