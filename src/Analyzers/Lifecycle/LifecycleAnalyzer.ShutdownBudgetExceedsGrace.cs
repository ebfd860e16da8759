using System;
using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Lifecycle;

/// <summary>
/// MESH012: the shutdown budget is not less than the grace period.
/// Visible in source, on a PodSpec with a constant (or default 30s) grace period: a main
/// container's preStop delay (sleep seconds or exec sleep N) ≥ grace; or, for a visibly injected
/// pod with a legacy sidecar, the pod ProxyConfig's terminationDrainDuration ≥ grace, or its
/// MINIMUM_DRAIN_DURATION ≥ grace when EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on.
/// Limitations: appShutdown is only declared on MeshedService, whose expansion derives the grace
/// period from it (preStop + shutdown + 5s), so it never breaks the budget; mesh-wide drain
/// settings (IstioOperator in another file) are not visible here: Istio's defaults are assumed.
/// </summary>
internal sealed partial class LifecycleAnalyzer
{
    /// <summary>Fixer data: the grace period to set (budget + 5 seconds).</summary>
    public const string MinimumGraceProperty = "MinimumGraceSeconds";

    private static void ShutdownBudgetExceedsGrace(MeshRuleContext context, IObjectCreationOperation podSpec)
    {
        var symbols = context.Symbols;
        var pod = PodFacts.FromSpec(podSpec, symbols);
        if (pod.GraceSeconds is not { } grace) return;

        string? what = null;
        double budget = -1;
        foreach (var container in pod.Containers)
        {
            var preStop = ContainerFacts.PreStop(container, symbols);
            if (preStop.Seconds is { } s && s > 0 && s >= grace && s > budget)
            {
                budget = s;
                what = "the preStop delay of '" + PodFacts.ContainerName(container) + "'";
            }
        }

        if (pod.Injected == true && !pod.Native(context.Targets, out _))
        {
            var config = pod.ProxyConfig is { } pc ? ProxyConfigFacts.Of(pc, symbols) : null;
            var exitZero = config?.ExitOnZero ?? Setting.Absent;
            TimeSpan? sidecar = null;
            string sidecarWhat = "";
            if (exitZero == Setting.On)
            {
                sidecar = config!.MinimumDrainDurationSet ? config.MinimumDrainDuration : ProxyConfigFacts.DefaultMinimumDrainDuration;
                sidecarWhat = "the sidecar's MINIMUM_DRAIN_DURATION" + (config.MinimumDrainDurationSet ? " (set in the pod's ProxyConfig)" : " (Istio's default)") + " with EXIT_ON_ZERO_ACTIVE_CONNECTIONS";
            }
            else if (exitZero != Setting.Unknown)
            {
                sidecar = config?.TerminationDrainDurationSet == true ? config.TerminationDrainDuration : ProxyConfigFacts.DefaultTerminationDrainDuration;
                sidecarWhat = "the legacy sidecar's terminationDrainDuration" + (config?.TerminationDrainDurationSet == true ? " (set in the pod's ProxyConfig)" : " (Istio's default)");
            }
            if (sidecar is { } d && d > TimeSpan.Zero && d.TotalSeconds >= grace && d.TotalSeconds > budget)
            {
                budget = d.TotalSeconds;
                what = sidecarWhat;
            }
        }

        if (what is null) return;
        var minimum = (long)Math.Ceiling(budget) + 5;
        context.Report(
            DiagnosticDescriptors.ShutdownBudgetExceedsGrace,
            podSpec,
            null,
            ImmutableDictionary<string, string?>.Empty.Add(MinimumGraceProperty, PodFacts.Seconds(minimum)),
            pod.Subject(),
            what,
            MeshDefaults.Seconds(TimeSpan.FromSeconds(budget)),
            PodFacts.Seconds(grace),
            PodFacts.Seconds(minimum));
    }
}
