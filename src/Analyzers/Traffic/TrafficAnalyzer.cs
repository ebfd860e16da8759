using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Traffic;

/// <summary>
/// Traffic rules (Mesh.Traffic) on a DestinationRule's LoadBalancerSettings: warmup ignored by the
/// load-balancer type (MESH040) and invalid or deprecated warmup settings (MESH041).
/// </summary>
internal sealed partial class TrafficAnalyzer : MeshAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.WarmupIgnored,
        DiagnosticDescriptors.InvalidWarmup);

    protected override void AnalyzeCreation(MeshRuleContext context, IObjectCreationOperation creation, INamedTypeSymbol type)
    {
        if (MeshSymbols.Is(type, context.Symbols.LoadBalancerSettings))
        {
            WarmupIgnored(context, creation);
            InvalidWarmup(context, creation);
        }
    }
}
