using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules.Startup;

/// <summary>
/// MESH025: a Job or CronJob whose pods get a legacy sidecar: the proxy keeps running after the job's
/// containers exit, so the Job never completes (istio#11659); native sidecars are stopped once the regular
/// containers finish (K2). Reported at the pod spec.
/// </summary>
internal sealed class JobWithLegacySidecarRule : IMeshRule
{
    public MeshRule Rule => MeshRules.JobWithLegacySidecar;

    public void Check(RuleContext context)
    {
        foreach (var w in context.Workloads())
        {
            if (w.IsJob && w.Injected && !w.Native) context.Report(Rule, w.PodSpec, w.ToString());
        }
    }
}
