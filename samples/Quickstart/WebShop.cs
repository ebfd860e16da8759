using Mesh.Sdk;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Policy.V1;
using Mesh.Sdk.Model;

namespace Quickstart;

/// <summary>
/// A realistic web service: a Deployment with probes, resources and a preStop delay, the
/// Service in front of it, an HPA on the app container's CPU, and a PDB that keeps two pods
/// up during node drains. `dotnet build` writes it to deploy/web-shop.yaml.
/// </summary>
[Manifest("web-shop")]
public sealed class WebShop : ManifestDefinition
{
    private const string Name = "web";
    private const string Namespace = "shop";

    public override IEnumerable<KubernetesObject> Build(ManifestContext context)
    {
        var labels = new Dictionary<string, string>
        {
            ["app.kubernetes.io/name"] = Name,
            ["app.kubernetes.io/part-of"] = "shop",
        };

        yield return new Service
        {
            Metadata = new() { Name = Name, Namespace = Namespace, Labels = labels },
            Spec = new()
            {
                Selector = labels,
                Ports = [new() { Name = "http", Port = 80, TargetPort = "http", AppProtocol = "http" }],
            },
        };

        yield return new Deployment
        {
            Metadata = new() { Name = Name, Namespace = Namespace, Labels = labels },
            Spec = new()
            {
                Selector = new() { MatchLabels = labels },
                Strategy = new()
                {
                    Type = DeploymentStrategyType.RollingUpdate,
                    RollingUpdate = new() { MaxSurge = "25%", MaxUnavailable = 0 },
                },
                MinReadySeconds = 5,
                Template = new()
                {
                    Metadata = new() { Labels = labels },
                    Spec = new()
                    {
                        // preStop (10 s) + the app's own shutdown (up to 20 s) + headroom.
                        TerminationGracePeriodSeconds = 45,
                        Containers =
                        [
                            new()
                            {
                                Name = Name,
                                Image = "ghcr.io/acme/web-shop:1.4.2",
                                Ports = [new() { Name = "http", Port = 8080 }],
                                Env = [new() { Name = "ASPNETCORE_URLS", Value = "http://+:8080" }],
                                Resources = new()
                                {
                                    Requests = { [ResourceNames.Cpu] = "250m", [ResourceNames.Memory] = "256Mi" },
                                    Limits = { [ResourceNames.Memory] = "512Mi" },
                                },
                                ReadinessProbe = new() { HttpGet = new() { Path = "/healthz/ready", Port = "http" }, PeriodSeconds = 5 },
                                LivenessProbe = new() { HttpGet = new() { Path = "/healthz/live", Port = "http" }, PeriodSeconds = 10, FailureThreshold = 3 },
                                // Keep serving while endpoints are removed from load balancers.
                                Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 10 } } },
                            },
                        ],
                    },
                },
            },
        };

        yield return new HorizontalPodAutoscaler
        {
            Metadata = new() { Name = Name, Namespace = Namespace, Labels = labels },
            Spec = new()
            {
                ScaleTargetRef = new() { ApiVersion = Deployment.ApiVersionValue, Kind = Deployment.KindValue, Name = Name },
                MinReplicas = 3,
                MaxReplicas = 12,
                Metrics =
                [
                    // The app container's own CPU, so a sidecar cannot skew the average.
                    new()
                    {
                        Type = MetricSourceType.ContainerResource,
                        ContainerResource = new()
                        {
                            Name = ResourceNames.Cpu,
                            Container = Name,
                            Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 70 },
                        },
                    },
                ],
            },
        };

        yield return new PodDisruptionBudget
        {
            Metadata = new() { Name = Name, Namespace = Namespace, Labels = labels },
            Spec = new()
            {
                Selector = new() { MatchLabels = labels },
                MinAvailable = 2,
                UnhealthyPodEvictionPolicy = UnhealthyPodEvictionPolicyType.AlwaysAllow,
            },
        };
    }
}
