using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio.Mesh.V1Alpha1;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules.Lifecycle;

/// <summary>
/// MESH018: settings that only steer a legacy sidecar, set for a pod that runs a native one: hold is
/// ignored (I1 <c>$holdProxy</c>), and the native preStop drains the agent so it exits at once on SIGTERM
/// (terminationDrainDuration, EXIT_ON_ZERO_ACTIVE_CONNECTIONS unused; I2, I4). Judged on what the pod sets
/// itself (its annotation, a ProxyConfig resource selecting it); reported at the pod spec.
/// </summary>
internal sealed class LegacyKnobUnderNativeSidecarRule : IMeshRule
{
    public MeshRule Rule => MeshRules.LegacyKnobUnderNativeSidecar;

    public void Check(RuleContext context)
    {
        foreach (var w in context.Workloads())
        {
            if (!w.Injected || !w.Native) continue;
            var knobs = new List<string>();
            if (w.PodProxy.HoldApplicationUntilProxyStarts?.Value == true) knobs.Add("holdApplicationUntilProxyStarts");
            if (w.PodProxy.TerminationDrainDuration is not null) knobs.Add("terminationDrainDuration");
            var selectedResource = w.ExitOnZeroSetting is { Source: ProxySettingSource.ProxyConfigResource }
                && w.ProxyConfigResource?.Spec?.Selector?.MatchLabels.Count > 0;
            if (w.PodProxy.ExitOnZeroActiveConnections?.Value == true || (selectedResource && w.ExitOnZero))
                knobs.Add(ProxyMetadataKeys.ExitOnZeroActiveConnections);
            if (knobs.Count == 0) continue;
            context.Report(Rule, w.PodSpec, w.ToString(), string.Join(", ", knobs), w.NativeReason);
        }
    }
}
