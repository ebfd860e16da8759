using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Rules;

/// <summary>A Deployment or StatefulSet and the fewest pods it runs: the HPA's <c>minReplicas</c> when one scales it, else <c>spec.replicas</c>.</summary>
/// <param name="Workload">The Deployment or StatefulSet.</param>
/// <param name="Template">Its pod template.</param>
/// <param name="MinimumReplicas">The fewest pods it runs (HPA <c>minReplicas</c> defaults to 1, <c>replicas</c> to 1).</param>
/// <param name="Autoscaler">The HPA that scales it, if any.</param>
internal sealed record ScaledWorkload(KubernetesObject Workload, PodTemplateSpec Template, int MinimumReplicas, HorizontalPodAutoscaler? Autoscaler)
{
    /// <summary>"the 1 replica of Deployment shop/web" / "HPA minReplicas 2 of ...".</summary>
    public string DescribeReplicas() => Autoscaler is null
        ? $"{MinimumReplicas} {(MinimumReplicas == 1 ? "replica" : "replicas")} of {RuleContext.Describe(Workload)}"
        : $"HPA minReplicas {MinimumReplicas} of {RuleContext.Describe(Workload)}";
}

/// <summary>Replica counts of the workloads a rule talks about (MESH053, MESH054).</summary>
internal static class ScaledWorkloads
{
    /// <summary>Every Deployment and StatefulSet with its minimum replica count.</summary>
    public static IEnumerable<ScaledWorkload> All(RuleContext context)
    {
        foreach (var obj in context.Objects)
        {
            var (template, replicas) = obj switch
            {
                Deployment { Spec: { } s } => (s.Template, s.Replicas),
                StatefulSet { Spec: { } s } => (s.Template, s.Replicas),
                _ => (null, null),
            };
            if (template is null) continue;
            var hpa = AutoscalerOf(context, obj);
            var minimum = hpa is not null ? hpa.Spec?.MinReplicas ?? 1 : replicas ?? 1;
            yield return new ScaledWorkload(obj, template, minimum, hpa);
        }
    }

    /// <summary>The HPA whose <c>scaleTargetRef</c> names <paramref name="workload"/> (same kind, name and namespace).</summary>
    public static HorizontalPodAutoscaler? AutoscalerOf(RuleContext context, KubernetesObject workload) =>
        context.OfType<HorizontalPodAutoscaler>().FirstOrDefault(h =>
            h.Spec?.ScaleTargetRef is { } target
            && target.Kind == workload.Kind
            && target.Name == workload.Metadata?.Name
            && SameNamespace(h, workload));

    /// <summary>
    /// Same namespace; an object without one is applied into whatever namespace the apply command
    /// names, so it is taken to match any namespace.
    /// </summary>
    public static bool SameNamespace(KubernetesObject a, KubernetesObject b) =>
        string.IsNullOrEmpty(a.Metadata?.Namespace)
        || string.IsNullOrEmpty(b.Metadata?.Namespace)
        || a.Metadata.Namespace == b.Metadata.Namespace;
}
