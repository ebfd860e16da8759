using Mesh.Sdk.Istio.Networking.V1;

namespace Mesh.Sdk.Rules;

/// <summary>
/// Every <c>loadBalancer</c> of every DestinationRule: the rule-level policy, its
/// <c>portLevelSettings</c>, and each subset's policy and port settings (P3). Each is evaluated on its
/// own: a subset's or port's <c>loadBalancer</c> replaces the outer one rather than merging with it.
/// </summary>
internal static class LoadBalancers
{
    /// <summary>The rule, the settings, and where they sit in the spec (e.g. <c>subsets[v2].trafficPolicy.loadBalancer</c>).</summary>
    public static IEnumerable<(DestinationRule Rule, LoadBalancerSettings Settings, string Path)> All(RuleContext context)
    {
        foreach (var rule in context.OfType<DestinationRule>())
        {
            var spec = rule.Spec;
            if (spec is null) continue;
            foreach (var (settings, path) in Of(spec.TrafficPolicy, "trafficPolicy"))
                yield return (rule, settings, path);
            foreach (var subset in spec.Subsets ?? [])
            {
                if (subset is null) continue;
                foreach (var (settings, path) in Of(subset.TrafficPolicy, $"subsets[{subset.Name}].trafficPolicy"))
                    yield return (rule, settings, path);
            }
        }
    }

    private static IEnumerable<(LoadBalancerSettings Settings, string Path)> Of(TrafficPolicy? policy, string path)
    {
        if (policy is null) yield break;
        if (policy.LoadBalancer is { } lb) yield return (lb, path + ".loadBalancer");
        var ports = policy.PortLevelSettings ?? [];
        for (var i = 0; i < ports.Count; i++)
        {
            var port = ports[i];
            if (port?.LoadBalancer is not { } portLb) continue;
            var which = port.Port?.Number is { } n ? $"port {n}" : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return (portLb, $"{path}.portLevelSettings[{which}].loadBalancer");
        }
    }
}
