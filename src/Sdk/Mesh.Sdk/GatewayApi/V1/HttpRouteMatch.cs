using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.GatewayApi.V1;

/// <summary>
/// A <c>matches[]</c> entry of an <see cref="HttpRouteRule"/> (gateway-api <c>HTTPRouteMatch</c>):
/// all of its conditions must hold (ANDed).
/// </summary>
public sealed class HttpRouteMatch : ModelObject
{
    public HttpRouteMatch([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>path</c>: the request path condition; <c>PathPrefix /</c> when omitted.</summary>
    public HttpPathMatch? Path { get; set; }

    /// <summary><c>headers</c>: up to 16 header conditions, ANDed.</summary>
    public IList<HttpHeaderMatch> Headers { get; init; } = [];

    /// <summary><c>queryParams</c>: up to 16 query parameter conditions, ANDed (Support: Extended).</summary>
    public IList<HttpQueryParamMatch> QueryParams { get; init; } = [];

    /// <summary><c>method</c>: the HTTP method to match (Support: Extended); any when omitted.</summary>
    public HttpRequestMethod? Method { get; set; }
}

/// <summary><c>path</c> of an <see cref="HttpRouteMatch"/> (gateway-api <c>HTTPPathMatch</c>).</summary>
public sealed class HttpPathMatch : ModelObject
{
    public HttpPathMatch([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>: <see cref="PathMatchType.PathPrefix"/> when omitted.</summary>
    public PathMatchType? Type { get; set; }

    /// <summary><c>value</c>: the path (starting with <c>/</c>) or regular expression; <c>/</c> when omitted.</summary>
    public string? Value { get; set; }
}

/// <summary><c>path.type</c> values (gateway-api <c>PathMatchType</c>).</summary>
public enum PathMatchType
{
    /// <summary>The whole path, case-sensitive (Support: Core).</summary>
    Exact,

    /// <summary>A prefix of whole path elements: <c>/abc</c> matches <c>/abc/def</c>, not <c>/abcd</c> (Support: Core).</summary>
    PathPrefix,

    /// <summary>A regular expression; the dialect is implementation-specific.</summary>
    RegularExpression,
}

/// <summary>A <c>headers[]</c> entry of an <see cref="HttpRouteMatch"/> (gateway-api <c>HTTPHeaderMatch</c>).</summary>
public sealed class HttpHeaderMatch : ModelObject
{
    public HttpHeaderMatch([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>: <see cref="HeaderMatchType.Exact"/> when omitted.</summary>
    public HeaderMatchType? Type { get; set; }

    /// <summary><c>name</c>: the header name, matched case-insensitively (required).</summary>
    public required string Name { get; set; }

    /// <summary><c>value</c>: the header value or regular expression (required).</summary>
    public required string Value { get; set; }
}

/// <summary><c>headers[].type</c> values (gateway-api <c>HeaderMatchType</c>).</summary>
public enum HeaderMatchType
{
    /// <summary>The exact value.</summary>
    Exact,

    /// <summary>A regular expression; the dialect is implementation-specific.</summary>
    RegularExpression,
}

/// <summary>A <c>queryParams[]</c> entry of an <see cref="HttpRouteMatch"/> (gateway-api <c>HTTPQueryParamMatch</c>).</summary>
public sealed class HttpQueryParamMatch : ModelObject
{
    public HttpQueryParamMatch([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>: <see cref="QueryParamMatchType.Exact"/> when omitted.</summary>
    public QueryParamMatchType? Type { get; set; }

    /// <summary><c>name</c>: the query parameter name, matched case-sensitively (required).</summary>
    public required string Name { get; set; }

    /// <summary><c>value</c>: the parameter value or regular expression (required).</summary>
    public required string Value { get; set; }
}

/// <summary><c>queryParams[].type</c> values (gateway-api <c>QueryParamMatchType</c>).</summary>
public enum QueryParamMatchType
{
    /// <summary>The exact value.</summary>
    Exact,

    /// <summary>A regular expression; the dialect is implementation-specific.</summary>
    RegularExpression,
}

/// <summary>
/// <c>method</c> values (gateway-api <c>HTTPMethod</c>). Named <c>HttpRequestMethod</c> so it does not
/// clash with <c>System.Net.Http.HttpMethod</c>, which SDK projects import implicitly.
/// </summary>
public enum HttpRequestMethod
{
    GET,
    HEAD,
    POST,
    PUT,
    DELETE,
    CONNECT,
    OPTIONS,
    TRACE,
    PATCH,
}
