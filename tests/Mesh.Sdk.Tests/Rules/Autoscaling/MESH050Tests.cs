using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules;
using Mesh.Sdk.Workloads;
using static Mesh.Sdk.Tests.Rules.AutoscalingObjects;
using static Mesh.Sdk.Tests.Rules.TrafficRuleKit;

namespace Mesh.Sdk.Tests.Rules;

public sealed class MESH050Tests
{
    private static readonly HpaResourceMetricWithSidecarRule Rule = new();

    [Test]
    public void A_cpu_Resource_metric_on_an_injected_workload_is_reported_at_the_metric()
    {
        var metric = CpuResource();

        var d = Single(Run(Rule, InjectedShop(), Web(), Hpa(metric)), "MESH050", metric);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Warning));
        Assert.That(d.Message, Does.StartWith("HorizontalPodAutoscaler shop/web: a Resource metric for cpu averages the app and the istio-proxy sidecar together"));
        Assert.That(d.Message, Does.EndWith("Use a ContainerResource metric for container 'app'"));
    }

    [Test]
    public void A_pod_label_opt_in_counts_as_injected()
    {
        var metric = CpuResource();

        Single(Run(Rule, PlainShop(), Web(new TemplateMetadata().InjectSidecar(true)), Hpa(metric)), "MESH050", metric);
    }

    [Test]
    public void Between_Kubernetes_1_27_and_1_29_the_message_names_the_beta_and_the_target()
    {
        var metric = CpuResource();

        var d = Single(Run(Rule, Targets(kubernetes: "1.28"), InjectedShop(), Web(), Hpa(metric)), "MESH050", metric);

        Assert.That(d.Message, Does.EndWith("for container 'app' (beta, on by default, in target Kubernetes 1.28)"));
    }

    [Test]
    public void Before_Kubernetes_1_27_there_is_no_ContainerResource_to_switch_to_and_nothing_is_reported()
    {
        Assert.That(Run(Rule, Targets(kubernetes: "1.26"), InjectedShop(), Web(), Hpa(CpuResource())), Is.Empty);
    }

    [Test]
    public void A_ContainerResource_metric_is_compliant()
    {
        Assert.That(Run(Rule, InjectedShop(), Web(), Hpa(CpuOf("app"))), Is.Empty);
    }

    [Test]
    public void A_Resource_metric_on_a_workload_without_sidecar_is_compliant()
    {
        Assert.That(Run(Rule, PlainShop(), Web(), Hpa(CpuResource())), Is.Empty);
    }

    [Test]
    public void An_opted_out_workload_is_compliant()
    {
        Assert.That(Run(Rule, InjectedShop(), Web(new TemplateMetadata().InjectSidecar(false)), Hpa(CpuResource())), Is.Empty);
    }

    [Test]
    public void The_autoscaler_a_MeshedService_generates_is_compliant()
    {
        var service = new MeshedService { Name = "web", Namespace = "shop", Image = "web:1", Autoscaling = new() { MaxReplicas = 6 } };

        Assert.That(Run(Rule, [InjectedShop(), .. service.Expand(TargetVersions.Default)]), Is.Empty);
    }
}
