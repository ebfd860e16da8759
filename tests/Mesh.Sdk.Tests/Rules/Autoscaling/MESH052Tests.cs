using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Rules;
using Mesh.Sdk.Workloads;
using static Mesh.Sdk.Tests.Rules.AutoscalingObjects;
using static Mesh.Sdk.Tests.Rules.TrafficRuleKit;

namespace Mesh.Sdk.Tests.Rules;

public sealed class MESH052Tests
{
    private static readonly ContainerResourceUnknownContainerRule Rule = new();

    [Test]
    public void An_unknown_container_is_an_error_at_the_metric()
    {
        var metric = CpuOf("application");

        var d = Single(Run(Rule, InjectedShop(), Web(), Hpa(metric)), "MESH052", metric);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Error));
        Assert.That(d.Message, Does.StartWith("HorizontalPodAutoscaler shop/web: the ContainerResource metric names container 'application', which Deployment shop/web has no such container (its containers are app)"));
        Assert.That(d.Message, Does.EndWith("Use one of: app, istio-proxy"));
    }

    [Test]
    public void Istio_proxy_on_a_pod_without_sidecar_is_an_error_that_says_why()
    {
        var metric = CpuOf("istio-proxy");

        var d = Single(Run(Rule, PlainShop(), Web(), Hpa(metric)), "MESH052", metric);

        Assert.That(d.Message, Does.Contain("istio-proxy is injected only into meshed pods, and these are not"));
        Assert.That(d.Message, Does.EndWith("Use one of: app"));
    }

    [Test]
    public void The_app_container_is_compliant()
    {
        Assert.That(Run(Rule, PlainShop(), Web(), Hpa(CpuOf("app"))), Is.Empty);
    }

    [Test]
    public void Istio_proxy_on_an_injected_pod_is_compliant()
    {
        Assert.That(Run(Rule, InjectedShop(), Web(), Hpa(CpuOf("istio-proxy"))), Is.Empty);
    }

    [Test]
    public void A_restartable_init_container_is_compliant_and_a_plain_init_container_is_not()
    {
        var web = Web();
        web.Spec.Template.Spec.InitContainers.Add(new() { Name = "log-shipper", Image = "shipper:1", RestartPolicy = ContainerRestartPolicy.Always });
        web.Spec.Template.Spec.InitContainers.Add(new() { Name = "migrate", Image = "flyway:1" });
        var migrate = CpuOf("migrate");

        var found = Run(Rule, PlainShop(), web, Hpa(CpuOf("log-shipper"), migrate));

        var d = Single(found, "MESH052", migrate);
        Assert.That(d.Message, Does.EndWith("Use one of: app, log-shipper"));
    }

    [Test]
    public void The_autoscaler_a_MeshedService_generates_names_its_app_container()
    {
        var service = new MeshedService { Name = "web", Namespace = "shop", Image = "web:1", Autoscaling = new() { MaxReplicas = 6 } };

        var objects = service.Expand(TargetVersions.Default);

        Assert.That(Run(Rule, [InjectedShop(), .. objects]), Is.Empty);
        objects.HorizontalPodAutoscaler!.Spec.Metrics[0].ContainerResource!.Container = "renamed";
        Assert.That(Run(Rule, [InjectedShop(), .. objects]).Select(d => d.Rule.Id), Is.EqualTo(new[] { "MESH052" }), "the rule sees the generated HPA");
    }
}
