using Mesh.Sdk;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Istio.Mesh.V1Alpha1;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;

namespace ClientIdentity;

/// <summary>
/// Scenario (d): forwarding the client IP and client certificate through gateways. The gateway
/// must trust exactly as many proxies as sit in front of it (numTrustedProxies) to take the
/// client IP from X-Forwarded-For, and forward client certificate details without letting
/// clients inject them (SANITIZE_SET, the gateway default; APPEND_FORWARD behind mTLS).
/// </summary>
[Manifest("client-identity")]
public sealed class ClientIdentityManifest : ManifestDefinition
{
    public override IEnumerable<KubernetesObject> Build(ManifestContext context)
    {
        var topology = new Topology
        {
            NumTrustedProxies = 2, // a cloud load balancer and a CDN in front of the gateway
            ForwardClientCertDetails = ForwardClientCertDetails.AppendForward,
        };

        // Mesh wide (origin notes): every gateway gets the topology.
        yield return new IstioOperator
        {
            Metadata = new() { Name = "gateway-topology", Namespace = "istio-system" },
            Spec = new() { MeshConfig = new() { DefaultConfig = new() { GatewayTopology = topology } } },
        };

        // Per gateway pod: the same setting as the pod's proxy.istio.io/config annotation (a
        // YAML string, written from the typed ProxyConfig instead of hand-written JSON).
        yield return new Deployment
        {
            Metadata = new() { Name = "ingress-edge", Namespace = "istio-ingress" },
            Spec = new()
            {
                Replicas = 2,
                Selector = new() { MatchLabels = { ["istio"] = "ingress-edge" } },
                Template = new()
                {
                    Metadata = new TemplateMetadata
                    {
                        Labels = { ["istio"] = "ingress-edge" },
                        Annotations = { [IstioAnnotations.InjectTemplates] = "gateway" },
                    }
                    .InjectSidecar(true)
                    .SetProxyConfig(new ProxyConfig
                    {
                        GatewayTopology = new() { NumTrustedProxies = 1, ForwardClientCertDetails = ForwardClientCertDetails.SanitizeSet },
                    }),
                    Spec = new()
                    {
                        Containers = [new() { Name = "istio-proxy", Image = "auto" }],
                    },
                },
            },
        };
    }
}
