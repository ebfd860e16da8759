using Mesh.Sdk;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Policy.V1;
using Mesh.Sdk.Model;

namespace Environments;

/// <summary>
/// One definition for two environments (<c>&lt;MeshEnvironments&gt;dev;prod&lt;/MeshEnvironments&gt;</c>
/// in the project file). The build runs it once per environment, checks each result on its own,
/// and writes deploy/dev/orders.yaml and deploy/prod/orders.yaml. Dev runs one small pod with debug
/// logging; prod runs three larger pods and a PodDisruptionBudget that keeps two of them up
/// during node drains (with one pod a budget would block every drain, so dev has none).
/// </summary>
[Manifest("orders")]
public sealed class Orders : ManifestDefinition
{
    private const string Name = "orders";
    private const string Namespace = "shop";

    /// <summary>What differs between the environments.</summary>
    private sealed record Size(int Replicas, string Cpu, string Memory, string MemoryLimit, string LogLevel);

    public override IEnumerable<KubernetesObject> Build(ManifestContext context)
    {
        // ByEnvironment rejects a name that is not in MeshEnvironments, so a typo fails the build.
        var size = context.ByEnvironment(
            new Size(Replicas: 1, Cpu: "100m", Memory: "128Mi", MemoryLimit: "256Mi", LogLevel: "debug"),
            ("prod", new Size(Replicas: 3, Cpu: "500m", Memory: "512Mi", MemoryLimit: "1Gi", LogLevel: "info")));

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
                Replicas = size.Replicas,
                Selector = new() { MatchLabels = labels },
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
                                Image = "ghcr.io/acme/orders:2.3.0",
                                Ports = [new() { Name = "http", Port = 8080 }],
                                Env =
                                [
                                    new() { Name = "ASPNETCORE_URLS", Value = "http://+:8080" },
                                    new() { Name = "Logging__LogLevel__Default", Value = size.LogLevel },
                                ],
                                Resources = new()
                                {
                                    Requests = { [ResourceNames.Cpu] = size.Cpu, [ResourceNames.Memory] = size.Memory },
                                    Limits = { [ResourceNames.Memory] = size.MemoryLimit },
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

        if (context.Environment == "prod")
        {
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
}
