using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>httpGet</c>: an HTTP GET request sent by the kubelet.</summary>
public sealed class HttpGetAction : ModelObject
{
    public HttpGetAction([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>path</c>, e.g. <c>/healthz</c>.</summary>
    public string? Path { get; set; }

    /// <summary><c>port</c>: a number or a container port name.</summary>
    public required IntOrString Port { get; set; }

    /// <summary><c>host</c>: the pod IP when omitted; set a <c>Host</c> header in <see cref="HttpHeaders"/> instead.</summary>
    public string? Host { get; set; }

    /// <summary><c>scheme</c>: HTTP when omitted.</summary>
    public UriScheme? Scheme { get; set; }

    /// <summary><c>httpHeaders</c>: extra request headers.</summary>
    public IList<HttpHeader> HttpHeaders { get; init; } = [];
}

/// <summary>A request header of an <see cref="HttpGetAction"/>.</summary>
public sealed class HttpHeader : ModelObject
{
    public HttpHeader([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>.</summary>
    public required string Name { get; set; }

    /// <summary><c>value</c>.</summary>
    public required string Value { get; set; }
}

/// <summary>The <c>scheme</c> of an <see cref="HttpGetAction"/>.</summary>
public enum UriScheme
{
    /// <summary>Plain HTTP.</summary>
    HTTP,

    /// <summary>HTTPS without certificate verification.</summary>
    HTTPS,
}
