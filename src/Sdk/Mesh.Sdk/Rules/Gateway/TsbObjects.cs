using Mesh.Sdk.Model;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;

namespace Mesh.Sdk.Rules;

/// <summary>A TSB <c>IngressGateway</c>, <c>EgressGateway</c> or <c>Tier1Gateway</c>, seen through the fields they share (T2).</summary>
/// <param name="Object">The gateway object.</param>
/// <param name="Spec">Its <c>spec</c> (the subject of MESH032).</param>
/// <param name="ConnectionDrainDuration"><c>spec.connectionDrainDuration</c>.</param>
/// <param name="KubeSpec"><c>spec.kubeSpec</c>.</param>
internal sealed record TsbGateway(KubernetesObject Object, ModelObject Spec, Duration? ConnectionDrainDuration, KubernetesComponentSpec? KubeSpec)
{
    /// <summary>Ingress and tier-1 gateways receive traffic from outside the mesh; egress gateways do not (T2).</summary>
    public bool IsEdge => Object is IngressGateway or Tier1Gateway;
}

/// <summary>Where TSB install objects keep their <c>kubeSpec</c>s; shared by the gateway rules.</summary>
internal static class TsbObjects
{
    /// <summary>Every TSB gateway among the objects.</summary>
    public static IEnumerable<TsbGateway> Gateways(RuleContext context)
    {
        // Most builds have none: then the objects are not scanned (in definition order, when there are some).
        if (!context.Any<IngressGateway>() && !context.Any<EgressGateway>() && !context.Any<Tier1Gateway>()) yield break;
        foreach (var obj in context.Objects)
        {
            var gateway = obj switch
            {
                IngressGateway { Spec: { } s } g => new TsbGateway(g, s, s.ConnectionDrainDuration, s.KubeSpec),
                EgressGateway { Spec: { } s } g => new TsbGateway(g, s, s.ConnectionDrainDuration, s.KubeSpec),
                Tier1Gateway { Spec: { } s } g => new TsbGateway(g, s, s.ConnectionDrainDuration, s.KubeSpec),
                _ => null,
            };
            if (gateway is not null) yield return gateway;
        }
    }

    /// <summary>
    /// Every <c>kubeSpec</c> of every TSB object, with the path that leads to it from the object
    /// (<c>spec.components.istio.kubeSpec</c>, <c>spec.kubeSpec</c>).
    /// </summary>
    public static IEnumerable<(KubernetesObject Owner, string Path, KubernetesComponentSpec KubeSpec)> KubeSpecs(RuleContext context)
    {
        foreach (var gateway in Gateways(context))
        {
            if (gateway.KubeSpec is { } k) yield return (gateway.Object, "spec.kubeSpec", k);
        }
        foreach (var plane in context.OfType<ControlPlane>())
        {
            var components = plane.Spec?.Components;
            if (components is null) continue;
            (string Name, ControlPlaneComponent? Component)[] all =
                [("istio", components.Istio), ("xcp", components.Xcp), ("oap", components.Oap), ("collector", components.Collector)];
            foreach (var (name, component) in all)
            {
                if (component?.KubeSpec is { } k) yield return (plane, $"spec.components.{name}.kubeSpec", k);
            }
        }
    }
}
