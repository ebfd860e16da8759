using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules;

/// <summary>
/// MESH054: an ingress or egress gateway that can run a single pod, so every rollout or node drain
/// drops edge traffic (I12: the gateway chart defaults to <c>minReplicas: 1</c>, no PDB):
/// <list type="bullet">
/// <item>a gateway Deployment or StatefulSet (<c>isGateway(W)</c>) with HPA <c>minReplicas</c> below 2
/// (reported at the HPA spec), or without HPA and <c>replicas</c> below 2 (reported at the workload spec);</item>
/// <item>a TSB gateway whose <c>kubeSpec.deployment</c> sets <c>hpaSpec.minReplicas</c> or <c>replicaCount</c>
/// below 2 (reported at the hpaSpec / deployment settings). When neither is set the operator's default
/// applies, which is not verified, so nothing is reported.</item>
/// </list>
/// </summary>
internal sealed class GatewaySingleReplicaRule : IMeshRule
{
    public MeshRule Rule => MeshRules.GatewaySingleReplica;

    public void Check(RuleContext context)
    {
        foreach (var workload in context.Workloads())
        {
            if (!workload.IsGateway) continue;
            var (spec, replicas) = workload.Owner switch
            {
                Deployment { Spec: { } s } => ((ModelObject)s, s.Replicas),
                StatefulSet { Spec: { } s } => (s, s.Replicas),
                _ => (null, null),
            };
            if (spec is null) continue; // a DaemonSet runs one pod per node; Pods and Jobs are not gateways to scale
            if (workload.Autoscalers.Count > 0 && workload.Autoscalers[0] is { Spec: { } hpa })
            {
                var min = hpa.MinReplicas ?? 1;
                if (min < 2) context.Report(Rule, hpa, workload.ToString(), AsFewAs(min, hpa.MinReplicas is null ? "HPA minReplicas unset" : $"HPA minReplicas {min}"));
            }
            else if ((replicas ?? 1) < 2)
            {
                context.Report(Rule, spec, workload.ToString(), AsFewAs(replicas ?? 1, replicas is null ? "replicas unset" : $"replicas {replicas}"));
            }
        }

        foreach (var gateway in TsbObjects.Gateways(context))
        {
            var deployment = gateway.KubeSpec?.Deployment;
            if (deployment?.HpaSpec is { } hpa)
            {
                var min = hpa.MinReplicas ?? 1;
                if (min < 2) context.Report(Rule, hpa, RuleContext.Describe(gateway.Object), AsFewAs(min, hpa.MinReplicas is null ? "kubeSpec.deployment.hpaSpec.minReplicas unset" : $"kubeSpec.deployment.hpaSpec.minReplicas {min}"));
            }
            else if (deployment?.ReplicaCount is { } count && count < 2)
            {
                context.Report(Rule, deployment, RuleContext.Describe(gateway.Object), AsFewAs(count, $"kubeSpec.deployment.replicaCount {count}"));
            }
        }
    }

    /// <summary>"as few as 1 pod (HPA minReplicas 1)".</summary>
    private static string AsFewAs(int pods, string why) => $"as few as {pods} pod{(pods == 1 ? "" : "s")} ({why})";
}
