using System.Globalization;
using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;

namespace Mesh.Sdk.Rules;

/// <summary>
/// MESH032: a TSB gateway's <c>connectionDrainDuration</c> is not shorter than its pod's
/// <c>terminationGracePeriodSeconds</c> (read from a Deployment overlay of the gateway's
/// <c>kubeSpec</c>, else the Kubernetes default of 30s), so the kubelet kills the gateway mid-drain
/// (T1, T2, K1). Reported at the gateway's <c>spec</c>.
/// </summary>
internal sealed class TsbDrainExceedsGraceRule : IMeshRule
{
    /// <summary>The Kubernetes default <c>terminationGracePeriodSeconds</c> (K1).</summary>
    private const long DefaultGraceSeconds = 30;

    public MeshRule Rule => MeshRules.TsbDrainExceedsGrace;

    public void Check(RuleContext context)
    {
        foreach (var gateway in TsbObjects.Gateways(context))
        {
            if (gateway.ConnectionDrainDuration is not { } drain) continue;
            var (grace, source) = Grace(gateway);
            if (grace is not { } seconds) continue; // an overlay value we cannot read: no guess
            if (drain.TotalSeconds >= seconds)
            {
                context.Report(Rule, gateway.Spec, RuleContext.Describe(gateway.Object), drain, seconds, source);
            }
        }
    }

    /// <summary>
    /// The grace period the gateway's pods get, from the Deployment overlay TSB applies (the last
    /// overlay per object, T3; the one named like the gateway when there are several): its last patch
    /// of <c>spec.template.spec.terminationGracePeriodSeconds</c>, else 30s. Null when the patch value
    /// is not a whole number.
    /// </summary>
    private static (long? Seconds, string Source) Grace(TsbGateway gateway)
    {
        var applied = new Dictionary<string, KubernetesOverlay>(StringComparer.Ordinal);
        foreach (var overlay in gateway.KubeSpec?.Overlays ?? [])
        {
            if (overlay is { Kind: "Deployment" }) applied[overlay.Name ?? ""] = overlay;
        }
        var deployment = applied.GetValueOrDefault(gateway.Object.Metadata?.Name ?? "") ?? applied.Values.LastOrDefault();
        var patch = deployment?.Patches?.LastOrDefault(p => p?.Path == OverlayPaths.TerminationGracePeriodSeconds);
        if (patch is null) return (DefaultGraceSeconds, ", the Kubernetes default");
        return (Seconds(patch.Value), ", from the Deployment overlay");
    }

    private static long? Seconds(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        double d when d == Math.Floor(d) && d is >= 0 and <= long.MaxValue => (long)d,
        decimal m when m == decimal.Floor(m) && m >= 0 => (long)m,
        IntOrString { IsString: false } ios => ios.IntValue,
        string text when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
