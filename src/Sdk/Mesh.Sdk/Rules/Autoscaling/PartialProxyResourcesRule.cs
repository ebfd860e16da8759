using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules;

/// <summary>
/// MESH051: one of the four <c>sidecar.istio.io/proxy{CPU,Memory}[Limit]</c> annotations is set, so the
/// injector ignores <c>global.proxy.resources</c> entirely (I1 <c>define "resources"</c>), but the
/// request of a resource an HPA scales on (<c>Resource</c> metric) is missing: the sidecar then has no
/// request and the pod's utilization is undefined, so the HPA does nothing for that metric (K4,
/// istio#35905). A limit annotation alone is not reported: Kubernetes copies a limit into a missing
/// request. Reported at the template metadata, once per resource.
/// </summary>
internal sealed class PartialProxyResourcesRule : IMeshRule
{
    private static readonly string[] All =
        [IstioAnnotations.ProxyCpu, IstioAnnotations.ProxyCpuLimit, IstioAnnotations.ProxyMemory, IstioAnnotations.ProxyMemoryLimit];

    private static readonly (string Resource, string Request, string Limit)[] Requests =
    [
        (ResourceNames.Cpu, IstioAnnotations.ProxyCpu, IstioAnnotations.ProxyCpuLimit),
        (ResourceNames.Memory, IstioAnnotations.ProxyMemory, IstioAnnotations.ProxyMemoryLimit),
    ];

    public MeshRule Rule => MeshRules.PartialProxyResources;

    public void Check(RuleContext context)
    {
        foreach (var workload in context.Workloads())
        {
            if (!workload.Injected) continue;
            var set = All.Where(workload.Annotations.ContainsKey).ToList();
            if (set.Count == 0) continue;
            foreach (var (resource, request, limit) in Requests)
            {
                if (workload.Annotations.ContainsKey(request) || workload.Annotations.ContainsKey(limit)) continue;
                var scaled = workload.Autoscalers.Any(h => (h.Spec?.Metrics ?? []).Any(m =>
                    m is { Type: MetricSourceType.Resource, Resource.Name: { } name } && name == resource));
                if (!scaled) continue;
                context.Report(Rule, workload.Metadata, workload.ToString(), string.Join(" and ", set), request, resource);
            }
        }
    }
}
