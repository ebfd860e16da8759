using System.Collections.Immutable;
using System.Globalization;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Traffic;

/// <summary>
/// MESH041: invalid or deprecated warmup configuration, on a LoadBalancerSettings creation.
/// Cases, in the order checked (one diagnostic per LoadBalancerSettings, the first that applies):
/// both WarmupDurationSecs and Warmup (CRD: only one); Warmup on a target Istio below 1.24 (field
/// unknown there); Warmup.Aggression ≤ 0; Warmup.MinimumPercent outside 0-100; then, as Info,
/// WarmupDurationSecs on a target Istio ≥ 1.24 (deprecated). Warmup without Duration cannot compile
/// (Duration is required). Values that are not constants are left to the build engine.
/// </summary>
internal sealed partial class TrafficAnalyzer
{
    /// <summary>Fixer data: which case: Both, WarmupNeedsIstio124, Aggression, MinimumPercent, Deprecated.</summary>
    public const string WarmupCaseProperty = "WarmupCase";

    private static void InvalidWarmup(MeshRuleContext context, IObjectCreationOperation loadBalancer)
    {
        var symbols = context.Symbols;
        var legacy = Set(Member(loadBalancer, "WarmupDurationSecs"));
        var warmupValue = Member(loadBalancer, "Warmup");
        var warmupSet = Set(warmupValue);
        var warmup = warmupSet ? Creation(warmupValue, symbols) : null;
        var targets = context.Targets;

        string? detail = null;
        string? kind = null;
        var severity = DiagnosticSeverity.Error;
        if (legacy && warmupSet)
        {
            kind = "Both";
            detail = "WarmupDurationSecs and Warmup are both set, and Istio's CRD accepts only one of them. Keep Warmup and remove WarmupDurationSecs"
                + (targets.IstioAtLeast(1, 24) ? "" : " (or, for " + targets.Istio + ", keep WarmupDurationSecs)");
        }
        else if (warmupSet && !targets.IstioAtLeast(1, 24))
        {
            kind = "WarmupNeedsIstio124";
            detail = "Warmup needs Istio ≥ 1.24 (" + targets.Istio + "), so the API server rejects the field. Use WarmupDurationSecs on this Istio version";
        }
        else if (Number(Member(warmup, "Aggression")) is { } aggression && aggression <= 0)
        {
            kind = "Aggression";
            detail = "Warmup.Aggression " + Format(aggression) + " must be greater than 0. Use 1.0 (a linear ramp) or more";
        }
        else if (Number(Member(warmup, "MinimumPercent")) is { } percent && (percent < 0 || percent > 100))
        {
            kind = "MinimumPercent";
            detail = "Warmup.MinimumPercent " + Format(percent) + " is outside 0-100. Use a percentage such as 10 (Istio's default)";
        }
        else if (legacy && targets.IstioAtLeast(1, 24))
        {
            kind = "Deprecated";
            severity = DiagnosticSeverity.Info;
            detail = "WarmupDurationSecs is deprecated since Istio 1.24 (" + targets.Istio + "). Use Warmup = new() { Duration = ... } instead";
        }
        if (detail is null) return;

        context.Report(
            DiagnosticDescriptors.InvalidWarmup,
            loadBalancer,
            severity,
            ImmutableDictionary<string, string?>.Empty.Add(WarmupCaseProperty, kind),
            Subjects.Of(loadBalancer, symbols, "LoadBalancerSettings"),
            detail);
    }

    /// <summary>True when a value is assigned and it is not null.</summary>
    private static bool Set(IOperation? value) => value is not null && !IsNull(value);

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
