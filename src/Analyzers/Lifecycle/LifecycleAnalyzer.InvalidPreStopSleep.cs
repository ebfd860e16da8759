using System;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Lifecycle;

/// <summary>
/// MESH011: a preStop sleep action out of range or unsupported, on a Container whose
/// <c>Lifecycle.PreStop.Sleep.Seconds</c> is a constant: any sleep action below Kubernetes 1.30
/// (KEP-3960 beta), a negative value, 0 below Kubernetes 1.33 (KEP-4818 beta), or more than the
/// pod's grace period (only when the container sits in a visible PodSpec with a constant or
/// default grace period). Also a MeshedService whose zero PreStopDelay expands to a sleep of 0 on
/// Kubernetes 1.30-1.32. One diagnostic per container: the first case that applies.
/// </summary>
internal sealed partial class LifecycleAnalyzer
{
    private static void InvalidPreStopSleep(MeshRuleContext context, IObjectCreationOperation container)
    {
        var symbols = context.Symbols;
        var preStop = ContainerFacts.PreStop(container, symbols);
        if (preStop.Kind != PreStopKind.Sleep || preStop.Seconds is not { } seconds) return;
        var targets = context.Targets;
        var name = PodFacts.ContainerName(container);
        var podSpec = Owner(container, symbols);
        var pod = MeshSymbols.Is(podSpec?.Type, symbols.PodSpec) ? PodFacts.FromSpec(podSpec!, symbols) : null;

        string what;
        string why;
        if (!targets.KubernetesAtLeast(1, 30))
        {
            what = "of " + PodFacts.Seconds(seconds) + "s is not available: the sleep action is on by default from Kubernetes 1.30 (" + targets.Kubernetes + ")";
            why = "use Exec [\"sleep\", \"" + PodFacts.Seconds(Math.Max(1, seconds)) + "\"] instead";
        }
        else if (seconds < 0)
        {
            what = "of " + PodFacts.Seconds(seconds) + "s is negative";
            why = "use a positive number of seconds";
        }
        else if (seconds == 0 && !targets.KubernetesAtLeast(1, 33))
        {
            what = "of 0s is rejected before Kubernetes 1.33 (" + targets.Kubernetes + ")";
            why = "use at least 1 second, or remove the hook";
        }
        else if (pod?.GraceSeconds is { } grace && seconds > grace)
        {
            what = "of " + PodFacts.Seconds(seconds) + "s is longer than terminationGracePeriodSeconds (" + PodFacts.Seconds(grace) + "s), which the API server rejects";
            why = "shorten it or set TerminationGracePeriodSeconds to at least " + PodFacts.Seconds(seconds + 5);
        }
        else
        {
            return;
        }
        context.Report(DiagnosticDescriptors.InvalidPreStopSleep, container, pod?.Subject("Container '" + name + "'") ?? "Container '" + name + "'", name, what, why);
    }

    /// <summary>MESH011 on a MeshedService: a zero PreStopDelay becomes a sleep of 0 on Kubernetes 1.30-1.32.</summary>
    private static void InvalidPreStopSleepOnMeshedService(MeshRuleContext context, IObjectCreationOperation service)
    {
        var targets = context.Targets;
        if (!targets.KubernetesAtLeast(1, 30) || targets.KubernetesAtLeast(1, 33)) return;
        var delay = Member(service, "PreStopDelay");
        if (delay is null || Duration(delay) != TimeSpan.Zero) return;
        context.Report(
            DiagnosticDescriptors.InvalidPreStopSleep,
            service,
            Subjects.MeshedService(service, "Deployment"),
            String(Member(service, "Name")) ?? "?",
            "of 0s (PreStopDelay is zero) is rejected before Kubernetes 1.33 (" + targets.Kubernetes + ")",
            "set PreStopDelay to 5-15 seconds");
    }
}
