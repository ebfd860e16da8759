using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.GatewayApi.V1;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Istio.Mesh.V1Alpha1;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;
using static Mesh.Sdk.Tests.Rules.TrafficRuleKit;
using ApiGateway = Mesh.Sdk.GatewayApi.V1.Gateway;
using TsbIngressGateway = Mesh.Sdk.Tetrate.Install.V1Alpha1.IngressGateway;

namespace Mesh.Sdk.Tests.Rules;

public sealed class MESH031Tests
{
    private static readonly AlwaysForwardXfccOnEdgeRule Rule = new();

    private static Deployment IstioIngress(TemplateMetadata metadata)
    {
        metadata.Labels["app"] = "istio-ingressgateway";
        metadata.Labels[IstioLabels.Istio] = "ingressgateway";
        return new()
        {
            Metadata = new() { Name = "istio-ingressgateway", Namespace = "istio-ingress" },
            Spec = new()
            {
                Replicas = 2,
                Selector = new() { MatchLabels = { ["app"] = "istio-ingressgateway" } },
                Template = new() { Metadata = metadata, Spec = new() { Containers = [new() { Name = "istio-proxy", Image = "auto" }] } },
            },
        };
    }

    private static Service Front(ServiceType type) => new()
    {
        Metadata = new() { Name = "istio-ingressgateway", Namespace = "istio-ingress" },
        Spec = new() { Type = type, Selector = { ["istio"] = "ingressgateway" }, Ports = [new() { Name = "http", Port = 80 }] },
    };

    [TestCase(ServiceType.LoadBalancer)]
    [TestCase(ServiceType.NodePort)]
    public void Always_forward_on_a_gateway_behind_an_external_service_is_reported_at_the_topology(ServiceType type)
    {
        var topology = new Topology { ForwardClientCertDetails = ForwardClientCertDetails.AlwaysForwardOnly };
        var gateway = IstioIngress(new TemplateMetadata().SetProxyConfig(new ProxyConfig { GatewayTopology = topology }));

        var d = Single(Run(Rule, gateway, Front(type)), "MESH031", topology);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Warning));
        Assert.That(d.Message, Does.StartWith($"Deployment istio-ingress/istio-ingressgateway: forwardClientCertDetails ALWAYS_FORWARD_ONLY on a gateway that receives external traffic (Service istio-ingress/istio-ingressgateway is {type})"));
    }

    [Test]
    public void A_mesh_default_is_reported_once_at_its_topology_for_all_edge_gateways()
    {
        var topology = new Topology { ForwardClientCertDetails = ForwardClientCertDetails.AlwaysForwardOnly };
        var mesh = new IstioOperator
        {
            Metadata = new() { Name = "istio", Namespace = "istio-system" },
            Spec = new() { MeshConfig = new() { DefaultConfig = new() { GatewayTopology = topology } } },
        };
        var tsb = new TsbIngressGateway { Metadata = new() { Name = "bookinfo-gw", Namespace = "bookinfo" }, Spec = new() };

        var d = Single(Run(Rule, mesh, IstioIngress(new()), Front(ServiceType.LoadBalancer), tsb), "MESH031", topology);

        Assert.That(d.Message, Does.StartWith("Deployment istio-ingress/istio-ingressgateway:"));
    }

    [Test]
    public void A_TSB_ingress_gateway_pod_annotation_is_reported_at_the_deployment_settings()
    {
        var deployment = new ComponentDeployment { PodAnnotations = { [IstioAnnotations.ProxyConfig] = "gatewayTopology:\n  forwardClientCertDetails: ALWAYS_FORWARD_ONLY\n" } };
        var gateway = new TsbIngressGateway
        {
            Metadata = new() { Name = "bookinfo-gw", Namespace = "bookinfo" },
            Spec = new() { KubeSpec = new() { Deployment = deployment } },
        };

        var d = Single(Run(Rule, gateway), "MESH031", deployment);

        Assert.That(d.Message, Does.Contain("(a TSB IngressGateway takes traffic from outside the mesh)"));
    }

    [Test]
    public void A_Gateway_API_gateway_of_class_istio_is_reported_at_its_infrastructure()
    {
        var infrastructure = new GatewayInfrastructure { Annotations = { [IstioAnnotations.ProxyConfig] = "{\"gatewayTopology\": {\"forwardClientCertDetails\": \"ALWAYS_FORWARD_ONLY\"}}" } };
        var gateway = new ApiGateway
        {
            Metadata = new() { Name = "edge", Namespace = "edge" },
            Spec = new() { GatewayClassName = "istio", Listeners = [new() { Name = "http", Port = 80, Protocol = "HTTP" }], Infrastructure = infrastructure },
        };

        var d = Single(Run(Rule, gateway), "MESH031", infrastructure);

        Assert.That(d.Message, Does.Contain("Gateway edge/edge: forwardClientCertDetails ALWAYS_FORWARD_ONLY"));
    }

    [Test]
    public void A_gateway_behind_a_ClusterIP_service_is_compliant()
    {
        var gateway = IstioIngress(new TemplateMetadata().SetProxyConfig(new ProxyConfig { GatewayTopology = new() { ForwardClientCertDetails = ForwardClientCertDetails.AlwaysForwardOnly } }));

        Assert.That(Run(Rule, gateway, Front(ServiceType.ClusterIP)), Is.Empty);
    }

    [Test]
    public void SANITIZE_SET_on_an_edge_gateway_is_compliant()
    {
        var gateway = IstioIngress(new TemplateMetadata().SetProxyConfig(new ProxyConfig { GatewayTopology = new() { ForwardClientCertDetails = ForwardClientCertDetails.SanitizeSet, NumTrustedProxies = 1 } }));

        Assert.That(Run(Rule, gateway, Front(ServiceType.LoadBalancer)), Is.Empty);
    }

    [Test]
    public void An_east_west_only_TSB_gateway_is_compliant()
    {
        var gateway = new TsbIngressGateway
        {
            Metadata = new() { Name = "eastwest", Namespace = "istio-system" },
            Spec = new()
            {
                EastWestOnly = true,
                KubeSpec = new() { Deployment = new() { PodAnnotations = { [IstioAnnotations.ProxyConfig] = "gatewayTopology: {forwardClientCertDetails: ALWAYS_FORWARD_ONLY}" } } },
            },
        };

        Assert.That(Run(Rule, gateway), Is.Empty);
    }

    [Test]
    public void A_TSB_egress_gateway_is_compliant()
    {
        var gateway = new EgressGateway
        {
            Metadata = new() { Name = "egress", Namespace = "egress" },
            Spec = new() { KubeSpec = new() { Deployment = new() { PodAnnotations = { [IstioAnnotations.ProxyConfig] = "gatewayTopology: {forwardClientCertDetails: ALWAYS_FORWARD_ONLY}" } } } },
        };

        Assert.That(Run(Rule, gateway), Is.Empty);
    }
}
