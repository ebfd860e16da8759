using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary>A container in a pod (<c>containers[]</c> or <c>initContainers[]</c>).</summary>
public sealed class Container : ModelObject
{
    public Container([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: a DNS-1123 label, unique in the pod.</summary>
    public required string Name { get; set; }

    /// <summary><c>image</c>.</summary>
    public required string Image { get; set; }

    /// <summary><c>ports</c>.</summary>
    public IList<ContainerPort> Ports { get; init; } = [];
}

/// <summary>A port a container listens on.</summary>
public sealed class ContainerPort : ModelObject
{
    public ContainerPort([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: an IANA service name (at most 15 characters), referenced by Services.</summary>
    public string? Name { get; set; }

    /// <summary><c>containerPort</c>: 1–65535.</summary>
    [WireName("containerPort")]
    public required int Port { get; set; }

    /// <summary><c>protocol</c>: TCP when omitted.</summary>
    public Protocol? Protocol { get; set; }
}

/// <summary>A network protocol.</summary>
public enum Protocol
{
    TCP,
    UDP,
    SCTP,
}
