using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.GatewayApi.V1;

/// <summary>
/// <c>gateway.networking.k8s.io/v1 Gateway</c>: an instance of traffic-handling infrastructure
/// (for Istio, a generated Deployment and Service) binding listeners to addresses
/// (kubernetes-sigs/gateway-api <c>apis/v1/gateway_types.go</c>, standard channel v1.6).
/// </summary>
/// <remarks>
/// Gateway API has no drain or termination fields (domain.md B5). For an Istio-managed Gateway,
/// put pod settings such as the <c>proxy.istio.io/config</c> annotation in
/// <see cref="GatewaySpec.Infrastructure"/>: Istio copies its labels and annotations onto the
/// generated Deployment's pods.
/// </remarks>
public sealed class Gateway : KubernetesObject
{
    public const string ApiVersionValue = "gateway.networking.k8s.io/v1";
    public const string KindValue = "Gateway";

    public Gateway([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>: the desired state (required).</summary>
    public required GatewaySpec Spec { get; set; }
}

/// <summary><c>spec</c> of a <see cref="Gateway"/> (gateway-api <c>GatewaySpec</c>).</summary>
public sealed class GatewaySpec : ModelObject
{
    public GatewaySpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>gatewayClassName</c>: the <see cref="GatewayClass"/> that implements this Gateway, e.g. <c>istio</c> (required).</summary>
    public required string GatewayClassName { get; set; }

    /// <summary>
    /// <c>listeners</c>: 1–64 logical endpoints bound to the Gateway's addresses (required). Names
    /// must be unique and each port/protocol/hostname combination distinct.
    /// </summary>
    public required IList<Listener> Listeners { get; init; }

    /// <summary><c>addresses</c>: up to 16 requested addresses (Support: Extended); the implementation assigns them when omitted.</summary>
    public IList<GatewayAddress> Addresses { get; init; } = [];

    /// <summary>
    /// <c>infrastructure</c>: labels, annotations and parameters for the resources the
    /// implementation creates (Support: Extended). Istio copies the annotations to the generated
    /// pods, so <c>proxy.istio.io/config</c> (drain and termination settings) goes here.
    /// </summary>
    public GatewayInfrastructure? Infrastructure { get; set; }

    /// <summary><c>allowedListeners</c>: which namespaces' ListenerSets may attach to this Gateway; none when omitted.</summary>
    public AllowedListeners? AllowedListeners { get; set; }

    /// <summary><c>tls</c>: Gateway-wide frontend (client certificate validation) and backend (client certificate) TLS settings (Support: Extended).</summary>
    public GatewayTlsConfig? Tls { get; set; }
}

/// <summary>A <c>listeners[]</c> entry of a <see cref="GatewaySpec"/> (gateway-api <c>Listener</c>).</summary>
public sealed class Listener : ModelObject
{
    public Listener([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: unique within the Gateway; routes select it with <c>parentRefs[].sectionName</c> (required).</summary>
    public required string Name { get; set; }

    /// <summary><c>hostname</c>: a precise (<c>foo.example.com</c>) or wildcard (<c>*.example.com</c>) host to match; all hosts when omitted. Not allowed for TCP/UDP.</summary>
    public string? Hostname { get; set; }

    /// <summary><c>port</c>: the network port, 1–65535 (required).</summary>
    public required int Port { get; set; }

    /// <summary><c>protocol</c>: see <see cref="ListenerProtocols"/>, or a domain-prefixed implementation-specific value (required).</summary>
    public required string Protocol { get; set; }

    /// <summary><c>tls</c>: TLS settings; required for HTTPS and TLS, not allowed for HTTP, TCP and UDP.</summary>
    public ListenerTlsConfig? Tls { get; set; }

    /// <summary><c>allowedRoutes</c>: which routes may attach; same-namespace routes of the protocol's kinds when omitted.</summary>
    public AllowedRoutes? AllowedRoutes { get; set; }
}

/// <summary>Core <c>protocol</c> values of a <see cref="Listener"/> (gateway-api <c>ProtocolType</c>).</summary>
public static class ListenerProtocols
{
    /// <summary>Plain HTTP (HTTPRoute, GRPCRoute).</summary>
    public const string Http = "HTTP";

    /// <summary>HTTP over terminated TLS (HTTPRoute, GRPCRoute); needs <c>tls</c>.</summary>
    public const string Https = "HTTPS";

    /// <summary>TLS, terminated or passed through (TLSRoute, TCPRoute).</summary>
    public const string Tls = "TLS";

    /// <summary>Plain TCP (TCPRoute).</summary>
    public const string Tcp = "TCP";

    /// <summary>UDP (UDPRoute).</summary>
    public const string Udp = "UDP";
}

/// <summary><c>tls</c> of a <see cref="Listener"/> (gateway-api <c>ListenerTLSConfig</c>).</summary>
public sealed class ListenerTlsConfig : ModelObject
{
    public ListenerTlsConfig([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>mode</c>: <see cref="TlsMode.Terminate"/> when omitted.</summary>
    public TlsMode? Mode { get; set; }

    /// <summary><c>certificateRefs</c>: up to 64 certificates (usually <c>kubernetes.io/tls</c> Secrets) used to terminate TLS; required to terminate.</summary>
    public IList<SecretObjectReference> CertificateRefs { get; init; } = [];

    /// <summary><c>options</c>: implementation-specific TLS settings, keys are domain-prefixed (e.g. <c>example.com/my-option</c>).</summary>
    public IDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();
}

/// <summary><c>mode</c> of a <see cref="ListenerTlsConfig"/> (gateway-api <c>TLSModeType</c>).</summary>
public enum TlsMode
{
    /// <summary>The Gateway terminates TLS with <c>certificateRefs</c>.</summary>
    Terminate,

    /// <summary>The TLS stream is passed to the backend (TLSRoute only).</summary>
    Passthrough,
}

/// <summary><c>allowedRoutes</c> of a <see cref="Listener"/> (gateway-api <c>AllowedRoutes</c>).</summary>
public sealed class AllowedRoutes : ModelObject
{
    public AllowedRoutes([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>namespaces</c>: where routes may come from; <c>from: Same</c> when omitted.</summary>
    public RouteNamespaces? Namespaces { get; set; }

    /// <summary><c>kinds</c>: up to 8 route kinds allowed; those matching the listener's protocol when empty.</summary>
    public IList<RouteGroupKind> Kinds { get; init; } = [];
}

/// <summary><c>namespaces</c> of <see cref="AllowedRoutes"/> (gateway-api <c>RouteNamespaces</c>).</summary>
public sealed class RouteNamespaces : ModelObject
{
    public RouteNamespaces([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>from</c>: <see cref="FromNamespaces.All"/>, <see cref="FromNamespaces.Same"/> (default) or <see cref="FromNamespaces.Selector"/>.</summary>
    public FromNamespaces? From { get; set; }

    /// <summary><c>selector</c>: namespace labels to match; required with <see cref="FromNamespaces.Selector"/>, ignored otherwise.</summary>
    public LabelSelector? Selector { get; set; }
}

/// <summary><c>from</c> values (gateway-api <c>FromNamespaces</c>).</summary>
public enum FromNamespaces
{
    /// <summary>Every namespace.</summary>
    All,

    /// <summary>Only the Gateway's namespace.</summary>
    Same,

    /// <summary>Namespaces whose labels match <c>selector</c>.</summary>
    Selector,

    /// <summary>No namespace: only valid for <see cref="ListenerNamespaces.From"/> (its default).</summary>
    None,
}

/// <summary>A <c>kinds[]</c> entry of <see cref="AllowedRoutes"/> (gateway-api <c>RouteGroupKind</c>).</summary>
public sealed class RouteGroupKind : ModelObject
{
    public RouteGroupKind([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>group</c>: the route's API group; <c>gateway.networking.k8s.io</c> when omitted.</summary>
    public string? Group { get; set; }

    /// <summary><c>kind</c>: the route kind, e.g. <c>HTTPRoute</c> (required).</summary>
    public required string Kind { get; set; }
}

/// <summary>An <c>addresses[]</c> entry of a <see cref="GatewaySpec"/> (gateway-api <c>GatewaySpecAddress</c>).</summary>
public sealed class GatewayAddress : ModelObject
{
    public GatewayAddress([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>: see <see cref="GatewayAddressTypes"/>; <c>IPAddress</c> when omitted.</summary>
    public string? Type { get; set; }

    /// <summary><c>value</c>: the address; when omitted the implementation assigns one of the type.</summary>
    public string? Value { get; set; }
}

/// <summary>Well-known <c>addresses[].type</c> values (gateway-api <c>AddressType</c>).</summary>
public static class GatewayAddressTypes
{
    /// <summary>An IPv4 or IPv6 address.</summary>
    public const string IPAddress = "IPAddress";

    /// <summary>A DNS hostname.</summary>
    public const string Hostname = "Hostname";

    /// <summary>An implementation-specific address name.</summary>
    public const string NamedAddress = "NamedAddress";
}

/// <summary>
/// <c>infrastructure</c> of a <see cref="GatewaySpec"/> (gateway-api <c>GatewayInfrastructure</c>):
/// metadata and parameters for the resources the implementation creates.
/// </summary>
public sealed class GatewayInfrastructure : ModelObject
{
    public GatewayInfrastructure([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>labels</c>: up to 8 labels put on the generated resources (Istio: the Deployment, its pods and the Service).</summary>
    public IDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// <c>annotations</c>: up to 8 annotations put on the generated resources. Istio copies them onto
    /// the generated Deployment's pod template (istio/istio <c>kube-gateway.yaml</c>, domain.md B5),
    /// so a multi-line <c>proxy.istio.io/config</c> (e.g. <c>terminationDrainDuration</c>) belongs here.
    /// </summary>
    public IDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();

    /// <summary><c>parametersRef</c>: implementation-specific configuration; for Istio 1.26+ a ConfigMap of strategic-merge overlays.</summary>
    public LocalParametersReference? ParametersRef { get; set; }
}

/// <summary><c>allowedListeners</c> of a <see cref="GatewaySpec"/> (gateway-api <c>AllowedListeners</c>).</summary>
public sealed class AllowedListeners : ModelObject
{
    public AllowedListeners([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>namespaces</c>: where ListenerSets may come from; <c>from: None</c> when omitted.</summary>
    public ListenerNamespaces? Namespaces { get; set; }
}

/// <summary><c>namespaces</c> of <see cref="AllowedListeners"/> (gateway-api <c>ListenerNamespaces</c>).</summary>
public sealed class ListenerNamespaces : ModelObject
{
    public ListenerNamespaces([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>from</c>: <c>None</c> (default), <c>Same</c>, <c>All</c> or <c>Selector</c>.</summary>
    public FromNamespaces? From { get; set; }

    /// <summary><c>selector</c>: namespace labels to match; required with <see cref="FromNamespaces.Selector"/>.</summary>
    public LabelSelector? Selector { get; set; }
}
