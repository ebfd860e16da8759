using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Diagnostics;
using Mesh.Sdk.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Lifecycle;

/// <summary>
/// Pod shutdown rules (Mesh.Lifecycle): preStop delay and sleep action (MESH010, MESH011), the
/// shutdown budget against the grace period (MESH012), the legacy sidecar's drain (MESH013, MESH014),
/// shell preStop hooks on istio-proxy (MESH016) and legacy knobs under native sidecars (MESH018).
/// Each rule is in its own file; this one only dispatches by the created type.
/// </summary>
internal sealed partial class LifecycleAnalyzer : MeshAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MissingPreStopDelay,
        DiagnosticDescriptors.InvalidPreStopSleep,
        DiagnosticDescriptors.ShutdownBudgetExceedsGrace,
        DiagnosticDescriptors.LegacySidecarExitsEarly,
        DiagnosticDescriptors.OnlyDrainDurationRaised,
        DiagnosticDescriptors.ShellPreStopOnProxy,
        DiagnosticDescriptors.LegacyKnobUnderNativeSidecar);

    protected override void AnalyzeCreation(MeshRuleContext context, IObjectCreationOperation creation, INamedTypeSymbol type)
    {
        var symbols = context.Symbols;
        if (MeshSymbols.Is(type, symbols.Container))
        {
            MissingPreStopDelay(context, creation);
            InvalidPreStopSleep(context, creation);
            ShellPreStopOnProxyContainer(context, creation);
        }
        else if (MeshSymbols.Is(type, symbols.ProxyValues))
        {
            ShellPreStopOnProxyValues(context, creation);
        }
        else if (MeshSymbols.Is(type, symbols.PodSpec))
        {
            ShutdownBudgetExceedsGrace(context, creation);
            LegacySidecarExitsEarly(context, creation);
            LegacyKnobUnderNativeSidecar(context, creation);
        }
        else if (MeshSymbols.Is(type, symbols.ProxyConfig))
        {
            OnlyDrainDurationRaised(context, creation);
        }
        else if (MeshSymbols.Is(type, symbols.MeshedService))
        {
            MissingPreStopDelayOnMeshedService(context, creation);
            InvalidPreStopSleepOnMeshedService(context, creation);
        }
    }
}
