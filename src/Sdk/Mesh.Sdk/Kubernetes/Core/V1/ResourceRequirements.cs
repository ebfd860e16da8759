using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary>
/// <c>resources</c> of a container: what the scheduler reserves (<see cref="Requests"/>) and the
/// ceiling the kubelet enforces (<see cref="Limits"/>). Keys are <see cref="ResourceNames"/>.
/// </summary>
public sealed class ResourceRequirements : ModelObject
{
    public ResourceRequirements([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>requests</c>: the amounts scheduled; default to <see cref="Limits"/> when omitted.</summary>
    public IDictionary<string, Quantity> Requests { get; init; } = new Dictionary<string, Quantity>();

    /// <summary><c>limits</c>: CPU above the limit is throttled, memory above it is OOM-killed.</summary>
    public IDictionary<string, Quantity> Limits { get; init; } = new Dictionary<string, Quantity>();
}
