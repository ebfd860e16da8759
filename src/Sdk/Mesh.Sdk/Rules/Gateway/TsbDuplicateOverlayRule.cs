using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;

namespace Mesh.Sdk.Rules;

/// <summary>
/// MESH033: two entries of one <c>kubeSpec.overlays</c> list select the same object (apiVersion,
/// kind, name); TSB applies only the last (T3). Reported at each later duplicate.
/// </summary>
internal sealed class TsbDuplicateOverlayRule : IMeshRule
{
    public MeshRule Rule => MeshRules.TsbDuplicateOverlay;

    public void Check(RuleContext context)
    {
        foreach (var (owner, path, kubeSpec) in TsbObjects.KubeSpecs(context))
        {
            var seen = new HashSet<(string, string, string)>();
            foreach (var overlay in kubeSpec.Overlays ?? [])
            {
                if (overlay is null) continue;
                var key = (overlay.ApiVersion ?? "", overlay.Kind ?? "", overlay.Name ?? "");
                if (!seen.Add(key))
                {
                    context.Report(Rule, overlay, RuleContext.Describe(owner),
                        $"{overlay.Kind} {overlay.Name} ({overlay.ApiVersion}) in {path}.overlays");
                }
            }
        }
    }
}
