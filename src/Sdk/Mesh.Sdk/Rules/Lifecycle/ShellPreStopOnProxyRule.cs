using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules.Facts;
using Mesh.Sdk.Istio.Networking.V1Beta1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Rules.Lifecycle;

/// <summary>
/// MESH016: an istio-proxy preStop that runs a shell or netstat (the old "wait for connections" recipe),
/// from <c>values.global.proxy.lifecycle</c> or a user-written istio-proxy container. Only the default
/// proxy image has a shell and net-tools; with the distroless image the hook fails (Error). Superseded by
/// EXIT_ON_ZERO_ACTIVE_CONNECTIONS (Istio 1.12) and native sidecars. Reported at the proxy values object
/// or the istio-proxy container.
/// </summary>
internal sealed class ShellPreStopOnProxyRule : IMeshRule
{
    private const int MaxCommandLength = 80;

    public MeshRule Rule => MeshRules.ShellPreStopOnProxy;

    public void Check(RuleContext context)
    {
        var facts = context.Facts();
        if (facts.GlobalProxy is { } values && ShellCommand(values.Lifecycle) is { } global)
        {
            var distroless = facts.MeshDefaults.ImageType?.Value == ProxyImageTypes.Distroless
                || facts.GlobalProxyOperator?.Spec?.Values?.Global?.Variant == ProxyImageTypes.Distroless;
            Report(values, facts.GlobalProxyOperator is { } op ? RuleContext.Describe(op) : "the mesh", global, distroless);
        }
        foreach (var w in context.Workloads())
        {
            if (w.UserProxyContainer is not { } proxy || ShellCommand(proxy.Lifecycle) is not { } command) continue;
            var distroless = w.ProxyImageType == ProxyImageTypes.Distroless
                || facts.GlobalProxyOperator?.Spec?.Values?.Global?.Variant == ProxyImageTypes.Distroless;
            Report(proxy, w.ToString(), command, distroless);
        }

        void Report(ModelObject subject, string what, string command, bool distroless) =>
            context.Report(Rule, distroless ? MeshSeverity.Error : MeshSeverity.Warning, subject, null, what, command,
                distroless ? ", but the distroless proxy image has no shell or netstat, so the hook fails" : "");
    }

    /// <summary>The preStop exec command when it runs a shell or netstat, shortened for the message; else null.</summary>
    private static string? ShellCommand(Kubernetes.Core.V1.Lifecycle? lifecycle)
    {
        if (lifecycle?.PreStop?.Exec?.Command is not { Count: > 0 } command) return null;
        var usesShell = command.Any(a => a is not null && (Path.GetFileName(a) is "sh" or "bash" or "ash" or "dash" || a.Contains("netstat", StringComparison.Ordinal)));
        if (!usesShell) return null;
        var text = string.Join(' ', command);
        return text.Length <= MaxCommandLength ? text : text[..(MaxCommandLength - 3)] + "...";
    }
}
