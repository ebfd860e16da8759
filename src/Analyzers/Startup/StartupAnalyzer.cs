using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Startup;

/// <summary>
/// Start-up rules (Mesh.Startup): start ordering (MESH020), hold set through the deprecated values
/// field (MESH022) and native sidecars requested where the targets lack them (MESH023).
/// </summary>
internal sealed partial class StartupAnalyzer : MeshAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NoStartOrdering,
        DiagnosticDescriptors.DeprecatedHoldValue,
        DiagnosticDescriptors.NativeSidecarUnsupported);

    protected override void AnalyzeCreation(MeshRuleContext context, IObjectCreationOperation creation, INamedTypeSymbol type)
    {
        var symbols = context.Symbols;
        if (MeshSymbols.Is(type, symbols.PodSpec))
        {
            NoStartOrdering(context, creation);
            NativeSidecarUnsupportedOnPod(context, creation);
        }
        else if (MeshSymbols.Is(type, symbols.ProxyValues))
        {
            DeprecatedHoldValue(context, creation);
        }
        else if (MeshSymbols.Is(type, symbols.PilotValues))
        {
            NativeSidecarUnsupportedOnPilot(context, creation);
        }
        else if (MeshSymbols.Is(type, symbols.MeshedService))
        {
            NativeSidecarUnsupportedOnMeshedService(context, creation);
        }
    }
}
