using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.GatewayApi.V1;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Rules.Facts;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;

namespace Mesh.Sdk.Rules;

/// <summary>
/// MESH031: <c>gatewayTopology.forwardClientCertDetails: ALWAYS_FORWARD_ONLY</c> in force on a gateway that
/// receives traffic from outside (P1 enum; the gateway default is SANITIZE_SET, I8). Edge gateways are:
/// gateway workloads selected by a <c>LoadBalancer</c>/<c>NodePort</c> Service; TSB <c>IngressGateway</c>
/// (not <c>eastWestOnly</c>) and <c>Tier1Gateway</c>; Gateway API Gateways of class <c>istio</c>, which
/// Istio fronts with a LoadBalancer Service unless <c>networking.istio.io/service-type</c> says otherwise.
/// The setting comes from the gateway's own <c>proxy.istio.io/config</c>, else the mesh default.
/// Reported at the Topology object that sets it (the annotated metadata for a hand-written annotation),
/// once per setting.
/// </summary>
internal sealed class AlwaysForwardXfccOnEdgeRule : IMeshRule
{
    private const string AlwaysForwardOnly = "ALWAYS_FORWARD_ONLY";

    /// <summary>Istio's per-Gateway Service type annotation (istio/istio <c>pilot/pkg/config/kube/gateway</c>).</summary>
    private const string ServiceTypeAnnotation = "networking.istio.io/service-type";

    public MeshRule Rule => MeshRules.AlwaysForwardXfccOnEdge;

    public void Check(RuleContext context)
    {
        var reported = new HashSet<ModelObject>(ReferenceEqualityComparer.Instance);
        var mesh = context.Facts().MeshDefaults;

        foreach (var workload in context.Workloads())
        {
            if (!workload.IsGateway) continue;
            var external = workload.Services.FirstOrDefault(s => s.Spec?.Type is ServiceType.LoadBalancer or ServiceType.NodePort);
            if (external is null) continue;
            Check(context, reported, workload.Owner, workload.Proxy.ForwardClientCertDetails,
                $"{RuleContext.Describe(external)} is {external.Spec.Type}");
        }

        foreach (var gateway in TsbObjects.Gateways(context))
        {
            if (!gateway.IsEdge || gateway.Spec is IngressGatewaySpec { EastWestOnly: true }) continue;
            var deployment = gateway.KubeSpec?.Deployment;
            var pod = deployment?.PodAnnotations?.TryGetValue(IstioAnnotations.ProxyConfig, out var text) == true && text is not null
                ? ProxySettings.From(ProxyConfigText.Parse(text), deployment!)
                : ProxySettings.Empty;
            Check(context, reported, gateway.Object, mesh.With(pod).ForwardClientCertDetails,
                $"a TSB {gateway.Object.Kind} takes traffic from outside the mesh");
        }

        foreach (var gateway in context.OfType<GatewayApi.V1.Gateway>())
        {
            if (gateway.Spec is not { GatewayClassName: "istio" } spec) continue;
            var infrastructure = spec.Infrastructure;
            if (infrastructure?.Annotations?.TryGetValue(ServiceTypeAnnotation, out var type) == true && type is not ("LoadBalancer" or "NodePort")) continue;
            var pod = infrastructure?.Annotations?.TryGetValue(IstioAnnotations.ProxyConfig, out var text) == true && text is not null
                ? ProxySettings.From(ProxyConfigText.Parse(text), infrastructure!)
                : ProxySettings.Empty;
            Check(context, reported, gateway, mesh.With(pod).ForwardClientCertDetails,
                "Istio deploys it behind a LoadBalancer Service");
        }
    }

    private void Check(RuleContext context, HashSet<ModelObject> reported, KubernetesObject gateway, ProxySetting<string>? xfcc, string why)
    {
        if (xfcc is not { Value: AlwaysForwardOnly } || !reported.Add(xfcc.Subject)) return;
        context.Report(Rule, xfcc.Subject, RuleContext.Describe(gateway), why);
    }
}
