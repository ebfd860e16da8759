using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules.Startup;
using Mesh.Sdk.Workloads;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Startup;

public sealed class MESH020Tests
{
    private static readonly NoStartOrderingRule Rule = new();
    private static readonly TargetVersions Legacy = Targets("1.30", "1.26");

    [Test]
    public void A_legacy_pod_that_declares_nothing_gets_an_info_at_the_pod_spec()
    {
        var spec = new PodSpec { Containers = [App()] }; var at = Here();

        var f = Single(Check(Rule, Legacy, InjectedNamespace(), Deployment(spec)));

        AssertFinding(f, MeshRules.NoStartOrdering, MeshSeverity.Info,
            "Deployment shop/web: the app may call the network while starting (nothing declared; legacy sidecar: ENABLE_NATIVE_SIDECARS defaults to false before Istio 1.27 (target Istio 1.26)) but the sidecar is not started first", at);
    }

    [Test]
    public void A_MeshedService_that_needs_the_network_is_a_warning_when_its_hold_is_removed()
    {
        var objects = new MeshedService { Name = "web", Namespace = "shop", Image = "web:1", NeedsNetworkAtStart = true, Sidecar = SidecarMode.Legacy }.Expand(Legacy);
        objects.Deployment.Spec.Template.Metadata.Annotations.Remove(IstioAnnotations.ProxyConfig);

        var f = Single(Check(Rule, Legacy, [.. objects]));

        Assert.That(f.Severity, Is.EqualTo(MeshSeverity.Warning));
        Assert.That(f.Message, Does.Contain("the app declares that it needs the network at start"));
    }

    [Test]
    public void A_MeshedService_that_needs_the_network_gets_hold_and_is_fine()
    {
        None(Check(Rule, Legacy, [.. new MeshedService { Name = "web", Namespace = "shop", Image = "web:1", NeedsNetworkAtStart = true }.Expand(Legacy)]));
    }

    [Test]
    public void A_MeshedService_that_declares_no_network_need_is_fine()
    {
        None(Check(Rule, Legacy, [.. new MeshedService { Name = "web", Namespace = "shop", Image = "web:1" }.Expand(Legacy)]));
    }

    [Test]
    public void Hold_is_start_ordering()
    {
        var metadata = new TemplateMetadata().SetProxyConfig(new() { HoldApplicationUntilProxyStarts = true });
        None(Check(Rule, Legacy, InjectedNamespace(), Deployment(App(), metadata)));
    }

    [Test]
    public void Native_sidecars_are_start_ordering()
    {
        None(Check(Rule, InjectedNamespace(), Deployment(App())));
    }
}
