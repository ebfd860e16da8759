using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Mesh.V1Alpha1;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules.Startup;

/// <summary>
/// MESH023: native sidecars requested (the pod annotation <c>sidecar.istio.io/nativeSidecar: "true"</c> or
/// <c>ENABLE_NATIVE_SIDECARS=true</c>) where the targets cannot run them: Kubernetes &lt; 1.29 (SidecarContainers
/// beta, K2) or Istio &lt; 1.19 (istio#45959) — Error; the annotation with Istio &lt; 1.24, which ignores it (I11) —
/// Warning. The annotation is reported at the pod spec, the mesh setting at the object that sets it.
/// </summary>
internal sealed class NativeSidecarUnsupportedRule : IMeshRule
{
    /// <summary>SidecarContainers is beta, on by default, from Kubernetes 1.29 (KEP-753).</summary>
    internal static readonly Version KubernetesSidecars = new(1, 29);

    /// <summary>Istio injects native sidecars from 1.19 (istio#45959).</summary>
    internal static readonly Version IstioNative = new(1, 19);

    public MeshRule Rule => MeshRules.NativeSidecarUnsupported;

    public void Check(RuleContext context)
    {
        var facts = context.Facts();
        if (facts.NativeSidecarsSetting is { } setting && ProxyConfig.ParseGoBool(setting.Value) == true && Unsupported(context) is { } why)
            context.Report(Rule, setting.Subject, facts.Describe(setting.Subject, "the mesh"), "ENABLE_NATIVE_SIDECARS=true", why);

        foreach (var w in context.Workloads())
        {
            if (!w.Annotations.TryGetValue(IstioAnnotations.NativeSidecar, out var value) || ProxyConfig.ParseGoBool(value) != true) continue;
            const string requested = "sidecar.istio.io/nativeSidecar: \"true\"";
            if (context.Targets.Istio < MeshFacts.NativeAnnotationIstio)
            {
                context.Report(Rule, MeshSeverity.Warning, w.PodSpec, null, w.ToString(), requested,
                    $"Istio reads this annotation from 1.24 ({context.IstioAssumption}), so it is ignored");
            }
            else if (Unsupported(context) is { } podWhy)
            {
                context.Report(Rule, w.PodSpec, w.ToString(), requested, podWhy);
            }
        }
    }

    private static string? Unsupported(RuleContext context) =>
        context.Targets.Kubernetes < KubernetesSidecars
            ? $"Kubernetes runs native sidecars from 1.29 ({context.KubernetesAssumption}), so the API server rejects the pods"
            : context.Targets.Istio < IstioNative
                ? $"Istio injects native sidecars from 1.19 ({context.IstioAssumption})"
                : null;
}
