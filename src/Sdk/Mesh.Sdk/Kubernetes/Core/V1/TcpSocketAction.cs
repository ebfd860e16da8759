using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>tcpSocket</c>: opens a TCP connection.</summary>
public sealed class TcpSocketAction : ModelObject
{
    public TcpSocketAction([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>port</c>: a number or a container port name.</summary>
    public required IntOrString Port { get; set; }

    /// <summary><c>host</c>: the pod IP when omitted.</summary>
    public string? Host { get; set; }
}
