using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Gateway;

/// <summary>
/// MESH030: gatewayTopology on a workload that is not a gateway, on a PodSpec whose template's
/// ProxyConfig (SetProxyConfig) sets GatewayTopology while every label and annotation of the
/// template is visible and none marks a gateway. Metadata built elsewhere (a variable, a helper) is
/// not judged.
/// </summary>
internal sealed partial class GatewayAnalyzer
{
    private static void GatewayTopologyOnNonGateway(MeshRuleContext context, IObjectCreationOperation podSpec)
    {
        var pod = PodFacts.FromSpec(podSpec, context.Symbols);
        if (pod.ProxyConfig is not { } pc || pod.Injected == false) return;
        if (ProxyConfigFacts.Of(pc, context.Symbols).GatewayTopology is null || IsGateway(pod) != false) return;
        context.Report(DiagnosticDescriptors.GatewayTopologyOnNonGateway, podSpec, pod.Subject());
    }
}
