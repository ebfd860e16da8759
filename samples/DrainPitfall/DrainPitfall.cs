using Mesh.Sdk;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;
using ProxyConfig = Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig;

namespace DrainPitfall;

/// <summary>
/// Scenario (c): terminationDrainDuration vs drainDuration, on targets without native sidecars
/// (this project declares Kubernetes 1.28 / Istio 1.22). drainDuration is only Envoy's
/// --drain-time-s; the agent still kills Envoy after terminationDrainDuration (default 5 s),
/// so raising drainDuration alone does not lengthen sidecar shutdown (MESH014).
/// </summary>
[Manifest("drain-pitfall")]
public sealed class DrainPitfallManifest : ManifestDefinition
{
    public override IEnumerable<KubernetesObject> Build(ManifestContext context)
    {
        // The pitfall (TSB <= 1.4 advice): only drainDuration raised, mesh wide.
        yield return new IstioOperator
        {
            Metadata = new() { Name = "pitfall", Namespace = "istio-system" },
            Spec = new() { MeshConfig = new() { DefaultConfig = new() { DrainDuration = Duration.FromSeconds(50) } } },
        };

        // The fix, mesh wide: terminationDrainDuration bounds how long the agent lets Envoy drain.
        yield return new IstioOperator
        {
            Metadata = new() { Name = "fixed", Namespace = "istio-system" },
            Spec = new() { MeshConfig = new() { DefaultConfig = new() { TerminationDrainDuration = Duration.FromSeconds(25) } } },
        };

        // The fix, per pod: the sidecar outlives the app's 15 s preStop, inside a 45 s grace period.
        yield return new Deployment
        {
            Metadata = new() { Name = "payments", Namespace = "shop" },
            Spec = new()
            {
                Selector = new() { MatchLabels = { ["app"] = "payments" } },
                Template = new()
                {
                    Metadata = new TemplateMetadata { Labels = { ["app"] = "payments" } }
                        .InjectSidecar(true)
                        .SetProxyConfig(new ProxyConfig { TerminationDrainDuration = Duration.FromSeconds(25) }),
                    Spec = new()
                    {
                        TerminationGracePeriodSeconds = 45,
                        Containers =
                        [
                            new()
                            {
                                Name = "payments",
                                Image = "ghcr.io/acme/payments:5.0.2",
                                Lifecycle = new() { PreStop = new() { Exec = new() { Command = ["sleep", "15"] } } },
                            },
                        ],
                    },
                },
            },
        };
    }
}
