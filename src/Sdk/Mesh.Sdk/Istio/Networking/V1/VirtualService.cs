using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Istio.Networking.V1;

/// <summary>
/// <c>networking.istio.io/v1 VirtualService</c>: routing rules applied when traffic addresses
/// <see cref="VirtualServiceSpec.Hosts"/>, at the sidecars (<c>mesh</c>) and/or the named gateways.
/// </summary>
public sealed class VirtualService : KubernetesObject
{
    public const string ApiVersionValue = "networking.istio.io/v1";
    public const string KindValue = "VirtualService";

    public VirtualService([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required VirtualServiceSpec Spec { get; set; }
}

/// <summary><c>spec</c> of a <see cref="VirtualService"/>.</summary>
public sealed class VirtualServiceSpec : ModelObject
{
    public VirtualServiceSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>hosts</c>: destination hosts the rules apply to (DNS names, wildcards, IPs); empty only for delegates.</summary>
    public IList<string> Hosts { get; init; } = [];

    /// <summary><c>gateways</c>: <c>namespace/name</c> of gateways, and <c>mesh</c> for all sidecars; <c>mesh</c> when empty.</summary>
    public IList<string> Gateways { get; init; } = [];

    /// <summary><c>http</c>: ordered HTTP/1.1, HTTP2 and gRPC rules; the first match wins.</summary>
    public IList<HttpRoute> Http { get; init; } = [];

    /// <summary><c>tls</c>: ordered rules for unterminated TLS/HTTPS traffic, matched by SNI.</summary>
    public IList<TlsRoute> Tls { get; init; } = [];

    /// <summary><c>tcp</c>: ordered rules for opaque TCP traffic.</summary>
    public IList<TcpRoute> Tcp { get; init; } = [];

    /// <summary><c>exportTo</c>: namespaces that see this VirtualService: <c>.</c> (own), <c>*</c> (all) or names; all when empty.</summary>
    public IList<string> ExportTo { get; init; } = [];
}

/// <summary><c>HTTPRoute</c>: match conditions and what to do with matching HTTP traffic.</summary>
public sealed class HttpRoute : ModelObject
{
    public HttpRoute([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: for debugging; appears in access logs of routes.</summary>
    public string? Name { get; set; }

    /// <summary><c>match</c>: conditions ORed together; each condition's fields are ANDed. Matches everything when empty.</summary>
    public IList<HttpMatchRequest> Match { get; init; } = [];

    /// <summary><c>route</c>: weighted destinations to forward to (the default action).</summary>
    public IList<HttpRouteDestination> Route { get; init; } = [];

    /// <summary><c>redirect</c>: answer with a redirect instead of forwarding.</summary>
    public HttpRedirect? Redirect { get; set; }

    /// <summary><c>directResponse</c>: answer with a fixed response instead of forwarding.</summary>
    public HttpDirectResponse? DirectResponse { get; set; }

    /// <summary><c>delegate</c>: hand the route to another VirtualService (only on gateways' root VirtualServices).</summary>
    public DelegateReference? Delegate { get; set; }

    /// <summary><c>rewrite</c>: rewrite the URI and/or authority before forwarding.</summary>
    public HttpRewrite? Rewrite { get; set; }

    /// <summary><c>timeout</c>: the overall request timeout; disabled by default.</summary>
    public Duration? Timeout { get; set; }

    /// <summary>
    /// <c>retries</c>: retry policy. When unset Istio retries twice on
    /// <c>connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes</c> (MESH060).
    /// </summary>
    public HttpRetry? Retries { get; set; }

    /// <summary><c>fault</c>: client-side fault injection (delays and aborts); retries are not applied with it.</summary>
    public HttpFaultInjection? Fault { get; set; }

    /// <summary><c>mirror</c>: also send each request to this destination (responses ignored).</summary>
    public Destination? Mirror { get; set; }

    /// <summary><c>mirrors</c>: several mirror destinations, each with its own percentage.</summary>
    public IList<HttpMirrorPolicy> Mirrors { get; init; } = [];

    /// <summary><c>mirrorPercentage</c>: share of traffic mirrored to <see cref="Mirror"/>; 100% when unset.</summary>
    public Percent? MirrorPercentage { get; set; }

    /// <summary><c>corsPolicy</c>: Cross-Origin Resource Sharing policy.</summary>
    public CorsPolicy? CorsPolicy { get; set; }

    /// <summary><c>headers</c>: header manipulation for all destinations of this route.</summary>
    public Headers? Headers { get; set; }
}

/// <summary><c>HTTPMatchRequest</c>: conditions on a request; all set fields must match.</summary>
public sealed class HttpMatchRequest : ModelObject
{
    public HttpMatchRequest([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: concatenated with the route name in logs.</summary>
    public string? Name { get; set; }

    /// <summary><c>uri</c>: match on the path.</summary>
    public StringMatch? Uri { get; set; }

    /// <summary><c>scheme</c>: match on the URI scheme.</summary>
    public StringMatch? Scheme { get; set; }

    /// <summary><c>method</c>: match on the HTTP method.</summary>
    public StringMatch? Method { get; set; }

    /// <summary><c>authority</c>: match on the Host/authority.</summary>
    public StringMatch? Authority { get; set; }

    /// <summary><c>headers</c>: lower-case header names to matches; an empty match checks presence.</summary>
    public IDictionary<string, StringMatch> Headers { get; init; } = new Dictionary<string, StringMatch>();

    /// <summary><c>port</c>: the port being addressed.</summary>
    public int? Port { get; set; }

    /// <summary><c>sourceLabels</c>: only for callers carrying these labels.</summary>
    public IDictionary<string, string> SourceLabels { get; init; } = new Dictionary<string, string>();

    /// <summary><c>gateways</c>: only at these gateways; overrides the VirtualService's gateways.</summary>
    public IList<string> Gateways { get; init; } = [];

    /// <summary><c>queryParams</c>: query parameter matches (exact or regex).</summary>
    public IDictionary<string, StringMatch> QueryParams { get; init; } = new Dictionary<string, StringMatch>();

    /// <summary><c>ignoreUriCase</c>: case-insensitive URI match (exact and prefix only).</summary>
    public bool? IgnoreUriCase { get; set; }

    /// <summary><c>withoutHeaders</c>: the headers must NOT match.</summary>
    public IDictionary<string, StringMatch> WithoutHeaders { get; init; } = new Dictionary<string, StringMatch>();

    /// <summary><c>sourceNamespace</c>: only for callers in this namespace.</summary>
    public string? SourceNamespace { get; set; }

    /// <summary><c>statPrefix</c>: prefix for statistics of this route.</summary>
    public string? StatPrefix { get; set; }
}

/// <summary><c>HTTPRouteDestination</c>: a weighted destination of an HTTP route.</summary>
public sealed class HttpRouteDestination : ModelObject
{
    public HttpRouteDestination([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>destination</c>: where to forward.</summary>
    public required Destination Destination { get; set; }

    /// <summary><c>weight</c>: relative share of traffic; weights of a route should sum to 100 when several destinations are given.</summary>
    public int? Weight { get; set; }

    /// <summary><c>headers</c>: header manipulation for this destination.</summary>
    public Headers? Headers { get; set; }
}

/// <summary><c>RouteDestination</c>: a weighted destination of a TCP or TLS route.</summary>
public sealed class RouteDestination : ModelObject
{
    public RouteDestination([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>destination</c>: where to forward the connection.</summary>
    public required Destination Destination { get; set; }

    /// <summary><c>weight</c>: relative share of connections.</summary>
    public int? Weight { get; set; }
}

/// <summary><c>HTTPRedirect</c>: a redirect response; unset parts keep the request's values.</summary>
public sealed class HttpRedirect : ModelObject
{
    public HttpRedirect([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>uri</c>: replace the path.</summary>
    public string? Uri { get; set; }

    /// <summary><c>authority</c>: replace the authority/host.</summary>
    public string? Authority { get; set; }

    /// <summary><c>port</c>: replace the port (not with <see cref="DerivePort"/>).</summary>
    public int? Port { get; set; }

    /// <summary><c>derivePort</c>: derive the port from the protocol or the request.</summary>
    public RedirectPortSelection? DerivePort { get; set; }

    /// <summary><c>scheme</c>: replace the scheme.</summary>
    public string? Scheme { get; set; }

    /// <summary><c>redirectCode</c>: the status code; 301 when unset.</summary>
    public int? RedirectCode { get; set; }
}

/// <summary><c>HTTPRedirect.RedirectPortSelection</c>.</summary>
public enum RedirectPortSelection
{
    /// <summary><c>FROM_PROTOCOL_DEFAULT</c>: 80 for HTTP, 443 for HTTPS.</summary>
    [WireName("FROM_PROTOCOL_DEFAULT")]
    FromProtocolDefault,

    /// <summary><c>FROM_REQUEST_PORT</c>: the port of the request.</summary>
    [WireName("FROM_REQUEST_PORT")]
    FromRequestPort,
}

/// <summary><c>HTTPDirectResponse</c>: a fixed response.</summary>
public sealed class HttpDirectResponse : ModelObject
{
    public HttpDirectResponse([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>status</c>: the HTTP status code.</summary>
    public required int Status { get; set; }

    /// <summary><c>body</c>: the response body.</summary>
    public HttpBody? Body { get; set; }
}

/// <summary><c>HTTPBody</c>: set one of <see cref="Text"/> or <see cref="Bytes"/>.</summary>
public sealed class HttpBody : ModelObject
{
    public HttpBody([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>string</c>: the body as text.</summary>
    [WireName("string")]
    public string? Text { get; set; }

    /// <summary><c>bytes</c>: the body as base64-encoded bytes.</summary>
    public string? Bytes { get; set; }
}

/// <summary><c>Delegate</c> (<c>http[].delegate</c>): the VirtualService a route is delegated to.</summary>
public sealed class DelegateReference : ModelObject
{
    public DelegateReference([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: the delegate VirtualService.</summary>
    public string? Name { get; set; }

    /// <summary><c>namespace</c>: its namespace; the root's namespace when unset.</summary>
    public string? Namespace { get; set; }
}

/// <summary><c>HTTPRewrite</c>: rewrite parts of the request before forwarding.</summary>
public sealed class HttpRewrite : ModelObject
{
    public HttpRewrite([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>uri</c>: replace the path (or the matched prefix).</summary>
    public string? Uri { get; set; }

    /// <summary><c>authority</c>: replace the Host/authority header.</summary>
    public string? Authority { get; set; }

    /// <summary><c>uriRegexRewrite</c>: replace the parts of the path matching a regex.</summary>
    public RegexRewrite? UriRegexRewrite { get; set; }
}

/// <summary><c>RegexRewrite</c>.</summary>
public sealed class RegexRewrite : ModelObject
{
    public RegexRewrite([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>match</c>: RE2 regex.</summary>
    public string? Match { get; set; }

    /// <summary><c>rewrite</c>: replacement, may use capture groups (<c>\1</c>).</summary>
    public string? Rewrite { get; set; }
}

/// <summary><c>HTTPRetry</c>: how failed requests are retried.</summary>
public sealed class HttpRetry : ModelObject
{
    public HttpRetry([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>attempts</c>: number of retries; 0 disables retries (MESH060).</summary>
    public int? Attempts { get; set; }

    /// <summary><c>perTryTimeout</c>: timeout of each attempt, including the first; at least 1ms.</summary>
    public Duration? PerTryTimeout { get; set; }

    /// <summary><c>retryOn</c>: comma-separated Envoy retry conditions and status codes, e.g. <c>connect-failure,refused-stream,503</c>.</summary>
    public string? RetryOn { get; set; }

    /// <summary><c>retryRemoteLocalities</c>: retry to other localities.</summary>
    public bool? RetryRemoteLocalities { get; set; }

    /// <summary><c>retryIgnorePreviousHosts</c>: skip hosts already tried (Istio 1.26+; the default retry policy already does).</summary>
    public bool? RetryIgnorePreviousHosts { get; set; }

    /// <summary><c>backoff</c>: minimum time between retries (Istio 1.26+); 25ms by default.</summary>
    public Duration? Backoff { get; set; }
}

/// <summary><c>HTTPFaultInjection</c>: delays and/or aborts injected on the client side.</summary>
public sealed class HttpFaultInjection : ModelObject
{
    public HttpFaultInjection([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>delay</c>: delay requests before forwarding.</summary>
    public FaultDelay? Delay { get; set; }

    /// <summary><c>abort</c>: fail requests with an error code.</summary>
    public FaultAbort? Abort { get; set; }
}

/// <summary><c>HTTPFaultInjection.Delay</c>.</summary>
public sealed class FaultDelay : ModelObject
{
    public FaultDelay([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>fixedDelay</c>: the delay; at least 1ms.</summary>
    public Duration? FixedDelay { get; set; }

    /// <summary><c>percentage</c>: share of requests delayed; all when unset.</summary>
    public Percent? Percentage { get; set; }
}

/// <summary><c>HTTPFaultInjection.Abort</c>: set one of <see cref="HttpStatus"/>, <see cref="GrpcStatus"/>, <see cref="Http2Error"/>.</summary>
public sealed class FaultAbort : ModelObject
{
    public FaultAbort([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>httpStatus</c>: HTTP status code returned.</summary>
    public int? HttpStatus { get; set; }

    /// <summary><c>grpcStatus</c>: gRPC status name, e.g. <c>UNAVAILABLE</c>.</summary>
    public string? GrpcStatus { get; set; }

    /// <summary><c>http2Error</c>: HTTP/2 error code.</summary>
    public string? Http2Error { get; set; }

    /// <summary><c>percentage</c>: share of requests aborted; all when unset.</summary>
    public Percent? Percentage { get; set; }
}

/// <summary><c>HTTPMirrorPolicy</c>: one mirror destination.</summary>
public sealed class HttpMirrorPolicy : ModelObject
{
    public HttpMirrorPolicy([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>destination</c>: where the copy goes.</summary>
    public required Destination Destination { get; set; }

    /// <summary><c>percentage</c>: share of traffic mirrored; all when unset.</summary>
    public Percent? Percentage { get; set; }
}

/// <summary><c>CorsPolicy</c>.</summary>
public sealed class CorsPolicy : ModelObject
{
    public CorsPolicy([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>allowOrigins</c>: origin patterns allowed.</summary>
    public IList<StringMatch> AllowOrigins { get; init; } = [];

    /// <summary><c>allowMethods</c>: the <c>Access-Control-Allow-Methods</c> header.</summary>
    public IList<string> AllowMethods { get; init; } = [];

    /// <summary><c>allowHeaders</c>: the <c>Access-Control-Allow-Headers</c> header.</summary>
    public IList<string> AllowHeaders { get; init; } = [];

    /// <summary><c>exposeHeaders</c>: the <c>Access-Control-Expose-Headers</c> header.</summary>
    public IList<string> ExposeHeaders { get; init; } = [];

    /// <summary><c>maxAge</c>: how long a preflight result may be cached.</summary>
    public Duration? MaxAge { get; set; }

    /// <summary><c>allowCredentials</c>: the <c>Access-Control-Allow-Credentials</c> header.</summary>
    public bool? AllowCredentials { get; set; }

    /// <summary><c>unmatchedPreflights</c>: forward or ignore preflights that match no allowed origin.</summary>
    public UnmatchedPreflights? UnmatchedPreflights { get; set; }
}

/// <summary><c>CorsPolicy.UnmatchedPreflights</c>.</summary>
public enum UnmatchedPreflights
{
    /// <summary><c>UNSPECIFIED</c>: the default (FORWARD).</summary>
    [WireName("UNSPECIFIED")]
    Unspecified,

    /// <summary><c>FORWARD</c>: forward to the upstream.</summary>
    [WireName("FORWARD")]
    Forward,

    /// <summary><c>IGNORE</c>: answer without CORS headers.</summary>
    [WireName("IGNORE")]
    Ignore,
}

/// <summary><c>TCPRoute</c>: a rule for opaque TCP traffic.</summary>
public sealed class TcpRoute : ModelObject
{
    public TcpRoute([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>match</c>: conditions ORed together.</summary>
    public IList<L4MatchAttributes> Match { get; init; } = [];

    /// <summary><c>route</c>: where to forward the connection.</summary>
    public IList<RouteDestination> Route { get; init; } = [];
}

/// <summary><c>L4MatchAttributes</c>: conditions on a TCP connection.</summary>
public sealed class L4MatchAttributes : ModelObject
{
    public L4MatchAttributes([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>destinationSubnets</c>: destination IPs/CIDRs.</summary>
    public IList<string> DestinationSubnets { get; init; } = [];

    /// <summary><c>port</c>: the port addressed.</summary>
    public int? Port { get; set; }

    /// <summary><c>sourceLabels</c>: only for callers carrying these labels.</summary>
    public IDictionary<string, string> SourceLabels { get; init; } = new Dictionary<string, string>();

    /// <summary><c>gateways</c>: only at these gateways.</summary>
    public IList<string> Gateways { get; init; } = [];

    /// <summary><c>sourceNamespace</c>: only for callers in this namespace.</summary>
    public string? SourceNamespace { get; set; }
}

/// <summary><c>TLSRoute</c>: a rule for unterminated TLS traffic.</summary>
public sealed class TlsRoute : ModelObject
{
    public TlsRoute([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>match</c>: conditions ORed together (required).</summary>
    public required IList<TlsMatchAttributes> Match { get; init; }

    /// <summary><c>route</c>: where to forward the connection.</summary>
    public IList<RouteDestination> Route { get; init; } = [];
}

/// <summary><c>TLSMatchAttributes</c>: conditions on a TLS connection.</summary>
public sealed class TlsMatchAttributes : ModelObject
{
    public TlsMatchAttributes([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>sniHosts</c>: SNI names to match (required); wildcards allowed.</summary>
    public required IList<string> SniHosts { get; init; }

    /// <summary><c>destinationSubnets</c>: destination IPs/CIDRs.</summary>
    public IList<string> DestinationSubnets { get; init; } = [];

    /// <summary><c>port</c>: the port addressed.</summary>
    public int? Port { get; set; }

    /// <summary><c>sourceLabels</c>: only for callers carrying these labels.</summary>
    public IDictionary<string, string> SourceLabels { get; init; } = new Dictionary<string, string>();

    /// <summary><c>gateways</c>: only at these gateways.</summary>
    public IList<string> Gateways { get; init; } = [];

    /// <summary><c>sourceNamespace</c>: only for callers in this namespace.</summary>
    public string? SourceNamespace { get; set; }
}
