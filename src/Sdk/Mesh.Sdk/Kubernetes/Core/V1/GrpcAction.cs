using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>grpc</c>: calls <c>grpc.health.v1.Health/Check</c>.</summary>
public sealed class GrpcAction : ModelObject
{
    public GrpcAction([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>port</c>: a number (names are not accepted here).</summary>
    public required int Port { get; set; }

    /// <summary><c>service</c>: the service name sent in the health request; empty when omitted.</summary>
    public string? Service { get; set; }
}
