using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary>
/// A health check (<c>livenessProbe</c>, <c>readinessProbe</c>, <c>startupProbe</c>): set exactly one
/// handler (<see cref="Exec"/>, <see cref="HttpGet"/>, <see cref="TcpSocket"/>, <see cref="Grpc"/>).
/// </summary>
public sealed class Probe : ModelObject
{
    public Probe([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>exec</c>: run a command in the container; exit code 0 is healthy.</summary>
    public ExecAction? Exec { get; set; }

    /// <summary><c>httpGet</c>: a status from 200 to 399 is healthy.</summary>
    public HttpGetAction? HttpGet { get; set; }

    /// <summary><c>tcpSocket</c>: an accepted connection is healthy.</summary>
    public TcpSocketAction? TcpSocket { get; set; }

    /// <summary><c>grpc</c>: the gRPC health checking protocol.</summary>
    public GrpcAction? Grpc { get; set; }

    /// <summary><c>initialDelaySeconds</c>: wait after the container starts before the first probe. Default 0.</summary>
    public int? InitialDelaySeconds { get; set; }

    /// <summary><c>periodSeconds</c>: how often to probe. Default 10.</summary>
    public int? PeriodSeconds { get; set; }

    /// <summary><c>timeoutSeconds</c>: how long one probe may take. Default 1.</summary>
    public int? TimeoutSeconds { get; set; }

    /// <summary><c>successThreshold</c>: consecutive successes to count as healthy again; must be 1 for liveness and startup. Default 1.</summary>
    public int? SuccessThreshold { get; set; }

    /// <summary><c>failureThreshold</c>: consecutive failures to count as unhealthy. Default 3.</summary>
    public int? FailureThreshold { get; set; }

    /// <summary><c>terminationGracePeriodSeconds</c>: overrides the pod's grace period when a liveness or startup failure kills the container.</summary>
    public long? TerminationGracePeriodSeconds { get; set; }
}
