using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.GatewayApi.V1;

/// <summary>
/// <c>gateway.networking.k8s.io/v1 HTTPRoute</c>: matches HTTP requests by host, path, header,
/// query parameter and method, filters them and forwards them to backends
/// (kubernetes-sigs/gateway-api <c>apis/v1/httproute_types.go</c>, standard channel v1.6).
/// </summary>
public sealed class HttpRoute : KubernetesObject
{
    public const string ApiVersionValue = "gateway.networking.k8s.io/v1";
    public const string KindValue = "HTTPRoute";

    public HttpRoute([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>: the desired state (required).</summary>
    public required HttpRouteSpec Spec { get; set; }
}

/// <summary><c>spec</c> of an <see cref="HttpRoute"/> (gateway-api <c>HTTPRouteSpec</c> with <c>CommonRouteSpec</c> inlined).</summary>
public sealed class HttpRouteSpec : ModelObject
{
    public HttpRouteSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>parentRefs</c>: up to 32 Gateways (or, for mesh routes, Services) to attach to.</summary>
    public IList<ParentReference> ParentRefs { get; init; } = [];

    /// <summary><c>hostnames</c>: up to 16 hosts (<c>Host</c> header) to match, precise or <c>*.</c> wildcard; the listener's when empty.</summary>
    public IList<string> Hostnames { get; init; } = [];

    /// <summary><c>rules</c>: up to 16 matchers, filters and actions; a single <c>PathPrefix /</c> match when empty.</summary>
    public IList<HttpRouteRule> Rules { get; init; } = [];
}

/// <summary>A <c>rules[]</c> entry of an <see cref="HttpRouteSpec"/> (gateway-api <c>HTTPRouteRule</c>).</summary>
public sealed class HttpRouteRule : ModelObject
{
    public HttpRouteRule([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: an optional rule name (a section name policies and status can refer to).</summary>
    public string? Name { get; set; }

    /// <summary><c>matches</c>: up to 64 conditions, ORed; a request matching any of them uses this rule. <c>PathPrefix /</c> when empty.</summary>
    public IList<HttpRouteMatch> Matches { get; init; } = [];

    /// <summary><c>filters</c>: up to 16 processing steps applied to matching requests, in order.</summary>
    public IList<HttpRouteFilter> Filters { get; init; } = [];

    /// <summary><c>backendRefs</c>: where matching requests go, split by weight; without backends or a redirect, requests get a 500.</summary>
    public IList<HttpBackendRef> BackendRefs { get; init; } = [];

    /// <summary><c>timeouts</c>: request and backend-request timeouts (Support: Extended).</summary>
    public HttpRouteTimeouts? Timeouts { get; set; }
}

/// <summary>
/// <c>timeouts</c> of an <see cref="HttpRouteRule"/> (gateway-api <c>HTTPRouteTimeouts</c>). Values
/// are GEP-2257 durations; <c>0s</c> disables a timeout.
/// </summary>
public sealed class HttpRouteTimeouts : ModelObject
{
    public HttpRouteTimeouts([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>request</c>: the time from the Gateway receiving the request to sending the complete response, retries included.</summary>
    public GatewayDuration? Request { get; set; }

    /// <summary><c>backendRequest</c>: the time for one request from the Gateway to a backend; at most <see cref="Request"/>.</summary>
    public GatewayDuration? BackendRequest { get; set; }
}

/// <summary>
/// A <c>backendRefs[]</c> entry of an <see cref="HttpRouteRule"/> (gateway-api <c>HTTPBackendRef</c>:
/// <c>BackendRef</c> with <c>BackendObjectReference</c> inlined, plus <c>filters</c>).
/// </summary>
public sealed class HttpBackendRef : ModelObject
{
    public HttpBackendRef([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>group</c>: the referent's API group; the core group (<c>""</c>) when omitted.</summary>
    public string? Group { get; set; }

    /// <summary><c>kind</c>: the referent's kind; <c>Service</c> when omitted.</summary>
    public string? Kind { get; set; }

    /// <summary><c>name</c>: the referent's name (required).</summary>
    public required string Name { get; set; }

    /// <summary><c>namespace</c>: the referent's namespace; the route's when omitted. A cross-namespace reference needs a <see cref="ReferenceGrant"/>.</summary>
    public string? Namespace { get; set; }

    /// <summary><c>port</c>: the Service port; required for a Kubernetes Service.</summary>
    public int? Port { get; set; }

    /// <summary><c>weight</c>: the relative share of traffic, 0–1000000; 1 when omitted, 0 sends none.</summary>
    public int? Weight { get; set; }

    /// <summary><c>filters</c>: filters applied only when this backend is chosen (Support: Implementation-specific).</summary>
    public IList<HttpRouteFilter> Filters { get; init; } = [];
}
