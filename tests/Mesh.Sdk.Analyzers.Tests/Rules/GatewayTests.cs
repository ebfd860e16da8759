using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;
using static Mesh.Sdk.Analyzers.Tests.Rules.Sources;

namespace Mesh.Sdk.Analyzers.Tests.Rules;

/// <summary>MESH030 (gatewayTopology on a non-gateway) and MESH031 (ALWAYS_FORWARD_ONLY on an edge gateway).</summary>
public sealed class GatewayTests
{
    private const string Topology = ".SetProxyConfig(new ProxyConfig { GatewayTopology = new() { NumTrustedProxies = 1 } })";

    [Test]
    public async Task GatewayTopologyOnAnAppIsReportedAtThePodSpec()
    {
        var source = Deployment("new TemplateMetadata { Labels = { [\"app\"] = \"web\" } }" + Topology, AppWithSleep(5), podSpecNew: "new() //!");

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics, Has.Length.EqualTo(1), string.Join("\n", diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics[0].Id, Is.EqualTo("MESH030"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(Line(diagnostics[0]), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(diagnostics[0]), Does.StartWith("Deployment shop/web: gatewayTopology only affects gateways"));
        });
    }

    [TestCase("new TemplateMetadata { Labels = { [\"istio\"] = \"ingressgateway\" } }", TestName = "Compliant_IstioGatewayLabel")]
    [TestCase("new TemplateMetadata { Annotations = { [IstioAnnotations.InjectTemplates] = \"gateway\" } }", TestName = "Compliant_GatewayTemplate")]
    [TestCase("new TemplateMetadata { Labels = Labels() }", TestName = "Compliant_LabelsNotVisible")]
    public async Task GatewayTopologyOnAGatewayOrUnknownPodIsNotReported(string metadata)
    {
        var source = Deployment(metadata + Topology, AppWithSleep(5))
            .Replace("public static class Definitions\n{", "public static class Definitions\n{\n    static Dictionary<string, string> Labels() => new() { [\"istio\"] = \"ingressgateway\" };", StringComparison.Ordinal);

        Assert.That(await AnalyzeMeshAsync(source), Is.Empty);
    }

    [Test]
    public async Task MeshWideAlwaysForwardWithTheDefaultIngressGatewayIsReportedAtTheTopology()
    {
        var source = InBuild("""
                yield return new IstioOperator
                {
                    Metadata = new() { Name = "cp", Namespace = "istio-system" },
                    Spec = new()
                    {
                        MeshConfig = new()
                        {
                            DefaultConfig = new()
                            {
                                GatewayTopology = new() { ForwardClientCertDetails = ForwardClientCertDetails.AlwaysForwardOnly }, //!
                            },
                        },
                    },
                };
        """);

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics, Has.Length.EqualTo(1), string.Join("\n", diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics[0].Id, Is.EqualTo("MESH031"));
            Assert.That(Line(diagnostics[0]), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(diagnostics[0]), Does.StartWith(
                "IstioOperator istio-system/cp meshConfig.defaultConfig: forwardClientCertDetails ALWAYS_FORWARD_ONLY on a gateway that receives external traffic (the default profile's istio-ingressgateway, a LoadBalancer Service)"));
        });
    }

    [TestCase("Profile = \"minimal\",", TestName = "Compliant_NoIngressGateway")]
    [TestCase("Components = new() { IngressGateways = [new() { Name = \"internal\", Enabled = true, K8s = new() { Service = new() { Type = ServiceType.ClusterIP } } }] },", TestName = "Compliant_InternalGatewayOnly")]
    public async Task MeshWideAlwaysForwardWithoutAnEdgeGatewayIsNotReported(string spec)
    {
        var source = InBuild($$"""
                yield return new IstioOperator
                {
                    Metadata = new() { Name = "cp", Namespace = "istio-system" },
                    Spec = new()
                    {
                        {{spec}}
                        MeshConfig = new() { DefaultConfig = new() { GatewayTopology = new() { ForwardClientCertDetails = ForwardClientCertDetails.AlwaysForwardOnly } } },
                    },
                };
        """);

        Assert.That(await AnalyzeMeshAsync(source), Is.Empty);
    }

    [TestCase("ServiceType.LoadBalancer", true, TestName = "Mesh031_GatewayBehindLoadBalancer")]
    [TestCase("ServiceType.ClusterIP", false, TestName = "Compliant_GatewayBehindClusterIP")]
    public async Task AGatewayPodWithAlwaysForwardIsReportedWhenAnExternalServiceSelectsIt(string serviceType, bool reported)
    {
        var source = InBuild($$"""
                yield return new Deployment
                {
                    Metadata = new() { Name = "edge", Namespace = "shop" },
                    Spec = new()
                    {
                        Selector = new() { MatchLabels = { ["istio"] = "ingressgateway" } },
                        Template = new()
                        {
                            Metadata = new TemplateMetadata { Labels = { ["istio"] = "ingressgateway" } }
                                .SetProxyConfig(new ProxyConfig { GatewayTopology = new() { ForwardClientCertDetails = ForwardClientCertDetails.AlwaysForwardOnly } }), //!
                            Spec = new() { Containers = [new() { Name = "istio-proxy", Image = "auto" }] },
                        },
                    },
                };
                yield return new Service
                {
                    Metadata = new() { Name = "edge", Namespace = "shop" },
                    Spec = new() { Type = {{serviceType}}, Selector = { ["istio"] = "ingressgateway" }, Ports = [new() { Port = 443 }] },
                };
        """);

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(reported ? new[] { ("MESH031", MarkedLines(source).Single()) } : []));
        if (reported) Assert.That(Message(diagnostics.Single()), Does.Contain("(Service shop/edge, a LoadBalancer Service)"));
    }
}
