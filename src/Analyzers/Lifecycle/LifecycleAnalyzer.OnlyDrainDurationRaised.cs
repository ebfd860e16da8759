using System;
using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Lifecycle;

/// <summary>
/// MESH014: only drainDuration raised to lengthen the sidecar's shutdown.
/// Visible in source, on a mesh ProxyConfig creation with a constant DrainDuration: it is longer
/// than terminationDrainDuration (the same ProxyConfig's, else Istio's 5s), EXIT_ON_ZERO is not on
/// in it, and the sidecars are legacy: for a pod ProxyConfig (SetProxyConfig) by the pod's
/// nativeSidecar annotation or Istio's default; for an IstioOperator's MeshConfig.DefaultConfig by
/// its values.pilot.env.ENABLE_NATIVE_SIDECARS or Istio's default for the target versions.
/// Limitations: a ProxyConfig built elsewhere, or the TSB overlay patch form
/// (<c>OverlayPatch.MeshDefaultConfig("drainDuration", ...)</c>, a factory call, not a creation),
/// is left to the build engine.
/// </summary>
internal sealed partial class LifecycleAnalyzer
{
    /// <summary>Fixer data: the drainDuration in seconds (the terminationDrainDuration to set instead).</summary>
    public const string DrainSecondsProperty = "DrainSeconds";

    private static void OnlyDrainDurationRaised(MeshRuleContext context, IObjectCreationOperation proxyConfig)
    {
        var symbols = context.Symbols;
        var config = ProxyConfigFacts.Of(proxyConfig, symbols);
        if (config.DrainDuration is not { } drain || config.ExitOnZero is Setting.On or Setting.Unknown) return;
        TimeSpan termination;
        string terminationText;
        if (config.TerminationDrainDurationSet)
        {
            if (config.TerminationDrainDuration is not { } set) return;
            termination = set;
            terminationText = Text(set);
        }
        else
        {
            termination = ProxyConfigFacts.DefaultTerminationDrainDuration;
            terminationText = Text(termination) + " (Istio's default)";
        }
        if (drain <= termination) return;

        string subject;
        switch (config.Scope(symbols, out var pod, out var operatorSpec))
        {
            case ProxyConfigScope.Pod:
                if (pod!.Injected == false || pod.Native(context.Targets, out _)) return;
                subject = pod.Subject();
                break;
            case ProxyConfigScope.Mesh:
                if (MeshDefaults.Native(operatorSpec!, symbols, context.Targets, out _) != false) return;
                subject = Subjects.Of(operatorSpec!, symbols, "IstioOperator") + " meshConfig.defaultConfig";
                break;
            default:
                return;
        }

        context.Report(
            DiagnosticDescriptors.OnlyDrainDurationRaised,
            proxyConfig,
            null,
            ImmutableDictionary<string, string?>.Empty.Add(DrainSecondsProperty, MeshDefaults.Seconds(drain)),
            subject,
            Text(drain),
            terminationText);
    }
}
