using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Istio.Networking.V1;

/// <summary>
/// <c>networking.istio.io/v1 DestinationRule</c>: policies for traffic to <see cref="DestinationRuleSpec.Host"/>
/// after routing: load balancing (incl. slow-start <c>warmup</c>), connection pools, outlier detection, TLS,
/// and named subsets (P3).
/// </summary>
public sealed class DestinationRule : KubernetesObject
{
    public const string ApiVersionValue = "networking.istio.io/v1";
    public const string KindValue = "DestinationRule";

    public DestinationRule([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required DestinationRuleSpec Spec { get; set; }
}

/// <summary><c>spec</c> of a <see cref="DestinationRule"/>.</summary>
public sealed class DestinationRuleSpec : ModelObject
{
    public DestinationRuleSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>
    /// <c>host</c>: a service from the registry. Short names resolve in the rule's namespace, not the
    /// service's: prefer fully qualified names (P3).
    /// </summary>
    public required string Host { get; set; }

    /// <summary><c>trafficPolicy</c>: policies for every port and subset unless overridden.</summary>
    public TrafficPolicy? TrafficPolicy { get; set; }

    /// <summary><c>subsets</c>: named versions of the service; their policies override the service-level ones.</summary>
    public IList<Subset> Subsets { get; init; } = [];

    /// <summary><c>exportTo</c>: namespaces that see this rule: <c>.</c>, <c>*</c> or names; all when empty.</summary>
    public IList<string> ExportTo { get; init; } = [];

    /// <summary><c>workloadSelector</c>: apply only to these client workloads in the rule's namespace.</summary>
    public WorkloadSelector? WorkloadSelector { get; set; }
}

/// <summary><c>Subset</c>: a named set of endpoints (e.g. a version) with optional policy overrides.</summary>
public sealed class Subset : ModelObject
{
    public Subset([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: referenced by routes' <c>destination.subset</c>.</summary>
    public required string Name { get; set; }

    /// <summary><c>labels</c>: endpoint labels selecting the subset (IST0173 when they select no pods).</summary>
    public IDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary><c>trafficPolicy</c>: overrides the rule-level policy for this subset.</summary>
    public TrafficPolicy? TrafficPolicy { get; set; }
}

/// <summary><c>TrafficPolicy</c>: load balancing, connection pool, outlier detection and TLS for a destination.</summary>
public sealed class TrafficPolicy : ModelObject
{
    public TrafficPolicy([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>loadBalancer</c>: the load-balancing algorithm and slow start.</summary>
    public LoadBalancerSettings? LoadBalancer { get; set; }

    /// <summary><c>connectionPool</c>: limits on connections and requests to each upstream host.</summary>
    public ConnectionPoolSettings? ConnectionPool { get; set; }

    /// <summary><c>outlierDetection</c>: ejection of failing hosts from the pool.</summary>
    public OutlierDetection? OutlierDetection { get; set; }

    /// <summary><c>tls</c>: TLS to the upstream.</summary>
    public ClientTlsSettings? Tls { get; set; }

    /// <summary><c>portLevelSettings</c>: per-port policies; they replace (not merge with) the destination-level ones.</summary>
    public IList<PortTrafficPolicy> PortLevelSettings { get; init; } = [];

    /// <summary><c>tunnel</c>: tunnel TCP over HTTP CONNECT/POST to an upstream.</summary>
    public TunnelSettings? Tunnel { get; set; }

    /// <summary><c>proxyProtocol</c>: send the PROXY protocol header upstream.</summary>
    public ProxyProtocol? ProxyProtocol { get; set; }

    /// <summary><c>retryBudget</c>: limit concurrent retries relative to active requests (Istio 1.27+).</summary>
    public RetryBudget? RetryBudget { get; set; }
}

/// <summary><c>TrafficPolicy.PortTrafficPolicy</c>: a policy for one port of the destination.</summary>
public sealed class PortTrafficPolicy : ModelObject
{
    public PortTrafficPolicy([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>port</c>: the destination port this policy applies to.</summary>
    public PortSelector? Port { get; set; }

    /// <summary><c>loadBalancer</c>: the load-balancing algorithm and slow start for this port.</summary>
    public LoadBalancerSettings? LoadBalancer { get; set; }

    /// <summary><c>connectionPool</c>: connection limits for this port.</summary>
    public ConnectionPoolSettings? ConnectionPool { get; set; }

    /// <summary><c>outlierDetection</c>: ejection for this port.</summary>
    public OutlierDetection? OutlierDetection { get; set; }

    /// <summary><c>tls</c>: TLS for this port.</summary>
    public ClientTlsSettings? Tls { get; set; }
}

/// <summary>
/// <c>LoadBalancerSettings</c>: set <see cref="Simple"/> or <see cref="ConsistentHash"/>; unset
/// <c>simple</c> means LEAST_REQUEST (I7). Slow start: <see cref="Warmup"/> (P3, MESH040, MESH041).
/// </summary>
public sealed class LoadBalancerSettings : ModelObject
{
    public LoadBalancerSettings([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>simple</c>: a standard algorithm.</summary>
    public SimpleLoadBalancer? Simple { get; set; }

    /// <summary><c>consistentHash</c>: soft session affinity by header, cookie, source IP or query parameter.</summary>
    public ConsistentHashLoadBalancer? ConsistentHash { get; set; }

    /// <summary><c>localityLbSetting</c>: locality weighting/failover; replaces the mesh-wide setting entirely.</summary>
    public LocalityLoadBalancerSetting? LocalityLbSetting { get; set; }

    /// <summary>
    /// <c>warmupDurationSecs</c>: slow-start window of new endpoints (Istio 1.14). Deprecated since
    /// Istio 1.24: use <see cref="Warmup"/>; the CRD rejects both together (P3, I9, MESH041).
    /// Only ROUND_ROBIN and LEAST_REQUEST honour it (MESH040).
    /// </summary>
    [Obsolete("Deprecated by Istio 1.24: use Warmup (warmup.duration) instead; only one of warmupDurationSecs or warmup can be set.")]
    public Duration? WarmupDurationSecs { get; set; }

    /// <summary>
    /// <c>warmup</c>: slow start (Istio 1.24+): new endpoints get a growing share of traffic for
    /// <c>duration</c>. Only ROUND_ROBIN and LEAST_REQUEST honour it; most effective for scale-ups,
    /// not whole new deployments (P3, I7, MESH040).
    /// </summary>
    public WarmupConfiguration? Warmup { get; set; }
}

/// <summary><c>LoadBalancerSettings.SimpleLB</c>.</summary>
public enum SimpleLoadBalancer
{
    /// <summary><c>UNSPECIFIED</c>: Istio picks the default (LEAST_REQUEST).</summary>
    [WireName("UNSPECIFIED")]
    Unspecified,

    /// <summary><c>LEAST_CONN</c>: deprecated alias of LEAST_REQUEST.</summary>
    [WireName("LEAST_CONN")]
    LeastConn,

    /// <summary><c>RANDOM</c>: a random healthy host. Ignores warmup (MESH040).</summary>
    [WireName("RANDOM")]
    Random,

    /// <summary><c>PASSTHROUGH</c>: the caller's original destination, no load balancing. Ignores warmup.</summary>
    [WireName("PASSTHROUGH")]
    Passthrough,

    /// <summary><c>ROUND_ROBIN</c>: round robin.</summary>
    [WireName("ROUND_ROBIN")]
    RoundRobin,

    /// <summary><c>LEAST_REQUEST</c>: favour hosts with fewer outstanding requests; the default.</summary>
    [WireName("LEAST_REQUEST")]
    LeastRequest,
}

/// <summary><c>WarmupConfiguration</c> (P3; validation I7, I9).</summary>
public sealed class WarmupConfiguration : ModelObject
{
    public WarmupConfiguration([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>duration</c>: the warmup window from endpoint creation (not readiness); required, at least 1ms.</summary>
    public required Duration Duration { get; set; }

    /// <summary><c>minimumPercent</c>: minimum share of traffic during warmup, 0–100; default 10.</summary>
    public double? MinimumPercent { get; set; }

    /// <summary><c>aggression</c>: curve of the traffic increase; 1.0 (default) is linear; must be &gt; 0.</summary>
    public double? Aggression { get; set; }
}

/// <summary><c>LoadBalancerSettings.ConsistentHashLB</c>: set one hash key and optionally one algorithm.</summary>
public sealed class ConsistentHashLoadBalancer : ModelObject
{
    public ConsistentHashLoadBalancer([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>httpHeaderName</c>: hash on this request header.</summary>
    public string? HttpHeaderName { get; set; }

    /// <summary><c>httpCookie</c>: hash on this cookie (generated when absent and a TTL is set).</summary>
    public HttpCookie? HttpCookie { get; set; }

    /// <summary><c>useSourceIp</c>: hash on the source IP.</summary>
    public bool? UseSourceIp { get; set; }

    /// <summary><c>httpQueryParameterName</c>: hash on this query parameter.</summary>
    public string? HttpQueryParameterName { get; set; }

    /// <summary><c>ringHash</c>: ring hash algorithm (the default).</summary>
    public RingHash? RingHash { get; set; }

    /// <summary><c>maglev</c>: Maglev algorithm.</summary>
    public MagLev? Maglev { get; set; }

    /// <summary><c>minimumRingSize</c>: deprecated, use <see cref="RingHash"/>.</summary>
    public long? MinimumRingSize { get; set; }
}

/// <summary><c>ConsistentHashLB.HTTPCookie</c>.</summary>
public sealed class HttpCookie : ModelObject
{
    public HttpCookie([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: the cookie name.</summary>
    public required string Name { get; set; }

    /// <summary><c>path</c>: the cookie path.</summary>
    public string? Path { get; set; }

    /// <summary><c>ttl</c>: lifetime of a generated cookie; zero for a session cookie.</summary>
    public Duration? Ttl { get; set; }
}

/// <summary><c>ConsistentHashLB.RingHash</c>.</summary>
public sealed class RingHash : ModelObject
{
    public RingHash([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>minimumRingSize</c>: virtual nodes on the ring; default 1024.</summary>
    public long? MinimumRingSize { get; set; }
}

/// <summary><c>ConsistentHashLB.MagLev</c>.</summary>
public sealed class MagLev : ModelObject
{
    public MagLev([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>tableSize</c>: a prime below 5000011; default 65537.</summary>
    public long? TableSize { get; set; }
}

/// <summary><c>LocalityLoadBalancerSetting</c>: set one of distribute, failover or failoverPriority.</summary>
public sealed class LocalityLoadBalancerSetting : ModelObject
{
    public LocalityLoadBalancerSetting([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>distribute</c>: traffic weights from a locality to others.</summary>
    public IList<LocalityDistribute> Distribute { get; init; } = [];

    /// <summary><c>failover</c>: region failover targets (needs outlier detection).</summary>
    public IList<LocalityFailover> Failover { get; init; } = [];

    /// <summary><c>failoverPriority</c>: ordered labels used to prioritise endpoints.</summary>
    public IList<string> FailoverPriority { get; init; } = [];

    /// <summary><c>enabled</c>: turn locality load balancing on or off for this destination.</summary>
    public bool? Enabled { get; set; }
}

/// <summary><c>LocalityLoadBalancerSetting.Distribute</c>.</summary>
public sealed class LocalityDistribute : ModelObject
{
    public LocalityDistribute([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>from</c>: originating locality <c>region/zone/sub_zone</c>, wildcards allowed.</summary>
    public string? From { get; set; }

    /// <summary><c>to</c>: upstream localities to weights (summing to 100).</summary>
    public IDictionary<string, int> To { get; init; } = new Dictionary<string, int>();
}

/// <summary><c>LocalityLoadBalancerSetting.Failover</c>.</summary>
public sealed class LocalityFailover : ModelObject
{
    public LocalityFailover([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>from</c>: originating region.</summary>
    public string? From { get; set; }

    /// <summary><c>to</c>: region to fail over to.</summary>
    public string? To { get; set; }
}

/// <summary><c>ConnectionPoolSettings</c>: per-host limits (DestinationRule) or inbound limits (Sidecar).</summary>
public sealed class ConnectionPoolSettings : ModelObject
{
    public ConnectionPoolSettings([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>tcp</c>: settings common to TCP and HTTP.</summary>
    public TcpSettings? Tcp { get; set; }

    /// <summary><c>http</c>: HTTP/1.1, HTTP2 and gRPC settings.</summary>
    public HttpSettings? Http { get; set; }
}

/// <summary><c>ConnectionPoolSettings.TCPSettings</c>.</summary>
public sealed class TcpSettings : ModelObject
{
    public TcpSettings([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>maxConnections</c>: maximum HTTP1/TCP connections to a host; default 2^32-1.</summary>
    public int? MaxConnections { get; set; }

    /// <summary><c>connectTimeout</c>: TCP connect timeout; at least 1ms; default 10s.</summary>
    public Duration? ConnectTimeout { get; set; }

    /// <summary><c>tcpKeepalive</c>: enable SO_KEEPALIVE.</summary>
    public TcpKeepalive? TcpKeepalive { get; set; }

    /// <summary><c>maxConnectionDuration</c>: close connections older than this; at least 1ms.</summary>
    public Duration? MaxConnectionDuration { get; set; }

    /// <summary><c>idleTimeout</c>: close TCP connections idle this long; default 1h; 0s disables.</summary>
    public Duration? IdleTimeout { get; set; }
}

/// <summary><c>TCPSettings.TcpKeepalive</c>.</summary>
public sealed class TcpKeepalive : ModelObject
{
    public TcpKeepalive([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>probes</c>: unanswered probes before the connection is dead; OS default (9).</summary>
    public int? Probes { get; set; }

    /// <summary><c>time</c>: idle time before probes start; OS default (7200s).</summary>
    public Duration? Time { get; set; }

    /// <summary><c>interval</c>: time between probes; OS default (75s).</summary>
    public Duration? Interval { get; set; }
}

/// <summary><c>ConnectionPoolSettings.HTTPSettings</c>.</summary>
public sealed class HttpSettings : ModelObject
{
    public HttpSettings([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>http1MaxPendingRequests</c>: requests queued waiting for a connection; default 2^32-1.</summary>
    public int? Http1MaxPendingRequests { get; set; }

    /// <summary><c>http2MaxRequests</c>: maximum active requests to a host; default 2^32-1.</summary>
    public int? Http2MaxRequests { get; set; }

    /// <summary><c>maxRequestsPerConnection</c>: 1 disables keep-alive; 0 means unlimited.</summary>
    public int? MaxRequestsPerConnection { get; set; }

    /// <summary><c>maxRetries</c>: outstanding retries to all hosts at a time; default 2^32-1.</summary>
    public int? MaxRetries { get; set; }

    /// <summary><c>idleTimeout</c>: close upstream connections without active requests this long; default 1h.</summary>
    public Duration? IdleTimeout { get; set; }

    /// <summary><c>h2UpgradePolicy</c>: upgrade HTTP/1.1 connections to HTTP/2.</summary>
    [WireName("h2UpgradePolicy")]
    public H2UpgradePolicy? H2UpgradePolicy { get; set; }

    /// <summary><c>useClientProtocol</c>: keep the client's HTTP protocol upstream (disables the upgrade).</summary>
    public bool? UseClientProtocol { get; set; }

    /// <summary><c>maxConcurrentStreams</c>: concurrent streams per HTTP/2 connection; default 2^31-1.</summary>
    public int? MaxConcurrentStreams { get; set; }
}

/// <summary><c>HTTPSettings.H2UpgradePolicy</c>.</summary>
public enum H2UpgradePolicy
{
    /// <summary><c>DEFAULT</c>: the mesh default.</summary>
    [WireName("DEFAULT")]
    Default,

    /// <summary><c>DO_NOT_UPGRADE</c>.</summary>
    [WireName("DO_NOT_UPGRADE")]
    DoNotUpgrade,

    /// <summary><c>UPGRADE</c>.</summary>
    [WireName("UPGRADE")]
    Upgrade,
}

/// <summary><c>OutlierDetection</c>: eject hosts that keep failing.</summary>
public sealed class OutlierDetection : ModelObject
{
    public OutlierDetection([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>splitExternalLocalOriginErrors</c>: count local-origin failures (connect errors, timeouts) separately.</summary>
    public bool? SplitExternalLocalOriginErrors { get; set; }

    /// <summary><c>consecutiveLocalOriginFailures</c>: local-origin failures before ejection; default 5.</summary>
    public int? ConsecutiveLocalOriginFailures { get; set; }

    /// <summary><c>consecutiveGatewayErrors</c>: 502/503/504 (or connect failures) before ejection; 0 disables.</summary>
    public int? ConsecutiveGatewayErrors { get; set; }

    /// <summary><c>consecutive5xxErrors</c>: 5xx errors before ejection; default 5; 0 disables.</summary>
    [WireName("consecutive5xxErrors")]
    public int? Consecutive5xxErrors { get; set; }

    /// <summary><c>interval</c>: time between ejection sweeps; default 10s.</summary>
    public Duration? Interval { get; set; }

    /// <summary><c>baseEjectionTime</c>: minimum ejection time, multiplied by the ejection count; default 30s.</summary>
    public Duration? BaseEjectionTime { get; set; }

    /// <summary><c>maxEjectionPercent</c>: maximum share of hosts ejected; default 10%.</summary>
    public int? MaxEjectionPercent { get; set; }

    /// <summary><c>minHealthPercent</c>: detection is off below this share of healthy hosts; default 0%.</summary>
    public int? MinHealthPercent { get; set; }
}

/// <summary><c>ClientTLSSettings</c>: TLS from the proxy to the upstream.</summary>
public sealed class ClientTlsSettings : ModelObject
{
    public ClientTlsSettings([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>mode</c>: how TLS is used to the upstream.</summary>
    public ClientTlsMode? Mode { get; set; }

    /// <summary><c>clientCertificate</c>: path to the client certificate (MUTUAL).</summary>
    public string? ClientCertificate { get; set; }

    /// <summary><c>privateKey</c>: path to the client key (MUTUAL).</summary>
    public string? PrivateKey { get; set; }

    /// <summary><c>caCertificates</c>: path to CA certificates verifying the server.</summary>
    public string? CaCertificates { get; set; }

    /// <summary><c>credentialName</c>: Secret with the client certificate/CA (gateways, or sidecars with a workloadSelector).</summary>
    public string? CredentialName { get; set; }

    /// <summary><c>subjectAltNames</c>: accepted server SANs; overrides the ServiceEntry's.</summary>
    public IList<string> SubjectAltNames { get; init; } = [];

    /// <summary><c>sni</c>: SNI presented to the server.</summary>
    public string? Sni { get; set; }

    /// <summary><c>insecureSkipVerify</c>: skip verification of the server certificate's CA and SAN.</summary>
    public bool? InsecureSkipVerify { get; set; }

    /// <summary><c>caCrl</c>: path to a certificate revocation list.</summary>
    public string? CaCrl { get; set; }
}

/// <summary><c>ClientTLSSettings.TLSmode</c>.</summary>
public enum ClientTlsMode
{
    /// <summary><c>DISABLE</c>: plain text.</summary>
    [WireName("DISABLE")]
    Disable,

    /// <summary><c>SIMPLE</c>: originate TLS.</summary>
    [WireName("SIMPLE")]
    Simple,

    /// <summary><c>MUTUAL</c>: mutual TLS with the given client certificate.</summary>
    [WireName("MUTUAL")]
    Mutual,

    /// <summary><c>ISTIO_MUTUAL</c>: mutual TLS with Istio certificates; leave the other fields empty.</summary>
    [WireName("ISTIO_MUTUAL")]
    IstioMutual,
}

/// <summary><c>TrafficPolicy.TunnelSettings</c>.</summary>
public sealed class TunnelSettings : ModelObject
{
    public TunnelSettings([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>protocol</c>: <c>CONNECT</c> (default) or <c>POST</c>.</summary>
    public string? Protocol { get; set; }

    /// <summary><c>targetHost</c>: FQDN or IP the connection is tunneled to.</summary>
    public required string TargetHost { get; set; }

    /// <summary><c>targetPort</c>: port the connection is tunneled to.</summary>
    public required int TargetPort { get; set; }
}

/// <summary><c>TrafficPolicy.ProxyProtocol</c>.</summary>
public sealed class ProxyProtocol : ModelObject
{
    public ProxyProtocol([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>version</c>: V1 (default, text) or V2 (binary).</summary>
    public ProxyProtocolVersion? Version { get; set; }
}

/// <summary><c>ProxyProtocol.VERSION</c>.</summary>
public enum ProxyProtocolVersion
{
    /// <summary><c>V1</c>: human-readable.</summary>
    V1,

    /// <summary><c>V2</c>: binary.</summary>
    V2,
}

/// <summary><c>TrafficPolicy.RetryBudget</c>.</summary>
public sealed class RetryBudget : ModelObject
{
    public RetryBudget([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>percent</c>: concurrent retries as a percentage of active plus pending requests; default 20.</summary>
    public double? Percent { get; set; }

    /// <summary><c>minRetryConcurrency</c>: retries always allowed regardless of the percentage; default 3.</summary>
    public int? MinRetryConcurrency { get; set; }
}
