using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.GatewayApi.V1;

/// <summary>
/// A <c>filters[]</c> entry of an <see cref="HttpRouteRule"/> or <see cref="HttpBackendRef"/>
/// (gateway-api <c>HTTPRouteFilter</c>): <see cref="Type"/> names the one configuration field that
/// must be set alongside it.
/// </summary>
public sealed class HttpRouteFilter : ModelObject
{
    public HttpRouteFilter([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>: which filter this is (required).</summary>
    public required HttpRouteFilterType Type { get; set; }

    /// <summary><c>requestHeaderModifier</c>: with <see cref="HttpRouteFilterType.RequestHeaderModifier"/> (Support: Core).</summary>
    public HttpHeaderFilter? RequestHeaderModifier { get; set; }

    /// <summary><c>responseHeaderModifier</c>: with <see cref="HttpRouteFilterType.ResponseHeaderModifier"/> (Support: Extended).</summary>
    public HttpHeaderFilter? ResponseHeaderModifier { get; set; }

    /// <summary><c>requestMirror</c>: with <see cref="HttpRouteFilterType.RequestMirror"/>; responses from the mirror are ignored (Support: Extended).</summary>
    public HttpRequestMirrorFilter? RequestMirror { get; set; }

    /// <summary><c>requestRedirect</c>: with <see cref="HttpRouteFilterType.RequestRedirect"/>; not together with a URL rewrite (Support: Core).</summary>
    public HttpRequestRedirectFilter? RequestRedirect { get; set; }

    /// <summary><c>urlRewrite</c>: with <see cref="HttpRouteFilterType.UrlRewrite"/>; at most one per rule (Support: Extended).</summary>
    public HttpUrlRewriteFilter? UrlRewrite { get; set; }

    /// <summary>
    /// <c>cors</c>: with <see cref="HttpRouteFilterType.Cors"/> (Support: Extended; standard channel since
    /// Gateway API v1.5, kubernetes-sigs/gateway-api#4579).
    /// </summary>
    public HttpCorsFilter? Cors { get; set; }

    /// <summary><c>extensionRef</c>: with <see cref="HttpRouteFilterType.ExtensionRef"/>: an implementation-specific filter object (Support: Implementation-specific).</summary>
    public ExtensionReference? ExtensionRef { get; set; }
}

/// <summary><c>filters[].type</c> values of the standard channel (gateway-api <c>HTTPRouteFilterType</c>).</summary>
public enum HttpRouteFilterType
{
    /// <summary>Set, add or remove request headers.</summary>
    RequestHeaderModifier,

    /// <summary>Set, add or remove response headers.</summary>
    ResponseHeaderModifier,

    /// <summary>Send a copy of the request to another backend.</summary>
    RequestMirror,

    /// <summary>Answer with an HTTP redirect.</summary>
    RequestRedirect,

    /// <summary>Rewrite the host or path while forwarding.</summary>
    [WireName("URLRewrite")]
    UrlRewrite,

    /// <summary>Answer CORS preflight requests and add CORS response headers.</summary>
    [WireName("CORS")]
    Cors,

    /// <summary>An implementation-specific filter named by <c>extensionRef</c>.</summary>
    ExtensionRef,
}

/// <summary>
/// <c>requestHeaderModifier</c> / <c>responseHeaderModifier</c> (gateway-api <c>HTTPHeaderFilter</c>):
/// one action per header name.
/// </summary>
public sealed class HttpHeaderFilter : ModelObject
{
    public HttpHeaderFilter([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>set</c>: up to 16 headers to overwrite.</summary>
    public IList<HttpHeader> Set { get; init; } = [];

    /// <summary><c>add</c>: up to 16 headers to append to existing values.</summary>
    public IList<HttpHeader> Add { get; init; } = [];

    /// <summary><c>remove</c>: up to 16 header names to remove (case-insensitive).</summary>
    public IList<string> Remove { get; init; } = [];
}

/// <summary>A header name and value (gateway-api <c>HTTPHeader</c>).</summary>
public sealed class HttpHeader : ModelObject
{
    public HttpHeader([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: the header name, case-insensitive (required).</summary>
    public required string Name { get; set; }

    /// <summary><c>value</c>: the header value, 1–4096 characters (required).</summary>
    public required string Value { get; set; }
}

/// <summary><c>requestMirror</c> of an <see cref="HttpRouteFilter"/> (gateway-api <c>HTTPRequestMirrorFilter</c>).</summary>
public sealed class HttpRequestMirrorFilter : ModelObject
{
    public HttpRequestMirrorFilter([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>backendRef</c>: where the copies go (required).</summary>
    public required BackendObjectReference BackendRef { get; set; }

    /// <summary><c>percent</c>: the share of requests mirrored, 0–100; all when neither this nor <see cref="Fraction"/> is set. Not together with <see cref="Fraction"/>.</summary>
    public int? Percent { get; set; }

    /// <summary><c>fraction</c>: the share of requests mirrored as numerator/denominator. Not together with <see cref="Percent"/>.</summary>
    public Fraction? Fraction { get; set; }
}

/// <summary>A fraction (gateway-api <c>Fraction</c>).</summary>
public sealed class Fraction : ModelObject
{
    public Fraction([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>numerator</c>: at least 0 and at most <see cref="Denominator"/> (required).</summary>
    public required int Numerator { get; set; }

    /// <summary><c>denominator</c>: at least 1; 100 when omitted.</summary>
    public int? Denominator { get; set; }
}

/// <summary><c>requestRedirect</c> of an <see cref="HttpRouteFilter"/> (gateway-api <c>HTTPRequestRedirectFilter</c>).</summary>
public sealed class HttpRequestRedirectFilter : ModelObject
{
    public HttpRequestRedirectFilter([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>scheme</c>: the <c>Location</c> scheme; the request's when omitted (Support: Extended).</summary>
    public RedirectScheme? Scheme { get; set; }

    /// <summary><c>hostname</c>: the <c>Location</c> host; the request's <c>Host</c> when omitted.</summary>
    public string? Hostname { get; set; }

    /// <summary><c>path</c>: how the <c>Location</c> path is built; the request's when omitted (Support: Extended).</summary>
    public HttpPathModifier? Path { get; set; }

    /// <summary><c>port</c>: the <c>Location</c> port; derived from the scheme or listener when omitted (Support: Extended).</summary>
    public int? Port { get; set; }

    /// <summary><c>statusCode</c>: 301 (default) or 302 (Support: Core); 303, 307, 308 (Support: Extended).</summary>
    public int? StatusCode { get; set; }
}

/// <summary><c>requestRedirect.scheme</c> values.</summary>
public enum RedirectScheme
{
    /// <summary><c>http</c>.</summary>
    [WireName("http")]
    Http,

    /// <summary><c>https</c>.</summary>
    [WireName("https")]
    Https,
}

/// <summary><c>urlRewrite</c> of an <see cref="HttpRouteFilter"/> (gateway-api <c>HTTPURLRewriteFilter</c>).</summary>
public sealed class HttpUrlRewriteFilter : ModelObject
{
    public HttpUrlRewriteFilter([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>hostname</c>: the <c>Host</c> header sent upstream; unchanged when omitted.</summary>
    public string? Hostname { get; set; }

    /// <summary><c>path</c>: how the forwarded path is rewritten; unchanged when omitted.</summary>
    public HttpPathModifier? Path { get; set; }
}

/// <summary>
/// <c>path</c> of a redirect or rewrite (gateway-api <c>HTTPPathModifier</c>): set the field that
/// <see cref="Type"/> names, and only that one.
/// </summary>
public sealed class HttpPathModifier : ModelObject
{
    public HttpPathModifier([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>: which replacement applies (required).</summary>
    public required HttpPathModifierType Type { get; set; }

    /// <summary><c>replaceFullPath</c>: the new path; with <see cref="HttpPathModifierType.ReplaceFullPath"/>.</summary>
    public string? ReplaceFullPath { get; set; }

    /// <summary><c>replacePrefixMatch</c>: replaces the matched <c>PathPrefix</c>; with <see cref="HttpPathModifierType.ReplacePrefixMatch"/>.</summary>
    public string? ReplacePrefixMatch { get; set; }
}

/// <summary><c>path.type</c> values of a path modifier (gateway-api <c>HTTPPathModifierType</c>).</summary>
public enum HttpPathModifierType
{
    /// <summary>Replace the whole path with <c>replaceFullPath</c>.</summary>
    ReplaceFullPath,

    /// <summary>Replace the matched prefix with <c>replacePrefixMatch</c> (needs a <c>PathPrefix</c> match).</summary>
    ReplacePrefixMatch,
}

/// <summary>
/// <c>cors</c> of an <see cref="HttpRouteFilter"/> (gateway-api <c>HTTPCORSFilter</c>, GEP-1767;
/// standard since v1.5).
/// </summary>
public sealed class HttpCorsFilter : ModelObject
{
    public HttpCorsFilter([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>allowOrigins</c>: origins (<c>scheme://host[:port]</c>, <c>*</c> wildcards) whose requests may be shared.</summary>
    public IList<string> AllowOrigins { get; init; } = [];

    /// <summary><c>allowMethods</c>: methods allowed in cross-origin requests (<c>*</c> for any).</summary>
    public IList<string> AllowMethods { get; init; } = [];

    /// <summary><c>allowHeaders</c>: request headers allowed in cross-origin requests.</summary>
    public IList<string> AllowHeaders { get; init; } = [];

    /// <summary><c>exposeHeaders</c>: response headers the browser may expose to scripts.</summary>
    public IList<string> ExposeHeaders { get; init; } = [];

    /// <summary><c>allowCredentials</c>: whether cookies and authorization may be sent.</summary>
    public bool? AllowCredentials { get; set; }

    /// <summary><c>maxAge</c>: seconds a preflight response may be cached; 5 when omitted.</summary>
    public int? MaxAge { get; set; }
}
