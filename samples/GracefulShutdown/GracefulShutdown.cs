using Mesh.Sdk;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Workloads;
using ProxyConfig = Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig;

namespace GracefulShutdown;

/// <summary>
/// Scenario (b): graceful shutdown of the app and its sidecar — no 502/503/504 while pods go away.
/// The modern ways first, then the origin notes' injector-template netstat loop, kept as a
/// record of the legacy pattern (later rules flag it: MESH016).
/// </summary>
[Manifest("graceful-shutdown")]
public sealed class GracefulShutdownManifest : ManifestDefinition
{
    public override IEnumerable<KubernetesObject> Build(ManifestContext context)
    {
        // Modern, by intent: preStop delay, a grace period that covers preStop + shutdown, and a
        // native sidecar that stops after the app (or EXIT_ON_ZERO_ACTIVE_CONNECTIONS on old targets).
        var checkout = new MeshedService
        {
            Name = "checkout",
            Namespace = "shop",
            Image = "ghcr.io/acme/checkout:3.2.0",
            ReadinessPath = "/healthz/ready",
            PreStopDelay = Duration.FromSeconds(10),
            AppShutdown = Duration.FromSeconds(25),
        }.Expand(context.Targets);
        foreach (var o in checkout) yield return o;

        // Modern, by hand, for a legacy (non-native) sidecar: the proxy exits once its
        // connections reach zero, after a minimum drain that is well inside the grace period.
        yield return new Deployment
        {
            Metadata = new() { Name = "inventory", Namespace = "shop" },
            Spec = new()
            {
                Selector = new() { MatchLabels = { ["app"] = "inventory" } },
                Template = new()
                {
                    Metadata = new TemplateMetadata { Labels = { ["app"] = "inventory" } }
                        .InjectSidecar(true)
                        .UseNativeSidecar(false)
                        .SetProxyConfig(new ProxyConfig
                        {
                            ExitOnZeroActiveConnections = true,
                            MinimumDrainDuration = Duration.FromSeconds(10),
                        }),
                    Spec = new()
                    {
                        TerminationGracePeriodSeconds = 45,
                        Containers =
                        [
                            new()
                            {
                                Name = "inventory",
                                Image = "ghcr.io/acme/inventory:1.8.1",
                                Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 10 } } },
                            },
                        ],
                    },
                },
            },
        };

        // Legacy (origin notes): a shell loop in the istio-proxy preStop, set mesh wide through the
        // injector values. It needs a shell and netstat in the proxy image (not in distroless) and
        // replaces Istio's own hooks; EXIT_ON_ZERO_ACTIVE_CONNECTIONS and native sidecars supersede it.
        yield return new IstioOperator
        {
            Metadata = new() { Name = "legacy-drain", Namespace = "istio-system" },
            Spec = new()
            {
                Values = new()
                {
                    Global = new()
                    {
                        Proxy = new()
                        {
                            Lifecycle = new()
                            {
                                PreStop = new()
                                {
                                    Exec = new()
                                    {
                                        Command =
                                        [
                                            "/bin/sh", "-c",
                                            "while [ $(netstat -plunt | grep tcp | grep -v envoy | wc -l | xargs) -ne 0 ]; do sleep 1; done",
                                        ],
                                    },
                                },
                            },
                        },
                    },
                },
            },
        };
    }
}
