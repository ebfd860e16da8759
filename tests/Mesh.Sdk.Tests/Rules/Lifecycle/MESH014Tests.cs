using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules.Lifecycle;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;
using MeshProxyConfig = Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig;
using TsbOverlay = Mesh.Sdk.Tetrate.Install.V1Alpha1.KubernetesOverlay;

namespace Mesh.Sdk.Tests.Rules.Lifecycle;

public sealed class MESH014Tests
{
    private static readonly OnlyDrainDurationRaisedRule Rule = new();
    private static readonly TargetVersions Legacy = Targets("1.30", "1.26");

    private static ControlPlane Tsb(params OverlayPatch[] patches) => new()
    {
        Metadata = new() { Name = "controlplane", Namespace = "istio-system" },
        Spec = new()
        {
            Hub = "r.example",
            ManagementPlane = new(),
            TelemetryStore = new(),
            Components = new() { Istio = new() { KubeSpec = new() { Overlays = [TsbOverlay.IstioOperator(patches)] } } },
        },
    };

    [Test]
    public void The_TSB_1_4_drainDuration_overlay_is_reported_at_the_patch()
    {
        var patch = OverlayPatch.MeshDefaultConfig("drainDuration", "50s"); var at = Here();

        var f = Single(Check(Rule, Legacy, Tsb(patch)));

        AssertFinding(f, MeshRules.OnlyDrainDurationRaised, MeshSeverity.Warning,
            "ControlPlane istio-system/controlplane: drainDuration 50s is longer than terminationDrainDuration 5s", at);
    }

    [Test]
    public void The_TSB_1_5_terminationDrainDuration_overlay_is_fine()
    {
        None(Check(Rule, Legacy, Tsb(OverlayPatch.MeshDefaultConfig("terminationDrainDuration", "50s"))));
    }

    [Test]
    public void A_mesh_default_drainDuration_is_reported_at_the_mesh_ProxyConfig()
    {
        var defaults = new MeshProxyConfig { DrainDuration = Duration.FromSeconds(60) }; var at = Here();
        var op = new IstioOperator { Metadata = new() { Name = "mesh", Namespace = "istio-system" }, Spec = new() { MeshConfig = new() { DefaultConfig = defaults } } };

        var f = Single(Check(Rule, Legacy, op, InjectedNamespace(), Deployment(App())));

        Assert.That((f.Message, f.Location), Is.EqualTo(("IstioOperator istio-system/mesh: drainDuration 60s is longer than terminationDrainDuration 5s, but drainDuration only sets Envoy's --drain-time-s; the agent still stops Envoy after terminationDrainDuration. Set TerminationDrainDuration (or EXIT_ON_ZERO_ACTIVE_CONNECTIONS) instead", at)));
    }

    [Test]
    public void A_pod_annotation_drainDuration_is_reported_at_its_ProxyConfig()
    {
        var config = new MeshProxyConfig { DrainDuration = Duration.FromSeconds(30) }; var at = Here();
        var f = Single(Check(Rule, Legacy, InjectedNamespace(), Deployment(App(), new TemplateMetadata().SetProxyConfig(config))));
        Assert.That(f.Location, Is.EqualTo(at));
        Assert.That(f.Message, Does.StartWith("Deployment shop/web: drainDuration 30s"));
    }

    [Test]
    public void Native_sidecars_make_drainDuration_harmless()
    {
        None(Check(Rule, Tsb(OverlayPatch.MeshDefaultConfig("drainDuration", "50s"))));
    }

    [Test]
    public void EXIT_ON_ZERO_ACTIVE_CONNECTIONS_makes_drainDuration_harmless()
    {
        var config = new MeshProxyConfig { DrainDuration = Duration.FromSeconds(30), ExitOnZeroActiveConnections = true };
        None(Check(Rule, Legacy, InjectedNamespace(), Deployment(App(), new TemplateMetadata().SetProxyConfig(config))));
    }

    [Test]
    public void A_drainDuration_not_longer_than_terminationDrainDuration_is_fine()
    {
        var config = new MeshProxyConfig { DrainDuration = Duration.FromSeconds(20), TerminationDrainDuration = Duration.FromSeconds(20) };
        None(Check(Rule, Legacy, InjectedNamespace(), Deployment(App(), new TemplateMetadata().SetProxyConfig(config))));
    }
}
