using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Traffic;

/// <summary>
/// MESH040: warmup ignored for the load-balancer type, on a LoadBalancerSettings creation that sets
/// Warmup or WarmupDurationSecs together with Simple = Random / Passthrough or a ConsistentHash.
/// An unset Simple is LEAST_REQUEST (Istio's default), which honours warmup.
/// </summary>
internal sealed partial class TrafficAnalyzer
{
    private static void WarmupIgnored(MeshRuleContext context, IObjectCreationOperation loadBalancer)
    {
        if (!Set(Member(loadBalancer, "Warmup")) && !Set(Member(loadBalancer, "WarmupDurationSecs"))) return;
        var algorithm = EnumMember(Member(loadBalancer, "Simple")) switch
        {
            "Random" => "RANDOM",
            "Passthrough" => "PASSTHROUGH",
            _ => Set(Member(loadBalancer, "ConsistentHash")) ? "consistentHash" : null,
        };
        if (algorithm is null) return;
        context.Report(
            DiagnosticDescriptors.WarmupIgnored,
            loadBalancer,
            Subjects.Of(loadBalancer, context.Symbols, "LoadBalancerSettings"),
            algorithm);
    }
}
