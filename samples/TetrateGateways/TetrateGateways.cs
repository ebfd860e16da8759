using Mesh.Sdk;
using Mesh.Sdk.Model;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;

namespace TetrateGateways;

/// <summary>
/// Scenario (g): Tetrate Service Bridge. Sidecar drain settings reach Istio through a ControlPlane
/// overlay on the IstioOperator that TSB renders (tsb-istiocontrolplane); TSB gateways drain with
/// connectionDrainDuration. The TSB &lt;= 1.4 guide patched drainDuration, which does not lengthen
/// sidecar shutdown (MESH014); the 1.5.x guide uses terminationDrainDuration, as here.
/// </summary>
[Manifest("tetrate-gateways")]
public sealed class TetrateGatewaysManifest : ManifestDefinition
{
    public override IEnumerable<KubernetesObject> Build(ManifestContext context)
    {
        yield return new ControlPlane
        {
            Metadata = new() { Name = "controlplane", Namespace = "istio-system" },
            Spec = new()
            {
                Hub = "registry.example.com/tetrate",
                ManagementPlane = new() { Host = "tsb.example.com", Port = 8443, ClusterName = "prod-eu-1" },
                TelemetryStore = new() { Elastic = new() { Host = "elastic.example.com", Port = 9200 } },
                Components = new()
                {
                    Istio = new()
                    {
                        KubeSpec = new()
                        {
                            Overlays =
                            [
                                KubernetesOverlay.IstioOperator(
                                    OverlayPatch.MeshDefaultConfig("terminationDrainDuration", Duration.FromSeconds(20)),
                                    OverlayPatch.Set(OverlayPaths.ProxyMetadata, new Dictionary<string, object?> { ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS"] = "true" })),
                            ],
                        },
                    },
                },
            },
        };

        // The gateway waits 20 s for connections to finish, inside the pod's 30 s grace period.
        yield return new IngressGateway
        {
            Metadata = new() { Name = "shop-gateway", Namespace = "shop" },
            Spec = new()
            {
                ConnectionDrainDuration = Duration.FromSeconds(20),
                KubeSpec = new()
                {
                    Deployment = new() { ReplicaCount = 2 },
                },
            },
        };

        yield return new Tier1Gateway
        {
            Metadata = new() { Name = "tier1", Namespace = "tier1" },
            Spec = new() { ConnectionDrainDuration = Duration.FromSeconds(10) },
        };
    }
}
