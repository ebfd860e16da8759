using Mesh.Sdk;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Workloads;
using ProxyConfig = Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig;

namespace StartOrdering;

/// <summary>
/// Scenario (a): an app that calls the network while it starts (a config service, a token
/// endpoint) must not start before its sidecar is ready. Three ways, from narrowest to widest.
/// </summary>
[Manifest("start-ordering")]
public sealed class StartOrderingManifest : ManifestDefinition
{
    public override IEnumerable<KubernetesObject> Build(ManifestContext context)
    {
        // 1. Per pod, by intent: on targets with native sidecars the sidecar starts first by
        //    itself; on older targets MeshedService adds holdApplicationUntilProxyStarts.
        var orders = new MeshedService
        {
            Name = "orders",
            Namespace = "shop",
            Image = "ghcr.io/acme/orders:2.1.0",
            ReadinessPath = "/healthz/ready",
            NeedsNetworkAtStart = true,
        }.Expand(context.Targets);
        foreach (var o in orders) yield return o;

        // 2. Per pod, by hand: the typed ProxyConfig becomes the proxy.istio.io/config annotation.
        yield return new Deployment
        {
            Metadata = new() { Name = "billing", Namespace = "shop" },
            Spec = new()
            {
                Selector = new() { MatchLabels = { ["app"] = "billing" } },
                Template = new()
                {
                    Metadata = new TemplateMetadata { Labels = { ["app"] = "billing" } }
                        .InjectSidecar(true)
                        .SetProxyConfig(new ProxyConfig { HoldApplicationUntilProxyStarts = true }),
                    Spec = new()
                    {
                        TerminationGracePeriodSeconds = 35,
                        Containers = [new() { Name = "billing", Image = "ghcr.io/acme/billing:1.0.3", Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 10 } } } }],
                    },
                },
            },
        };

        // 3. Mesh wide: every injected pod waits for its proxy (meshConfig.defaultConfig, not the
        //    deprecated values.global.proxy.holdApplicationUntilProxyStarts).
        yield return new IstioOperator
        {
            Metadata = new() { Name = "mesh", Namespace = "istio-system" },
            Spec = new()
            {
                Profile = "default",
                MeshConfig = new() { DefaultConfig = new() { HoldApplicationUntilProxyStarts = true } },
            },
        };
    }
}
