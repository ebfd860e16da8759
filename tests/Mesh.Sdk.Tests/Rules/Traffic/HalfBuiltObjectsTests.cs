using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.GatewayApi.V1;
using Mesh.Sdk.Istio.Networking.V1;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Policy.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Rules;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;
using ApiGateway = Mesh.Sdk.GatewayApi.V1.Gateway;

namespace Mesh.Sdk.Tests.Rules;

/// <summary>MESH030-MESH060 never throw on objects a definition left half-built (nulls where the compiler was told otherwise).</summary>
public sealed class TrafficHalfBuiltObjectsTests
{
    private static IEnumerable<IMeshRule> TrafficAndScalingRules() =>
        MeshRuleEngine.Rules.Where(r => string.CompareOrdinal(r.Rule.Id, "MESH030") >= 0 && string.CompareOrdinal(r.Rule.Id, "MESH060") <= 0);

    private static KubernetesObject[] HalfBuilt() =>
    [
        new Deployment { Metadata = null!, Spec = null! },
        new Deployment { Metadata = new() { Name = "web" }, Spec = new() { Selector = null!, Template = new() { Metadata = null!, Spec = null! } } },
        new HorizontalPodAutoscaler { Metadata = new() { Name = "web" }, Spec = new() { ScaleTargetRef = null!, MaxReplicas = 1, Metrics = [null!, new() { Type = MetricSourceType.Resource }] } },
        new PodDisruptionBudget { Metadata = new() { Name = "web" }, Spec = new() { MinAvailable = 1, Selector = new() { MatchLabels = null! } } },
        new DestinationRule { Metadata = new() { Name = "r" }, Spec = new() { Host = null!, Subsets = null!, TrafficPolicy = new() { PortLevelSettings = null! } } },
        new DestinationRule { Metadata = new() { Name = "s" }, Spec = new() { Host = "h", Subsets = [null!, new() { Name = null!, TrafficPolicy = new() { LoadBalancer = new() { Warmup = new() { Duration = default } } } }] } },
        new VirtualService { Metadata = new() { Name = "v" }, Spec = new() { Http = null! } },
        new VirtualService { Metadata = new() { Name = "w" }, Spec = new() { Http = [null!, new() { Retries = new() { Attempts = 0 } }] } },
        new IngressGateway { Metadata = null!, Spec = new() { ConnectionDrainDuration = Duration.FromSeconds(60), KubeSpec = new() { Overlays = null!, Deployment = new() { PodAnnotations = null!, HpaSpec = new() } } } },
        new Tier1Gateway { Metadata = new() { Name = "t" }, Spec = new() { KubeSpec = new() { Overlays = [null!, new() { ApiVersion = null!, Kind = "Deployment", Name = null!, Patches = [null!] }] } } },
        new EgressGateway { Metadata = new() { Name = "e" }, Spec = null! },
        new ControlPlane { Metadata = new() { Name = "cp" }, Spec = new() { Hub = "h", ManagementPlane = null!, TelemetryStore = null!, Components = new() { Istio = new() { KubeSpec = new() { Overlays = null! } } } } },
        new ApiGateway { Metadata = new() { Name = "g" }, Spec = new() { GatewayClassName = "istio", Listeners = null!, Infrastructure = new() { Annotations = null! } } },
    ];

    [Test]
    public void No_rule_throws_on_half_built_objects()
    {
        var found = MeshRuleEngine.Check(HalfBuilt(), TargetVersions.Default, TrafficAndScalingRules());

        Assert.That(found.Where(d => d.Rule == MeshRules.RunnerFailed).Select(d => d.Message), Is.Empty);
    }

    [Test]
    public void Every_rule_of_this_half_is_registered()
    {
        Assert.That(TrafficAndScalingRules().Select(r => r.Rule.Id), Is.EqualTo(new[]
        {
            "MESH030", "MESH031", "MESH032", "MESH033", "MESH040", "MESH041",
            "MESH050", "MESH051", "MESH052", "MESH053", "MESH054", "MESH060",
        }));
    }
}
