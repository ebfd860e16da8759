using System.Globalization;
using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio.Networking.V1;

namespace Mesh.Sdk.Rules;

/// <summary>
/// MESH041: a <c>loadBalancer</c> slow-start setting Istio rejects or ignores, or a deprecated one (P3, I7, I9):
/// <list type="bullet">
/// <item>Error: both <c>warmupDurationSecs</c> and <c>warmup</c> (CRD CEL "only one of warmupDurationSecs or warmup can be set");</item>
/// <item>Error: <c>warmup.duration</c> below 1ms, <c>aggression</c> not above 0, <c>minimumPercent</c> outside 0-100;</item>
/// <item>Error: <c>warmup</c> with target Istio below 1.24 (the field does not exist there), <c>warmupDurationSecs</c> below 1.14;</item>
/// <item>Info: <c>warmupDurationSecs</c> with target Istio 1.24 or later ("Deprecated: use warmup").</item>
/// </list>
/// One finding per problem, each at the <see cref="LoadBalancerSettings"/>.
/// </summary>
internal sealed class InvalidWarmupRule : IMeshRule
{
    /// <summary>Istio 1.24 added <c>warmup</c> and deprecated <c>warmupDurationSecs</c> (istio/api#3216).</summary>
    private static readonly Version WarmupSince = new(1, 24);

    /// <summary>Istio 1.14 added <c>warmupDurationSecs</c> (istio/api#2153).</summary>
    private static readonly Version WarmupDurationSecsSince = new(1, 14);

    private static readonly Duration MinimumDuration = Duration.FromMilliseconds(1);

    public MeshRule Rule => MeshRules.InvalidWarmup;

    public void Check(RuleContext context)
    {
        var istio = context.Targets.Istio;
        foreach (var (rule, lb, path) in LoadBalancers.All(context))
        {
            var subject = RuleContext.Describe(rule);
#pragma warning disable CS0618 // the deprecated field is what this rule looks for
            var legacy = lb.WarmupDurationSecs;
#pragma warning restore CS0618
            var warmup = lb.Warmup;

            if (legacy is not null && warmup is not null)
            {
                Error(context, lb, subject,
                    $"{path} sets both warmupDurationSecs and warmup; the API server accepts only one of them. Keep warmup and remove warmupDurationSecs");
            }
            if (warmup is not null)
            {
                if (warmup.Duration < MinimumDuration)
                {
                    Error(context, lb, subject,
                        $"{path}.warmup.duration is {warmup.Duration}; it is required and must be at least 1ms. Set Duration to the slow-start window, e.g. 30s");
                }
                if (warmup.Aggression is { } aggression && !(aggression > 0))
                {
                    Error(context, lb, subject,
                        $"{path}.warmup.aggression is {Format(aggression)}; Istio requires it to be greater than 0. Use 1.0 (linear, the default) or more");
                }
                if (warmup.MinimumPercent is { } percent && !(percent is >= 0 and <= 100))
                {
                    Error(context, lb, subject,
                        $"{path}.warmup.minimumPercent is {Format(percent)}; it must be from 0 to 100. Use 10 (the default) or another percentage");
                }
                if (istio < WarmupSince)
                {
                    Error(context, lb, subject,
                        $"{path}.warmup needs Istio 1.24 or later ({context.IstioAssumption}), so the API server rejects the DestinationRule. Use warmupDurationSecs, or raise MeshIstioVersion");
                }
            }
            if (legacy is { } seconds)
            {
                if (istio < WarmupDurationSecsSince)
                {
                    Error(context, lb, subject,
                        $"{path}.warmupDurationSecs needs Istio 1.14 or later ({context.IstioAssumption}), so the API server rejects the DestinationRule. Remove it, or raise MeshIstioVersion");
                }
                else if (istio >= WarmupSince && warmup is null)
                {
                    context.Report(Rule, MeshSeverity.Info, lb, null, subject,
                        $"{path}.warmupDurationSecs is deprecated since Istio 1.24 ({context.IstioAssumption}). Move the {seconds} window to Warmup.Duration (warmup.duration)");
                }
            }
        }
    }

    private void Error(RuleContext context, LoadBalancerSettings lb, string subject, string text) =>
        context.Report(Rule, MeshSeverity.Error, lb, null, subject, text);

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
