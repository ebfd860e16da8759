using System.Runtime.CompilerServices;
using Mesh.Sdk.Istio.Networking.V1Beta1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Istio.Mesh.V1Alpha1;

/// <summary>
/// The mesh <c>ProxyConfig</c> (<c>istio.mesh.v1alpha1.ProxyConfig</c>, P1): settings of one proxy.
/// Used as <c>meshConfig.defaultConfig</c> (mesh-wide) and as the <c>proxy.istio.io/config</c> pod
/// annotation, whose fields replace the mesh defaults field by field (no deep merge) (P1). Not
/// dynamic: pods must restart to pick changes up. Not the <c>ProxyConfig</c> resource
/// (<see cref="Networking.V1Beta1.ProxyConfig"/>).
/// </summary>
/// <example>
/// <code>
/// Template = new()
/// {
///     Metadata = new TemplateMetadata { Labels = { ["app"] = "web" } }
///         .SetProxyConfig(new ProxyConfig
///         {
///             HoldApplicationUntilProxyStarts = true,
///             ExitOnZeroActiveConnections = true,
///             MinimumDrainDuration = Duration.FromSeconds(10),
///         }),
///     ...
/// }
/// </code>
/// </example>
public sealed class ProxyConfig : ModelObject
{
    public ProxyConfig([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>discoveryAddress</c>: the xDS server, e.g. <c>istiod.istio-system.svc:15012</c>.</summary>
    public string? DiscoveryAddress { get; set; }

    /// <summary>
    /// <c>drainDuration</c>: Envoy's <c>--drain-time-s</c> (default 45s). Must be whole seconds and at
    /// least 1s (MESH002). It does NOT make the sidecar wait on shutdown: the agent still stops Envoy
    /// after <see cref="TerminationDrainDuration"/> (I2, I5, MESH014).
    /// </summary>
    public Duration? DrainDuration { get; set; }

    /// <summary>
    /// <c>terminationDrainDuration</c>: on SIGTERM the agent drains Envoy's listeners, sleeps this long,
    /// then kills Envoy (default 5s; Istio 1.7). Unused with <see cref="ExitOnZeroActiveConnections"/>
    /// and with native sidecars (P1, I2, MESH013, MESH015, MESH018).
    /// </summary>
    public Duration? TerminationDrainDuration { get; set; }

    /// <summary>
    /// <c>holdApplicationUntilProxyStarts</c>: start the app containers only once the proxy is ready
    /// (default false; per pod since Istio 1.8). Ignored with native sidecars, which order start-up
    /// themselves (P1, I1, I4, MESH018, MESH020).
    /// </summary>
    public bool? HoldApplicationUntilProxyStarts { get; set; }

    /// <summary>
    /// <c>concurrency</c>: Envoy worker threads; 0 uses all cores; unset derives it from the proxy's CPU
    /// requests/limits. The ProxyConfig resource wins over this field (P1, P2).
    /// </summary>
    public int? Concurrency { get; set; }

    /// <summary>
    /// <c>proxyMetadata</c>: extra environment variables of the proxy (<c>ISTIO_META_*</c> are also sent
    /// to istiod). Well-known keys: <see cref="ProxyMetadataKeys"/> (P1, I3).
    /// </summary>
    public IDictionary<string, string> ProxyMetadata { get; init; } = new Dictionary<string, string>();

    /// <summary><c>runtimeValues</c>: Envoy runtime overrides.</summary>
    public IDictionary<string, string> RuntimeValues { get; init; } = new Dictionary<string, string>();

    /// <summary><c>image</c>: the proxy image variant (<c>default</c>, <c>debug</c>, <c>distroless</c>) (P2).</summary>
    public ProxyImage? Image { get; set; }

    /// <summary>
    /// <c>gatewayTopology</c>: how a gateway treats X-Forwarded-For and client certificate headers.
    /// "This configuration only effects gateways" (P1, MESH030).
    /// </summary>
    public Topology? GatewayTopology { get; set; }

    /// <summary><c>proxyHeaders</c>: which headers the proxy adds or forwards (e.g. XFCC on sidecars).</summary>
    public ProxyHeaders? ProxyHeaders { get; set; }

    /// <summary><c>interceptionMode</c>: how inbound traffic is redirected to Envoy.</summary>
    public InterceptionMode? InterceptionMode { get; set; }

    /// <summary><c>statusPort</c>: the agent's health/status port (15020 by default; 0 disables).</summary>
    public int? StatusPort { get; set; }

    /// <summary><c>proxyAdminPort</c>: Envoy's admin port (15000 by default).</summary>
    public int? ProxyAdminPort { get; set; }

    /// <summary><c>readinessProbe</c>: the application check the proxy runs for VMs (WorkloadGroup probe shape).</summary>
    public ReadinessProbe? ReadinessProbe { get; set; }

    /// <summary><c>extraStatTags</c>: additional tags extracted by in-proxy telemetry.</summary>
    public IList<string> ExtraStatTags { get; init; } = [];

    /// <summary><c>proxyStatsMatcher</c>: extra Envoy stats to emit.</summary>
    public ProxyStatsMatcher? ProxyStatsMatcher { get; set; }

    /// <summary><c>tracingServiceName</c>: how Envoy's service cluster (trace service name) is built.</summary>
    public TracingServiceName? TracingServiceName { get; set; }

    /// <summary><c>meshId</c>: the mesh this proxy belongs to.</summary>
    public string? MeshId { get; set; }

    /// <summary>
    /// Typed view of <c>proxyMetadata.EXIT_ON_ZERO_ACTIVE_CONNECTIONS</c>: stored in
    /// <see cref="ProxyMetadata"/> as <c>"true"</c>/<c>"false"</c> (written once, there); null removes it.
    /// Reading accepts what Go's <c>strconv.ParseBool</c> accepts; anything else reads as null (I3, MESH015).
    /// Set it after (or instead of) replacing <see cref="ProxyMetadata"/> in an initializer.
    /// </summary>
    [WireIgnore]
    public bool? ExitOnZeroActiveConnections
    {
        get => ProxyMetadata.TryGetValue(ProxyMetadataKeys.ExitOnZeroActiveConnections, out var v) ? ParseGoBool(v) : null;
        set => SetMetadata(ProxyMetadataKeys.ExitOnZeroActiveConnections, value is { } b ? (b ? "true" : "false") : null);
    }

    /// <summary>
    /// Typed view of <c>proxyMetadata.MINIMUM_DRAIN_DURATION</c>: stored in <see cref="ProxyMetadata"/>
    /// as a duration string (<c>10s</c>); null removes it. Text that does not parse reads as null (I3).
    /// </summary>
    [WireIgnore]
    public Duration? MinimumDrainDuration
    {
        get => ProxyMetadata.TryGetValue(ProxyMetadataKeys.MinimumDrainDuration, out var v) && Duration.TryParse(v, out var d) ? d : null;
        set => SetMetadata(ProxyMetadataKeys.MinimumDrainDuration, value?.ToString());
    }

    private void SetMetadata(string key, string? value)
    {
        if (value is null) ProxyMetadata.Remove(key);
        else ProxyMetadata[key] = value;
    }

    /// <summary>Go's <c>strconv.ParseBool</c>: 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False.</summary>
    internal static bool? ParseGoBool(string? text) => text switch
    {
        "1" or "t" or "T" or "TRUE" or "true" or "True" => true,
        "0" or "f" or "F" or "FALSE" or "false" or "False" => false,
        _ => null,
    };
}

/// <summary><c>Topology</c> (<c>gatewayTopology</c>): the network in front of a gateway (P1, I8).</summary>
public sealed class Topology : ModelObject
{
    public Topology([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>
    /// <c>numTrustedProxies</c>: trusted proxies in front of the gateway (default 0); the client address
    /// is the Nth from the right of X-Forwarded-For (Envoy <c>xff_num_trusted_hops</c>) (P1, I8).
    /// </summary>
    public int? NumTrustedProxies { get; set; }

    /// <summary>
    /// <c>forwardClientCertDetails</c>: XFCC handling; gateways default to SANITIZE_SET (I8, MESH031).
    /// </summary>
    public ForwardClientCertDetails? ForwardClientCertDetails { get; set; }

    /// <summary>
    /// <c>proxyProtocol</c>: set (even empty, <c>{}</c>) to accept the PROXY protocol on the gateway's
    /// listeners (Istio 1.19) (P1, I8).
    /// </summary>
    public ProxyProtocolConfiguration? ProxyProtocol { get; set; }
}

/// <summary><c>Topology.ProxyProtocolConfiguration</c>: an empty message; its presence enables the PROXY protocol.</summary>
public sealed class ProxyProtocolConfiguration : ModelObject
{
    public ProxyProtocolConfiguration([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }
}

/// <summary><c>Topology.ForwardClientCertDetails</c>: X-Forwarded-Client-Cert handling (P1).</summary>
public enum ForwardClientCertDetails
{
    /// <summary><c>UNDEFINED</c>: not set; the proxy's default applies.</summary>
    [WireName("UNDEFINED")]
    Undefined,

    /// <summary><c>SANITIZE</c>: do not send the XFCC header to the next hop.</summary>
    [WireName("SANITIZE")]
    Sanitize,

    /// <summary><c>FORWARD_ONLY</c>: for mTLS clients, forward the header as is.</summary>
    [WireName("FORWARD_ONLY")]
    ForwardOnly,

    /// <summary><c>APPEND_FORWARD</c>: for mTLS clients, append the client certificate and forward (sidecar default).</summary>
    [WireName("APPEND_FORWARD")]
    AppendForward,

    /// <summary><c>SANITIZE_SET</c>: for mTLS clients, replace the header with the client certificate (gateway default, I8).</summary>
    [WireName("SANITIZE_SET")]
    SanitizeSet,

    /// <summary><c>ALWAYS_FORWARD_ONLY</c>: always forward the header, mTLS or not: clients can forge it (MESH031).</summary>
    [WireName("ALWAYS_FORWARD_ONLY")]
    AlwaysForwardOnly,
}

/// <summary><c>ProxyConfig.InboundInterceptionMode</c>.</summary>
public enum InterceptionMode
{
    /// <summary><c>REDIRECT</c>: iptables REDIRECT (NAT); the source address is lost.</summary>
    [WireName("REDIRECT")]
    Redirect,

    /// <summary><c>TPROXY</c>: transparent proxy; keeps the source address (needs NET_ADMIN).</summary>
    [WireName("TPROXY")]
    Tproxy,

    /// <summary><c>NONE</c>: no redirection.</summary>
    [WireName("NONE")]
    None,
}

/// <summary><c>ProxyConfig.TracingServiceName</c>.</summary>
public enum TracingServiceName
{
    /// <summary><c>APP_LABEL_AND_NAMESPACE</c>: the <c>app</c> label and namespace (default).</summary>
    [WireName("APP_LABEL_AND_NAMESPACE")]
    AppLabelAndNamespace,

    /// <summary><c>CANONICAL_NAME_ONLY</c>: the canonical service name.</summary>
    [WireName("CANONICAL_NAME_ONLY")]
    CanonicalNameOnly,

    /// <summary><c>CANONICAL_NAME_AND_NAMESPACE</c>: the canonical name and namespace.</summary>
    [WireName("CANONICAL_NAME_AND_NAMESPACE")]
    CanonicalNameAndNamespace,
}

/// <summary><c>ProxyConfig.ProxyHeaders</c>: headers the proxy adds or forwards.</summary>
public sealed class ProxyHeaders : ModelObject
{
    public ProxyHeaders([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>forwardedClientCert</c>: XFCC handling on sidecars (gateways use <see cref="Topology.ForwardClientCertDetails"/>) (P1).</summary>
    public ForwardClientCertDetails? ForwardedClientCert { get; set; }

    /// <summary><c>requestId</c>: the <c>x-request-id</c> header.</summary>
    public HeaderToggle? RequestId { get; set; }

    /// <summary><c>server</c>: the <c>server</c> response header.</summary>
    public ServerHeader? Server { get; set; }

    /// <summary><c>attemptCount</c>: the <c>x-envoy-attempt-count</c> header.</summary>
    public HeaderToggle? AttemptCount { get; set; }

    /// <summary><c>envoyDebugHeaders</c>: the <c>x-envoy-*</c> debug headers.</summary>
    public HeaderToggle? EnvoyDebugHeaders { get; set; }

    /// <summary><c>preserveHttp1HeaderCase</c>: keep the case of HTTP/1.1 header names.</summary>
    [WireName("preserveHttp1HeaderCase")]
    public bool? PreserveHttp1HeaderCase { get; set; }
}

/// <summary>A proxy header that can be switched off: <c>{disabled: true}</c>.</summary>
public sealed class HeaderToggle : ModelObject
{
    public HeaderToggle([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>disabled</c>: do not add the header.</summary>
    public bool? Disabled { get; set; }
}

/// <summary><c>ProxyHeaders.Server</c>.</summary>
public sealed class ServerHeader : ModelObject
{
    public ServerHeader([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>disabled</c>: do not set the header.</summary>
    public bool? Disabled { get; set; }

    /// <summary><c>value</c>: the value; <c>istio-envoy</c> by default.</summary>
    public string? Value { get; set; }
}

/// <summary><c>ProxyConfig.ProxyStatsMatcher</c>: extra Envoy stats to emit.</summary>
public sealed class ProxyStatsMatcher : ModelObject
{
    public ProxyStatsMatcher([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>inclusionPrefixes</c>.</summary>
    public IList<string> InclusionPrefixes { get; init; } = [];

    /// <summary><c>inclusionSuffixes</c>.</summary>
    public IList<string> InclusionSuffixes { get; init; } = [];

    /// <summary><c>inclusionRegexps</c>.</summary>
    public IList<string> InclusionRegexps { get; init; } = [];
}

/// <summary><c>ReadinessProbe</c> (networking v1alpha3, as in WorkloadGroup): set one of httpGet, tcpSocket, exec, grpc.</summary>
public sealed class ReadinessProbe : ModelObject
{
    public ReadinessProbe([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>initialDelaySeconds</c>.</summary>
    public int? InitialDelaySeconds { get; set; }

    /// <summary><c>timeoutSeconds</c>.</summary>
    public int? TimeoutSeconds { get; set; }

    /// <summary><c>periodSeconds</c>.</summary>
    public int? PeriodSeconds { get; set; }

    /// <summary><c>successThreshold</c>.</summary>
    public int? SuccessThreshold { get; set; }

    /// <summary><c>failureThreshold</c>.</summary>
    public int? FailureThreshold { get; set; }

    /// <summary><c>httpGet</c>: an HTTP GET to the workload.</summary>
    public HttpHealthCheckConfig? HttpGet { get; set; }

    /// <summary><c>tcpSocket</c>: a TCP connect.</summary>
    public TcpHealthCheckConfig? TcpSocket { get; set; }

    /// <summary><c>exec</c>: a command.</summary>
    public ExecHealthCheckConfig? Exec { get; set; }
}

/// <summary><c>HTTPHealthCheckConfig</c>.</summary>
public sealed class HttpHealthCheckConfig : ModelObject
{
    public HttpHealthCheckConfig([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>path</c>.</summary>
    public string? Path { get; set; }

    /// <summary><c>port</c> (required).</summary>
    public required int Port { get; set; }

    /// <summary><c>host</c>: the pod IP by default.</summary>
    public string? Host { get; set; }

    /// <summary><c>scheme</c>: <c>HTTP</c> or <c>HTTPS</c>.</summary>
    public string? Scheme { get; set; }
}

/// <summary><c>TCPHealthCheckConfig</c>.</summary>
public sealed class TcpHealthCheckConfig : ModelObject
{
    public TcpHealthCheckConfig([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>host</c>.</summary>
    public string? Host { get; set; }

    /// <summary><c>port</c> (required).</summary>
    public required int Port { get; set; }
}

/// <summary><c>ExecHealthCheckConfig</c>.</summary>
public sealed class ExecHealthCheckConfig : ModelObject
{
    public ExecHealthCheckConfig([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>command</c> (required).</summary>
    public IList<string> Command { get; init; } = [];
}
