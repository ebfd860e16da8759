using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules.Startup;

/// <summary>
/// MESH024: with native sidecars the kubelet starts the app once the proxy "has started", which without
/// the proxy's startupProbe does not mean ready (core/v1 Container.restartPolicy; K2). Condition: the mesh
/// (or any injected pod) uses native sidecars and <c>values.global.proxy.startupProbe.enabled: false</c>.
/// Reported at the IstioOperator's proxy values object.
/// </summary>
internal sealed class NativeSidecarStartupProbeDisabledRule : IMeshRule
{
    public MeshRule Rule => MeshRules.NativeSidecarStartupProbeDisabled;

    public void Check(RuleContext context)
    {
        var facts = context.Facts();
        if (facts.GlobalProxy is not { StartupProbe.Enabled: false } values) return;
        var native = facts.NativeByDefault(out _) || context.Workloads().Any(w => w.Injected && w.Native);
        if (!native) return;
        context.Report(Rule, values, facts.GlobalProxyOperator is { } op ? RuleContext.Describe(op) : "the mesh");
    }
}
