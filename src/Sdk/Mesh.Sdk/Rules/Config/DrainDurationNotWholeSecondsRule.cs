using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules.Config;

/// <summary>
/// MESH002: <c>drainDuration</c> shorter than 1s or with a sub-second part: Istio validates it to whole
/// seconds (Envoy gets <c>--drain-time-s &lt;int&gt;</c>) and rejects the pod otherwise (I5 ValidateDrainDuration,
/// I2 proxy.go). Judged in every IstioOperator's defaultConfig, every TSB overlay patch and every pod's
/// annotation; reported once per setting at its subject.
/// </summary>
internal sealed class DrainDurationNotWholeSecondsRule : IMeshRule
{
    private static readonly Duration OneSecond = Duration.FromSeconds(1);

    public MeshRule Rule => MeshRules.DrainDurationNotWholeSeconds;

    public void Check(RuleContext context)
    {
        var facts = context.Facts();
        var seen = new HashSet<ModelObject>(ReferenceEqualityComparer.Instance);
        foreach (var op in context.OfType<IstioOperator>())
        {
            if (op.Spec?.MeshConfig?.DefaultConfig is { DrainDuration: { } d } dc) Judge(d, dc, RuleContext.Describe(op));
        }
        foreach (var patch in facts.MeshConfigPatches)
        {
            if (ProxySettings.FromOverlayPatches([patch]).DrainDuration is { } d) Judge(d.Value, patch, facts.Describe(patch, "the mesh"));
        }
        foreach (var w in context.Workloads())
        {
            if (w.PodProxy.DrainDuration is { } d) Judge(d.Value, d.Subject, w.ToString());
        }

        void Judge(Duration value, ModelObject subject, string what)
        {
            var problem = value < OneSecond ? "shorter than 1s" : !value.IsWholeSeconds ? "not whole seconds" : null;
            if (problem is null || !seen.Add(subject)) return;
            var fix = Duration.FromSeconds(Math.Max(1, RuleFormat.CeilSeconds(value)));
            context.Report(Rule, subject, what, value, problem, fix);
        }
    }
}
