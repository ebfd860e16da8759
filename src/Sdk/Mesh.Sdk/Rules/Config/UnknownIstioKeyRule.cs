using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules.Config;

/// <summary>
/// MESH003: a pod annotation or label in an Istio key namespace that Istio does not know (a typo such as
/// <c>sidecar.istio.io/nativeSidecars</c>; IST0108) — Warning; or a deprecated key, including the
/// <c>sidecar.istio.io/inject</c> annotation (IST0135) — Info. Judged on pod template and Pod metadata;
/// reported at the metadata, once per key.
/// </summary>
internal sealed class UnknownIstioKeyRule : IMeshRule
{
    public MeshRule Rule => MeshRules.UnknownIstioKey;

    public void Check(RuleContext context)
    {
        foreach (var w in context.Workloads())
        {
            foreach (var key in w.Annotations.Keys)
            {
                if (key is null || !IstioKeys.IsJudged(key)) continue;
                if (IstioKeys.Annotations.TryGetValue(key, out var deprecated))
                {
                    if (deprecated is not null) Report(w, MeshSeverity.Info, "annotation", key, $"is deprecated (IST0135): {deprecated}");
                }
                else if (IstioKeys.Labels.Contains(key))
                {
                    continue;
                }
                else
                {
                    Report(w, MeshSeverity.Warning, "annotation", key, Unknown(key, "annotation", IstioKeys.Annotations.Keys));
                }
            }
            foreach (var key in w.Labels.Keys)
            {
                if (key is null || !IstioKeys.IsJudged(key) || IstioKeys.Labels.Contains(key)) continue;
                var what = IstioKeys.Annotations.ContainsKey(key)
                    ? "is an annotation, not a label, so Istio ignores it here. Move it to the annotations"
                    : Unknown(key, "label", IstioKeys.Labels);
                Report(w, MeshSeverity.Warning, "label", key, what);
            }
        }

        void Report(WorkloadFacts w, MeshSeverity severity, string kind, string key, string what) =>
            context.Report(Rule, severity, w.Metadata, null, w.ToString(), kind, key, what);
    }

    private static string Unknown(string key, string kind, IEnumerable<string> known) =>
        $"is not an Istio {kind}, so Istio ignores it (IST0108). " +
        (Names.Closest(key, known) is { } s ? $"Did you mean '{s}'?" : "Use a key from IstioAnnotations / IstioLabels");
}
