using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules;

/// <summary>
/// MESH030: a pod's own <c>proxy.istio.io/config</c> sets <c>gatewayTopology</c> on a workload that is
/// not a gateway (<c>isGateway(W)</c>, domain.md Part A); "this configuration only effects gateways"
/// (P1), sidecars use <c>proxyHeaders.forwardedClientCert</c>. Reported at the pod template's PodSpec.
/// A mesh-wide <c>gatewayTopology</c> is fine: it is meant for every gateway.
/// </summary>
internal sealed class GatewayTopologyOnNonGatewayRule : IMeshRule
{
    public MeshRule Rule => MeshRules.GatewayTopologyOnNonGateway;

    public void Check(RuleContext context)
    {
        foreach (var workload in context.Workloads())
        {
            if (workload.PodProxy.GatewayTopology is null || workload.IsGateway) continue;
            context.Report(Rule, MeshSeverity.Warning, workload.PodSpec, workload.Metadata, workload.ToString());
        }
    }
}
