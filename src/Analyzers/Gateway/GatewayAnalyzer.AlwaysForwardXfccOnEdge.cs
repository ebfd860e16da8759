using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Gateway;

/// <summary>
/// MESH031: ALWAYS_FORWARD_ONLY client-certificate forwarding on an edge gateway, on the Topology
/// creation that sets <c>ForwardClientCertDetails = ForwardClientCertDetails.AlwaysForwardOnly</c>:
/// in an IstioOperator's meshConfig.defaultConfig (it applies to every gateway) when the same
/// IstioOperator visibly installs an ingress gateway with an external Service (the default or demo
/// profile's istio-ingressgateway, or a listed enabled ingress gateway whose Service type is not
/// ClusterIP); or in a gateway pod template's ProxyConfig when a Service of type LoadBalancer or
/// NodePort created in the same method body selects the pod's labels.
/// </summary>
internal sealed partial class GatewayAnalyzer
{
    private static void AlwaysForwardXfccOnEdge(MeshRuleContext context, IObjectCreationOperation topology)
    {
        var symbols = context.Symbols;
        if (EnumMember(Member(topology, "ForwardClientCertDetails")) != "AlwaysForwardOnly") return;
        var proxyConfig = Owner(topology, symbols, out var property, out _);
        if (!MeshSymbols.Is(proxyConfig?.Type, symbols.ProxyConfig) || property != "GatewayTopology") return;

        string? subject = null;
        string? edge = null;
        switch (ProxyConfigFacts.Of(proxyConfig!, symbols).Scope(symbols, out var pod, out var operatorSpec))
        {
            case ProxyConfigScope.Mesh:
                edge = EdgeIngressGateway(operatorSpec!, symbols);
                subject = Subjects.Of(operatorSpec!, symbols, "IstioOperator") + " meshConfig.defaultConfig";
                break;
            case ProxyConfigScope.Pod when IsGateway(pod!) == true:
                edge = ExternalService(topology, pod!, symbols);
                subject = pod!.Subject();
                break;
        }
        if (edge is null || subject is null) return;
        context.Report(DiagnosticDescriptors.AlwaysForwardXfccOnEdge, topology, subject, edge);
    }

    /// <summary>The ingress gateway an IstioOperator installs with an external Service, in words, or null.</summary>
    private static string? EdgeIngressGateway(IObjectCreationOperation operatorSpec, MeshSymbols symbols)
    {
        var profile = HasMember(operatorSpec, "Profile") ? String(Member(operatorSpec, "Profile")) : "default";
        var defaultGateway = profile is "default" or "demo";
        var components = Member(operatorSpec, "Components");
        var gateways = components is null ? null : Member(Creation(components, symbols), "IngressGateways");
        if (components is not null && Creation(components, symbols) is null) return null;
        if (gateways is null)
            return defaultGateway ? "the " + profile + " profile's istio-ingressgateway, a LoadBalancer Service" : null;

        foreach (var element in Elements(gateways, out _))
        {
            var gateway = Creation(element, symbols);
            if (gateway is null) continue;
            var name = String(Member(gateway, "Name"));
            var enabled = Boolean(Member(gateway, "Enabled")) ?? (defaultGateway && name == "istio-ingressgateway" && !HasMember(gateway, "Enabled"));
            if (!enabled) continue;
            var service = Creation(Member(Creation(Member(gateway, "K8s"), symbols), "Service"), symbols);
            var type = HasMember(service, "Type") ? EnumMember(Member(service, "Type")) : "LoadBalancer";
            if (type is "LoadBalancer" or "NodePort") return "ingress gateway " + (name ?? "?") + ", a " + type + " Service";
        }
        return null;
    }

    /// <summary>A LoadBalancer or NodePort Service in the same method body that selects the pod, in words, or null.</summary>
    private static string? ExternalService(IOperation from, PodFacts pod, MeshSymbols symbols)
    {
        foreach (var service in symbols.Body(from).Creations)
        {
            if (!MeshSymbols.Is(service.Type, symbols.Service)) continue;
            var spec = Creation(Member(service, "Spec"), symbols);
            var serviceType = EnumMember(Member(spec, "Type"));
            if (serviceType is not ("LoadBalancer" or "NodePort")) continue;
            var selector = Entries(Member(spec, "Selector"), out var complete);
            if (!complete || selector.Count == 0) continue;
            var selects = true;
            foreach (var entry in selector)
            {
                if (String(entry.Value) is not { } value || !pod.Labels.TryGetValue(entry.Key, out var label) || label != value) selects = false;
            }
            if (selects) return Subjects.ObjectText(service, symbols) + ", a " + serviceType + " Service";
        }
        return null;
    }
}
