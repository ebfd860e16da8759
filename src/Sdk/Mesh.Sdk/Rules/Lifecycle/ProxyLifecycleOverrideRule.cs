using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules.Lifecycle;

/// <summary>
/// MESH017: <c>values.global.proxy.lifecycle</c>, or a user istio-proxy container with a lifecycle, replaces
/// the lifecycle Istio's template would inject: the hold <c>postStart: pilot-agent wait</c> (when hold is in
/// force and sidecars are legacy) or the native sidecar's <c>preStop</c> drain call (I1; user containers are
/// re-applied over the template, I4). Reported at the proxy values object or the istio-proxy container.
/// </summary>
internal sealed class ProxyLifecycleOverrideRule : IMeshRule
{
    public MeshRule Rule => MeshRules.ProxyLifecycleOverride;

    public void Check(RuleContext context)
    {
        var facts = context.Facts();
        if (facts.GlobalProxy is { Lifecycle: not null } values && MeshDropped(context, facts) is { } dropped)
        {
            context.Report(Rule, values, facts.GlobalProxyOperator is { } op ? RuleContext.Describe(op) : "the mesh",
                "values.global.proxy.lifecycle", dropped);
        }
        foreach (var w in context.Workloads())
        {
            if (w.UserProxyContainer is not { Lifecycle: not null } proxy || !w.Injected) continue;
            if (Dropped(w.Native, w.NativeReason, w.Hold) is not { } what) continue;
            context.Report(Rule, proxy, w.ToString(), "the istio-proxy container's lifecycle", what);
        }
    }

    private static string? MeshDropped(RuleContext context, MeshFacts facts)
    {
        var native = facts.NativeByDefault(out var reason);
#pragma warning disable CS0618 // the deprecated values flag still turns hold on
        var hold = facts.MeshDefaults.HoldApplicationUntilProxyStarts?.Value ?? facts.GlobalProxy?.HoldApplicationUntilProxyStarts ?? false;
#pragma warning restore CS0618
        if (Dropped(native, reason, hold) is { } meshWide) return meshWide;
        // Pods that differ from the mesh default (their own annotation) are affected too.
        foreach (var w in context.Workloads())
        {
            if (w.Injected && Dropped(w.Native, w.NativeReason, w.Hold) is { } forPod) return $"{forPod} for {w}";
        }
        return null;
    }

    private static string? Dropped(bool native, string nativeReason, bool hold) =>
        native ? $"the native sidecar's preStop 'pilot-agent request POST drain' ({nativeReason})"
        : hold ? "the postStart 'pilot-agent wait' that holds the app until the proxy is ready (holdApplicationUntilProxyStarts)"
        : null;
}
