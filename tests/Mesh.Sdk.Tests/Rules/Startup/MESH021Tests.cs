using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules.Startup;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Startup;

public sealed class MESH021Tests
{
    private static readonly InitContainersInLegacyPodRule Rule = new();
    private static readonly TargetVersions Legacy = Targets("1.30", "1.26");

    private static Container Init(string name) => new() { Name = name, Image = "flyway:10" };

    [Test]
    public void App_init_containers_in_a_legacy_pod_are_reported_once_at_the_pod_spec()
    {
        var spec = new PodSpec { Containers = [App()], InitContainers = [Init("migrate"), Init("seed")] }; var at = Here();

        var f = Single(Check(Rule, Legacy, InjectedNamespace(), Deployment(spec)));

        AssertFinding(f, MeshRules.InitContainersInLegacyPod, MeshSeverity.Warning, "Deployment shop/web: init container 'migrate', 'seed' runs before the legacy sidecar exists", at);
    }

    [Test]
    public void Native_sidecars_start_before_init_containers()
    {
        None(Check(Rule, Legacy, InjectedNamespace(), Deployment(new PodSpec { Containers = [App()], InitContainers = [Init("migrate")] }, new TemplateMetadata().UseNativeSidecar(true))));
    }

    [Test]
    public void An_init_container_running_as_the_proxy_uid_is_not_captured()
    {
        var init = new Container { Name = "migrate", Image = "flyway:10", SecurityContext = new() { RunAsUser = 1337 } };
        None(Check(Rule, Legacy, InjectedNamespace(), Deployment(new PodSpec { Containers = [App()], InitContainers = [init] })));
    }

    [Test]
    public void Excluded_outbound_ranges_are_a_fix()
    {
        var metadata = new TemplateMetadata { Annotations = { [IstioAnnotations.ExcludeOutboundIPRanges] = "10.0.0.5/32" } };
        None(Check(Rule, Legacy, InjectedNamespace(), Deployment(new PodSpec { Containers = [App()], InitContainers = [Init("migrate")] }, metadata)));
    }

    [Test]
    public void A_pod_without_a_sidecar_is_not_reported()
    {
        None(Check(Rule, Legacy, Deployment(new PodSpec { Containers = [App()], InitContainers = [Init("migrate")] })));
    }
}
