using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Istio.Mesh.V1Alpha1;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules;
using static Mesh.Sdk.Tests.Rules.TrafficRuleKit;

namespace Mesh.Sdk.Tests.Rules;

public sealed class MESH030Tests
{
    private static readonly GatewayTopologyOnNonGatewayRule Rule = new();

    private static Deployment Workload(TemplateMetadata metadata, PodSpec spec, string name = "web") => new()
    {
        Metadata = new() { Name = name, Namespace = "shop" },
        Spec = new()
        {
            Replicas = 2,
            Selector = new() { MatchLabels = { ["app"] = name } },
            Template = new() { Metadata = metadata, Spec = spec },
        },
    };

    private static TemplateMetadata Labelled(string app, string? istio = null)
    {
        var metadata = new TemplateMetadata { Labels = { ["app"] = app } };
        if (istio is not null) metadata.Labels[IstioLabels.Istio] = istio;
        return metadata;
    }

    [Test]
    public void Typed_gatewayTopology_on_an_app_is_reported_at_its_pod_spec()
    {
        var metadata = Labelled("web").SetProxyConfig(new ProxyConfig { GatewayTopology = new() { NumTrustedProxies = 1 } });
        var podSpec = new PodSpec { Containers = [new() { Name = "web", Image = "web:1" }] };

        var d = Single(Run(Rule, Workload(metadata, podSpec)), "MESH030", podSpec);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Warning));
        Assert.That(d.Message, Does.StartWith("Deployment shop/web: gatewayTopology only affects gateways and is ignored on this workload"));
    }

    [Test]
    public void A_hand_written_annotation_is_reported_too()
    {
        var metadata = Labelled("web");
        metadata.Annotations[IstioAnnotations.ProxyConfig] = "{\"gatewayTopology\":{\"numTrustedProxies\":1}}";
        var podSpec = new PodSpec { Containers = [new() { Name = "web", Image = "web:1" }] };

        Single(Run(Rule, Workload(metadata, podSpec)), "MESH030", podSpec);
    }

    [Test]
    public void GatewayTopology_on_an_ingress_gateway_is_compliant()
    {
        var metadata = Labelled("istio-ingressgateway", istio: "ingressgateway")
            .SetProxyConfig(new ProxyConfig { GatewayTopology = new() { NumTrustedProxies = 1 } });

        Assert.That(Run(Rule, Workload(metadata, new() { Containers = [new() { Name = "istio-proxy", Image = "auto" }] }, "istio-ingressgateway")), Is.Empty);
    }

    [Test]
    public void GatewayTopology_on_a_gateway_injected_with_the_gateway_template_is_compliant()
    {
        var metadata = Labelled("edge").SetProxyConfig(new ProxyConfig { GatewayTopology = new() { NumTrustedProxies = 2 } });
        metadata.Annotations[IstioAnnotations.InjectTemplates] = "gateway";

        Assert.That(Run(Rule, Workload(metadata, new() { Containers = [new() { Name = "istio-proxy", Image = "auto" }] }, "edge")), Is.Empty);
    }

    [Test]
    public void A_mesh_wide_gatewayTopology_is_not_a_per_pod_setting_and_is_compliant()
    {
        var mesh = new IstioOperator
        {
            Metadata = new() { Name = "istio", Namespace = "istio-system" },
            Spec = new() { MeshConfig = new() { DefaultConfig = new() { GatewayTopology = new() { NumTrustedProxies = 1 } } } },
        };
        var app = Workload(Labelled("web"), new() { Containers = [new() { Name = "web", Image = "web:1" }] });

        Assert.That(Run(Rule, mesh, app), Is.Empty);
    }

    [Test]
    public void An_app_without_gatewayTopology_is_compliant()
    {
        var metadata = Labelled("web").SetProxyConfig(new ProxyConfig { TerminationDrainDuration = Duration.FromSeconds(10) });

        Assert.That(Run(Rule, Workload(metadata, new() { Containers = [new() { Name = "web", Image = "web:1" }] })), Is.Empty);
    }
}
