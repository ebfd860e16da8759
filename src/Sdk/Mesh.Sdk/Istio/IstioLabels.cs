namespace Mesh.Sdk.Istio;

/// <summary>
/// Well-known Istio label keys (istio/api <c>label/labels.yaml</c> and the injection labels, P4).
/// Use <see cref="IstioMetadataExtensions.InjectSidecar(Kubernetes.Meta.V1.TemplateMetadata, bool)"/> for injection.
/// </summary>
public static class IstioLabels
{
    /// <summary>
    /// <c>sidecar.istio.io/inject</c> (Pod label, Beta): <c>"true"</c>/<c>"false"</c> opts a pod in or out of
    /// injection; the webhook's objectSelector matches this label; it wins over the deprecated annotation (P4, I4).
    /// </summary>
    public const string SidecarInject = "sidecar.istio.io/inject";

    /// <summary><c>istio-injection</c> (Namespace label): <c>enabled</c> injects the default revision into the namespace's pods (IST0123 with <see cref="IstioRev"/>).</summary>
    public const string IstioInjection = "istio-injection";

    /// <summary><c>istio.io/rev</c> (Namespace/Pod, Alpha): the control plane revision (e.g. <c>canary</c>) that injects and manages the workload.</summary>
    public const string IstioRev = "istio.io/rev";

    /// <summary><c>istio.io/dataplane-mode</c> (Namespace/Pod): <c>ambient</c> enrolls workloads in ambient mode; <c>none</c> opts out.</summary>
    public const string DataplaneMode = "istio.io/dataplane-mode";

    /// <summary><c>istio.io/use-waypoint</c> (Namespace/Service/Pod): the waypoint proxy that handles the resource's traffic in ambient mode.</summary>
    public const string UseWaypoint = "istio.io/use-waypoint";

    /// <summary><c>service.istio.io/canonical-name</c> (Pod, Alpha): the canonical service a workload belongs to.</summary>
    public const string CanonicalName = "service.istio.io/canonical-name";

    /// <summary><c>service.istio.io/canonical-revision</c> (Pod, Alpha): the revision within the canonical service.</summary>
    public const string CanonicalRevision = "service.istio.io/canonical-revision";

    /// <summary><c>security.istio.io/tlsMode</c> (Pod, Alpha, hidden). Deprecated: set by injection to <c>istio</c> to advertise mTLS support.</summary>
    public const string TlsMode = "security.istio.io/tlsMode";

    /// <summary><c>topology.istio.io/network</c> (Namespace/Pod/Service, Beta): the L3 network of the workloads.</summary>
    public const string Network = "topology.istio.io/network";

    /// <summary><c>topology.istio.io/cluster</c> (Pod, Alpha): the cluster of the workload.</summary>
    public const string Cluster = "topology.istio.io/cluster";

    /// <summary><c>topology.istio.io/subzone</c> (Node, Beta): the locality subzone below Kubernetes region and zone.</summary>
    public const string Subzone = "topology.istio.io/subzone";

    /// <summary><c>operator.istio.io/component</c> (any, Alpha, hidden): the operator component of the resource, e.g. <c>Pilot</c>.</summary>
    public const string OperatorComponent = "operator.istio.io/component";

    /// <summary><c>istio</c>: the conventional gateway pod label (<c>istio: ingressgateway</c>) selected by Gateway <c>selector</c>.</summary>
    public const string Istio = "istio";
}
