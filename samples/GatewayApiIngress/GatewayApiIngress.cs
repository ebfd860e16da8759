using Mesh.Sdk;
using Mesh.Sdk.GatewayApi.V1;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Model;
using Mesh.Sdk.Workloads;
using ProxyConfig = Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig;

namespace GatewayApiIngress;

/// <summary>
/// Scenario (h): ingress through the Kubernetes Gateway API with Istio as the implementation.
/// Gateway API has no drain fields: Istio copies spec.infrastructure annotations onto the
/// gateway pods it deploys, so the gateway's proxy.istio.io/config goes there.
/// </summary>
[Manifest("gateway-api-ingress")]
public sealed class GatewayApiIngressManifest : ManifestDefinition
{
    public override IEnumerable<KubernetesObject> Build(ManifestContext context)
    {
        yield return new Gateway
        {
            Metadata = new() { Name = "edge", Namespace = "ingress" },
            Spec = new()
            {
                GatewayClassName = "istio",
                Listeners =
                [
                    new()
                    {
                        Name = "https",
                        Hostname = "shop.example.com",
                        Port = 443,
                        Protocol = ListenerProtocols.Https,
                        Tls = new() { Mode = TlsMode.Terminate, CertificateRefs = [new() { Name = "shop-example-com" }] },
                        AllowedRoutes = new() { Namespaces = new() { From = FromNamespaces.All } },
                    },
                ],
                Infrastructure = new()
                {
                    Annotations =
                    {
                        [IstioAnnotations.ProxyConfig] = new ProxyConfig
                        {
                            TerminationDrainDuration = Duration.FromSeconds(20),
                            GatewayTopology = new() { NumTrustedProxies = 1 },
                        }.ToAnnotationValue(),
                    },
                },
            },
        };

        yield return new HttpRoute
        {
            Metadata = new() { Name = "shop", Namespace = "shop" },
            Spec = new()
            {
                ParentRefs = [new() { Name = "edge", Namespace = "ingress", SectionName = "https" }],
                Hostnames = ["shop.example.com"],
                Rules =
                [
                    new()
                    {
                        Matches = [new() { Path = new() { Type = PathMatchType.PathPrefix, Value = "/" } }],
                        BackendRefs = [new() { Name = "storefront", Port = 80 }],
                        Timeouts = new() { Request = "15s" },
                    },
                ],
            },
        };

        var storefront = new MeshedService
        {
            Name = "storefront",
            Namespace = "shop",
            Image = "ghcr.io/acme/storefront:7.3.1",
            ReadinessPath = "/healthz/ready",
        }.Expand(context.Targets);
        foreach (var o in storefront) yield return o;
    }
}
