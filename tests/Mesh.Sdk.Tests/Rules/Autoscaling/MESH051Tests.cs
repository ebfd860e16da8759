using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules;
using static Mesh.Sdk.Tests.Rules.AutoscalingObjects;
using static Mesh.Sdk.Tests.Rules.TrafficRuleKit;

namespace Mesh.Sdk.Tests.Rules;

public sealed class MESH051Tests
{
    private static readonly PartialProxyResourcesRule Rule = new();

    [Test]
    public void ProxyMemory_alone_with_a_cpu_HPA_is_reported_at_the_template_metadata()
    {
        var metadata = new TemplateMetadata().SetProxyResources(cpu: null, memory: "256Mi");

        var d = Single(Run(Rule, InjectedShop(), Web(metadata), Hpa(CpuResource())), "MESH051", metadata);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Warning));
        Assert.That(d.Message, Does.StartWith("Deployment shop/web: sidecar.istio.io/proxyMemory is set without sidecar.istio.io/proxyCPU, so the sidecar gets no cpu request and the HPA's cpu Resource metric cannot be computed"));
    }

    [Test]
    public void ProxyCPU_alone_with_a_memory_HPA_is_reported_for_memory()
    {
        var metadata = new TemplateMetadata().SetProxyResources(cpu: "100m", memory: null);

        var d = Single(Run(Rule, InjectedShop(), Web(metadata), Hpa(MemoryResource())), "MESH051", metadata);

        Assert.That(d.Message, Does.Contain("sidecar.istio.io/proxyCPU is set without sidecar.istio.io/proxyMemory, so the sidecar gets no memory request"));
    }

    [Test]
    public void Both_requests_are_compliant()
    {
        var metadata = new TemplateMetadata().SetProxyResources(cpu: "100m", memory: "256Mi");

        Assert.That(Run(Rule, InjectedShop(), Web(metadata), Hpa(CpuResource(), MemoryResource())), Is.Empty);
    }

    [Test]
    public void A_cpu_limit_becomes_the_request_and_is_compliant()
    {
        // Kubernetes copies a container's limit into its missing request.
        var metadata = new TemplateMetadata().SetProxyResources(cpu: null, memory: "256Mi", cpuLimit: "500m");

        Assert.That(Run(Rule, InjectedShop(), Web(metadata), Hpa(CpuResource())), Is.Empty);
    }

    [Test]
    public void A_memory_limit_becomes_the_request_and_is_compliant()
    {
        var metadata = new TemplateMetadata().SetProxyResources(cpu: "100m", memory: null, memoryLimit: "512Mi");

        Assert.That(Run(Rule, InjectedShop(), Web(metadata), Hpa(MemoryResource())), Is.Empty);
    }

    [Test]
    public void A_limit_of_the_other_resource_does_not_stand_in_for_the_missing_request()
    {
        var metadata = new TemplateMetadata().SetProxyResources(cpu: null, memory: "256Mi", memoryLimit: "512Mi");

        var d = Single(Run(Rule, InjectedShop(), Web(metadata), Hpa(CpuResource())), "MESH051", metadata);

        Assert.That(d.Message, Does.Contain("sidecar.istio.io/proxyMemory and sidecar.istio.io/proxyMemoryLimit is set without sidecar.istio.io/proxyCPU"));
    }

    [Test]
    public void No_proxy_resource_annotation_keeps_the_global_requests_and_is_compliant()
    {
        Assert.That(Run(Rule, InjectedShop(), Web(), Hpa(CpuResource())), Is.Empty);
    }

    [Test]
    public void A_ContainerResource_HPA_is_compliant()
    {
        var metadata = new TemplateMetadata().SetProxyResources(cpu: null, memory: "256Mi");

        Assert.That(Run(Rule, InjectedShop(), Web(metadata), Hpa(CpuOf("app"))), Is.Empty);
    }

    [Test]
    public void A_workload_without_sidecar_is_compliant()
    {
        var metadata = new TemplateMetadata().SetProxyResources(cpu: null, memory: "256Mi");

        Assert.That(Run(Rule, PlainShop(), Web(metadata), Hpa(CpuResource())), Is.Empty);
    }
}
