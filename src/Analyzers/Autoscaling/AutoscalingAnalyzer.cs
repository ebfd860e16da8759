using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Autoscaling;

/// <summary>
/// HPA rules (Mesh.Autoscaling): a Resource metric on an injected workload (MESH050) and a
/// ContainerResource metric naming a container the pod template does not have (MESH052).
/// </summary>
internal sealed partial class AutoscalingAnalyzer : MeshAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.HpaResourceMetricWithSidecar,
        DiagnosticDescriptors.ContainerResourceUnknownContainer);

    protected override void AnalyzeCreation(MeshRuleContext context, IObjectCreationOperation creation, INamedTypeSymbol type)
    {
        var symbols = context.Symbols;
        if (MeshSymbols.Is(type, symbols.MetricSpec))
        {
            ResourceMetricWithSidecar(context, creation);
            ContainerResourceUnknownContainer(context, creation);
        }
        else if (MeshSymbols.Is(type, symbols.MeshedService))
        {
            ResourceMetricOnMeshedService(context, creation);
        }
    }
}
