using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Gateway;

/// <summary>
/// Gateway rules (Mesh.Gateway): gatewayTopology on a workload that is not a gateway (MESH030) and
/// ALWAYS_FORWARD_ONLY client-certificate forwarding on an edge gateway (MESH031).
/// </summary>
internal sealed partial class GatewayAnalyzer : MeshAnalyzer
{
    public const string IstioLabel = "istio";
    public const string GatewayNameLabel = "gateway.networking.k8s.io/gateway-name";
    public const string InjectTemplatesAnnotation = "inject.istio.io/templates";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.GatewayTopologyOnNonGateway,
        DiagnosticDescriptors.AlwaysForwardXfccOnEdge);

    protected override void AnalyzeCreation(MeshRuleContext context, IObjectCreationOperation creation, INamedTypeSymbol type)
    {
        var symbols = context.Symbols;
        if (MeshSymbols.Is(type, symbols.PodSpec))
        {
            GatewayTopologyOnNonGateway(context, creation);
        }
        else if (MeshSymbols.Is(type, symbols.Topology))
        {
            AlwaysForwardXfccOnEdge(context, creation);
        }
    }

    /// <summary>
    /// isGateway(W) from domain.md: the <c>inject.istio.io/templates: gateway</c> annotation, an
    /// <c>istio: *gateway</c> label or the Gateway API <c>gateway-name</c> label. True or false only
    /// when every label and annotation is visible; null otherwise.
    /// </summary>
    internal static bool? IsGateway(PodFacts pod)
    {
        if (pod.Labels.TryGetValue(GatewayNameLabel, out _)) return true;
        if (pod.Labels.TryGetValue(IstioLabel, out var istio))
        {
            if (istio is null) return null;
            if (istio.EndsWith("gateway", System.StringComparison.Ordinal)) return true;
        }
        if (pod.Annotations.TryGetValue(InjectTemplatesAnnotation, out var templates))
        {
            if (templates is null) return null;
            if (templates.IndexOf("gateway", System.StringComparison.Ordinal) >= 0) return true;
        }
        return pod.LabelsComplete && pod.AnnotationsComplete ? false : null;
    }
}
