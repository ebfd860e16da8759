using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;

namespace Mesh.Sdk.Tests.Rules;

/// <summary>The objects the autoscaling rule tests combine: an (injected) namespace, a Deployment, its HPA and metrics.</summary>
internal static class AutoscalingObjects
{
    public static Namespace InjectedShop() => new() { Metadata = new() { Name = "shop", Labels = { ["istio-injection"] = "enabled" } } };

    public static Namespace PlainShop() => new() { Metadata = new() { Name = "shop" } };

    public static Deployment Web(TemplateMetadata? metadata = null, params Container[] containers)
    {
        metadata ??= new TemplateMetadata();
        metadata.Labels["app"] = "web";
        return new()
        {
            Metadata = new() { Name = "web", Namespace = "shop" },
            Spec = new()
            {
                Replicas = 2,
                Selector = new() { MatchLabels = { ["app"] = "web" } },
                Template = new()
                {
                    Metadata = metadata,
                    Spec = new() { Containers = containers.Length > 0 ? [.. containers] : [new() { Name = "app", Image = "web:1" }] },
                },
            },
        };
    }

    public static HorizontalPodAutoscaler Hpa(params MetricSpec[] metrics) => new()
    {
        Metadata = new() { Name = "web", Namespace = "shop" },
        Spec = new()
        {
            ScaleTargetRef = new() { ApiVersion = "apps/v1", Kind = "Deployment", Name = "web" },
            MinReplicas = 2,
            MaxReplicas = 10,
            Metrics = [.. metrics],
        },
    };

    public static MetricSpec CpuResource() => new()
    {
        Type = MetricSourceType.Resource,
        Resource = new() { Name = ResourceNames.Cpu, Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 60 } },
    };

    public static MetricSpec MemoryResource() => new()
    {
        Type = MetricSourceType.Resource,
        Resource = new() { Name = ResourceNames.Memory, Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 70 } },
    };

    public static MetricSpec CpuOf(string container) => new()
    {
        Type = MetricSourceType.ContainerResource,
        ContainerResource = new() { Name = ResourceNames.Cpu, Container = container, Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 60 } },
    };
}
