using System;
using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Diagnostics;
using Mesh.Sdk.Analyzers.Core;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Lifecycle;

/// <summary>
/// MESH010: a serving container without a preStop delay.
/// Visible in source: a container declared in a PodSpec's <c>Containers</c> with a non-empty
/// <c>Ports</c> list (it serves traffic) whose initializer has no <c>Lifecycle.PreStop</c>, or a
/// sleep of 0 seconds; and a MeshedService whose <c>PreStopDelay</c> is zero.
/// Limitations (the build engine covers them): whether a Service actually selects the pod is not
/// checked (ports stand for "serves"); a container built in a variable or a helper method, a
/// Lifecycle set after the initializer, and containers without ports are left alone; init
/// containers, native sidecars (RestartPolicy) and a user istio-proxy container are not app containers.
/// </summary>
internal sealed partial class LifecycleAnalyzer
{
    /// <summary>Fixer data: "Sleep", "Exec" (target Kubernetes &lt; 1.30) or "PreStopDelay" (MeshedService).</summary>
    public const string PreStopActionProperty = "PreStopAction";

    /// <summary>Fixer data: the suggested delay in seconds, within the grace period.</summary>
    public const string PreStopSecondsProperty = "PreStopSeconds";

    private static void MissingPreStopDelay(MeshRuleContext context, IObjectCreationOperation container)
    {
        var symbols = context.Symbols;
        var podSpec = Owner(container, symbols, out var property, out _);
        if (!MeshSymbols.Is(podSpec?.Type, symbols.PodSpec) || property != "Containers") return;
        if (HasMember(container, "RestartPolicy")) return;
        var name = String(Member(container, "Name"));
        if (name is null or "istio-proxy") return;
        if (Elements(Member(container, "Ports"), out _).Count == 0) return;

        var preStop = ContainerFacts.PreStop(container, symbols);
        if (!preStop.IsVisiblyZero) return;

        var pod = PodFacts.FromSpec(podSpec!, symbols);
        var sleepAction = context.Targets.KubernetesAtLeast(1, 30);
        var seconds = SuggestedSeconds(pod.GraceSeconds);
        var how = sleepAction
            ? "Sleep"
            : "Exec [\"sleep\", \"N\"] (the Sleep action needs Kubernetes 1.30; " + context.Targets.Kubernetes + ")";
        context.Report(
            DiagnosticDescriptors.MissingPreStopDelay,
            container,
            null,
            ImmutableDictionary<string, string?>.Empty
                .Add(PreStopActionProperty, sleepAction ? "Sleep" : "Exec")
                .Add(PreStopSecondsProperty, PodFacts.Seconds(seconds)),
            pod.Subject("Container '" + name + "'"),
            name,
            how);
    }

    /// <summary>MESH010 on a MeshedService whose PreStopDelay is zero (it always serves its Port).</summary>
    private static void MissingPreStopDelayOnMeshedService(MeshRuleContext context, IObjectCreationOperation service)
    {
        var delay = Member(service, "PreStopDelay");
        if (delay is null || Duration(delay) != TimeSpan.Zero) return;
        var name = String(Member(service, "Name")) ?? "?";
        context.Report(
            DiagnosticDescriptors.MissingPreStopDelay,
            service,
            null,
            ImmutableDictionary<string, string?>.Empty
                .Add(PreStopActionProperty, "PreStopDelay")
                .Add(PreStopSecondsProperty, "10"),
            Subjects.MeshedService(service, "Deployment"),
            name,
            "sleep (MeshedService.PreStopDelay)");
    }

    /// <summary>10 seconds, or less so that it stays 5 seconds inside a short grace period.</summary>
    private static long SuggestedSeconds(long? grace) =>
        grace is { } g ? Math.Max(1, Math.Min(10, g - 5)) : 10;
}
