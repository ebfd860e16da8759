using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio.Networking.V1;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Rules;

/// <summary>
/// MESH040: <c>warmup</c> (or the deprecated <c>warmupDurationSecs</c>) on a load balancer that
/// ignores it: <c>RANDOM</c>, <c>PASSTHROUGH</c> or <c>consistentHash</c>. Istio attaches slow start
/// only to ROUND_ROBIN and LEAST_REQUEST (the default when <c>simple</c> is unset) (P3, I7).
/// Reported at the <see cref="LoadBalancerSettings"/>.
/// </summary>
internal sealed class WarmupIgnoredRule : IMeshRule
{
    public MeshRule Rule => MeshRules.WarmupIgnored;

    public void Check(RuleContext context)
    {
        foreach (var (rule, lb, path) in LoadBalancers.All(context))
        {
#pragma warning disable CS0618 // the deprecated field is what this rule looks for
            var hasWarmup = lb.Warmup is not null || lb.WarmupDurationSecs is not null;
#pragma warning restore CS0618
            if (!hasWarmup) continue;
            var kind = lb.ConsistentHash is not null
                ? "consistentHash"
                : lb.Simple is SimpleLoadBalancer.Random or SimpleLoadBalancer.Passthrough ? EnumWireNames.Get(lb.Simple.Value) : null;
            if (kind is null) continue;
            context.Report(Rule, lb, RuleContext.Describe(rule), $"{kind} ({path})");
        }
    }
}
