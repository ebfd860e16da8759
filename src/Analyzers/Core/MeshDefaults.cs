using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>Mesh-wide settings an IstioOperator shows (values.pilot.env, compatibilityVersion).</summary>
internal static class MeshDefaults
{
    public const string EnableNativeSidecars = "ENABLE_NATIVE_SIDECARS";

    /// <summary>
    /// Whether pods of the mesh an IstioOperator installs get native sidecars by default:
    /// <c>values.pilot.env.ENABLE_NATIVE_SIDECARS</c> ("true"/"false"/"auto") when visible, else
    /// Istio's default for the target versions (and <c>compatibilityVersion</c> below 1.27 keeps it off: the
    /// 1.24-1.26 compatibility profiles set <c>ENABLE_NATIVE_SIDECARS: "false"</c>).
    /// Null when the env is not visible.
    /// </summary>
    public static bool? Native(IObjectCreationOperation operatorSpec, MeshSymbols symbols, AnalyzerTargets targets, out string reason)
    {
        reason = "";
        var values = Creation(Member(operatorSpec, "Values"), symbols);
        var pilot = Creation(Member(values, "Pilot"), symbols);
        string? env = null;
        var envValue = Member(pilot, "Env");
        if (envValue is not null)
        {
            var entries = Entries(envValue, out var complete);
            var entry = Entry(entries, EnableNativeSidecars);
            if (entry is null && !complete) return null;
            if (entry is not null && (env = String(entry)) is null) return null;
        }
        else if (HasMember(values, "Pilot") && pilot is null || HasMember(operatorSpec, "Values") && values is null)
        {
            return null;
        }

        switch (env)
        {
            case "true":
                reason = EnableNativeSidecars + "=true";
                return targets.KubernetesAtLeast(1, 29) && targets.IstioAtLeast(1, 19);
            case "false":
                reason = EnableNativeSidecars + "=false";
                return false;
        }
        if (String(Member(operatorSpec, "CompatibilityVersion")) is { } compat
            && AnalyzerTargets.Parse(compat, targets.IstioVersion, out var declared) is var v && declared && v < new Version(1, 27) && targets.IstioAtLeast(1, 27))
        {
            reason = "compatibilityVersion " + compat + " keeps native sidecars off";
            return false;
        }
        return PodFacts.NativeByDefault(targets, out reason);
    }

    /// <summary>Seconds as text: 5, 1.5.</summary>
    public static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
