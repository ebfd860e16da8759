using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules.Startup;

/// <summary>
/// MESH021: in a legacy-injected pod, app init containers run before the proxy exists (Istio orders
/// istio-validation, user inits, istio-init): with istio-init their traffic bypasses the mesh, with
/// istio-cni it is redirected to a proxy that is not running; hold does not help (I4 reorderPod;
/// istio#36681). Init containers that run as UID 1337 (excluded from capture), restartable (sidecar) init
/// containers and Istio's own are not counted, nor pods that set excludeOutboundIPRanges. One finding
/// per workload, at the pod spec, naming every such init container.
/// </summary>
internal sealed class InitContainersInLegacyPodRule : IMeshRule
{
    /// <summary>The proxy's UID: traffic from it is not captured (I1).</summary>
    private const long ProxyUid = 1337;

    public MeshRule Rule => MeshRules.InitContainersInLegacyPod;

    public void Check(RuleContext context)
    {
        foreach (var w in context.Workloads())
        {
            if (!w.Injected || w.Native || w.Annotations.ContainsKey(IstioAnnotations.ExcludeOutboundIPRanges)) continue;
            var names = w.PodSpec.InitContainers
                .Where(c => c is not null && !IsIstios(c) && c.RestartPolicy != ContainerRestartPolicy.Always
                    && (c.SecurityContext?.RunAsUser ?? w.PodSpec.SecurityContext?.RunAsUser) != ProxyUid)
                .Select(c => c.Name)
                .ToList();
            if (names.Count == 0) continue;
            context.Report(Rule, w.PodSpec, w.ToString(), RuleFormat.QuotedList(names));
        }
    }

    private static bool IsIstios(Container c) => c.Name is WorkloadFacts.ProxyContainerName or "istio-init" or "istio-validation";
}
