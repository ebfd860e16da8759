using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Benchmarks;

/// <summary>
/// The benchmark workload (issue 5): N apps, each a Deployment (probes, resources, preStop, the
/// <c>proxy.istio.io/config</c> annotation as a multi-line string), a Service and an
/// autoscaling/v2 HPA. eng/bench/cdk8s/synth.js builds the same objects for cdk8s; this file is
/// also compiled into the end-to-end emit project eng/bench/emit-throughput.sh generates.
/// </summary>
public static class BenchApps
{
    public const string ProxyConfig =
        "holdApplicationUntilProxyStarts: true\nproxyMetadata:\n  EXIT_ON_ZERO_ACTIVE_CONNECTIONS: \"true\"\n";

    public static IEnumerable<KubernetesObject> Build(int count)
    {
        for (var i = 0; i < count; i++)
        {
            foreach (var o in App(i)) yield return o;
        }
    }

    public static IEnumerable<KubernetesObject> App(int i)
    {
        var name = "app-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        const string ns = "bench";
        var labels = new Dictionary<string, string>
        {
            ["app.kubernetes.io/name"] = name,
            ["app.kubernetes.io/part-of"] = "bench",
        };

        yield return new Deployment
        {
            Metadata = new() { Name = name, Namespace = ns, Labels = labels },
            Spec = new()
            {
                Selector = new() { MatchLabels = labels },
                Template = new()
                {
                    Metadata = new()
                    {
                        Labels = labels,
                        Annotations = { ["proxy.istio.io/config"] = ProxyConfig },
                    },
                    Spec = new()
                    {
                        TerminationGracePeriodSeconds = 45,
                        Containers =
                        [
                            new()
                            {
                                Name = "app",
                                Image = "ghcr.io/acme/" + name + ":1.4.2",
                                Ports = [new() { Name = "http", Port = 8080 }],
                                Env = [new() { Name = "ASPNETCORE_URLS", Value = "http://+:8080" }],
                                Resources = new()
                                {
                                    Requests = { [ResourceNames.Cpu] = "250m", [ResourceNames.Memory] = "256Mi" },
                                    Limits = { [ResourceNames.Memory] = "512Mi" },
                                },
                                ReadinessProbe = new() { HttpGet = new() { Path = "/healthz/ready", Port = "http" }, PeriodSeconds = 5 },
                                LivenessProbe = new() { HttpGet = new() { Path = "/healthz/live", Port = "http" }, PeriodSeconds = 10, FailureThreshold = 3 },
                                Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 10 } } },
                            },
                        ],
                    },
                },
            },
        };

        yield return new Service
        {
            Metadata = new() { Name = name, Namespace = ns, Labels = labels },
            Spec = new()
            {
                Selector = labels,
                Ports = [new() { Name = "http", Port = 80, TargetPort = "http" }],
            },
        };

        yield return new HorizontalPodAutoscaler
        {
            Metadata = new() { Name = name, Namespace = ns, Labels = labels },
            Spec = new()
            {
                ScaleTargetRef = new() { ApiVersion = Deployment.ApiVersionValue, Kind = Deployment.KindValue, Name = name },
                MaxReplicas = 12,
                Metrics =
                [
                    new()
                    {
                        Type = MetricSourceType.Resource,
                        Resource = new()
                        {
                            Name = ResourceNames.Cpu,
                            Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 70 },
                        },
                    },
                ],
            },
        };
    }
}
