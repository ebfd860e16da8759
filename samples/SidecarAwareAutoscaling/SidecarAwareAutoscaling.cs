using Mesh.Sdk;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;

namespace SidecarAwareAutoscaling;

/// <summary>
/// Scenario (f): an HPA the sidecar cannot skew. A Resource metric averages every container's
/// usage over every container's requests, the sidecar's included; ContainerResource scales on
/// the app container alone (GA in Kubernetes 1.30). The sidecar's own requests are set in full
/// (all four proxy annotations) so scheduling stays predictable.
/// </summary>
[Manifest("sidecar-aware-autoscaling")]
public sealed class SidecarAwareAutoscalingManifest : ManifestDefinition
{
    public override IEnumerable<KubernetesObject> Build(ManifestContext context)
    {
        var labels = new Dictionary<string, string> { ["app"] = "catalog" };

        yield return new Deployment
        {
            Metadata = new() { Name = "catalog", Namespace = "shop", Labels = labels },
            Spec = new()
            {
                Selector = new() { MatchLabels = labels },
                Template = new()
                {
                    Metadata = new TemplateMetadata { Labels = labels }
                        .InjectSidecar(true)
                        .SetProxyResources(cpu: "100m", memory: "128Mi", cpuLimit: "1", memoryLimit: "512Mi"),
                    Spec = new()
                    {
                        TerminationGracePeriodSeconds = 35,
                        Containers =
                        [
                            new()
                            {
                                Name = "catalog",
                                Image = "ghcr.io/acme/catalog:2.4.0",
                                Resources = new()
                                {
                                    Requests = { [ResourceNames.Cpu] = "500m", [ResourceNames.Memory] = "512Mi" },
                                    Limits = { [ResourceNames.Memory] = "1Gi" },
                                },
                                Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 10 } } },
                            },
                        ],
                    },
                },
            },
        };

        yield return new HorizontalPodAutoscaler
        {
            Metadata = new() { Name = "catalog", Namespace = "shop", Labels = labels },
            Spec = new()
            {
                ScaleTargetRef = new() { ApiVersion = Deployment.ApiVersionValue, Kind = Deployment.KindValue, Name = "catalog" },
                MinReplicas = 3,
                MaxReplicas = 20,
                Metrics =
                [
                    new()
                    {
                        Type = MetricSourceType.ContainerResource,
                        ContainerResource = new()
                        {
                            Name = ResourceNames.Cpu,
                            Container = "catalog",
                            Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 70 },
                        },
                    },
                ],
                Behavior = new()
                {
                    ScaleDown = new()
                    {
                        StabilizationWindowSeconds = 300,
                        Policies = [new() { Type = HpaScalingPolicyType.Percent, Value = 20, PeriodSeconds = 60 }],
                    },
                },
            },
        };
    }
}
