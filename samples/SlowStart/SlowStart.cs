using Mesh.Sdk;
using Mesh.Sdk.Istio.Networking.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Workloads;

namespace SlowStart;

/// <summary>
/// Scenario (e): slow start for new pods. Envoy ramps a new endpoint's share of traffic over the
/// warmup window instead of sending it a full share cold (JIT, caches, connection pools). Istio
/// supports it for ROUND_ROBIN and LEAST_REQUEST only.
/// </summary>
[Manifest("slow-start")]
public sealed class SlowStartManifest : ManifestDefinition
{
    public override IEnumerable<KubernetesObject> Build(ManifestContext context)
    {
        // By intent: MeshedService writes the DestinationRule (warmup block on Istio >= 1.24).
        var search = new MeshedService
        {
            Name = "search",
            Namespace = "shop",
            Image = "ghcr.io/acme/search:4.0.0",
            ReadinessPath = "/healthz/ready",
            Warmup = Duration.FromSeconds(90),
        }.Expand(context.Targets);
        foreach (var o in search) yield return o;

        // By hand: a gentler ramp with a higher floor and a non-linear curve.
        yield return new DestinationRule
        {
            Metadata = new() { Name = "recommendations", Namespace = "shop" },
            Spec = new()
            {
                Host = "recommendations.shop.svc.cluster.local",
                TrafficPolicy = new()
                {
                    LoadBalancer = new()
                    {
                        Simple = SimpleLoadBalancer.RoundRobin,
                        Warmup = new() { Duration = Duration.FromSeconds(120), MinimumPercent = 20, Aggression = 1.5 },
                    },
                },
            },
        };
    }
}
