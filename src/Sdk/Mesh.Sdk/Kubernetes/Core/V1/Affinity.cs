using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>affinity</c>: scheduling constraints relative to node labels and to other pods.</summary>
public sealed class Affinity : ModelObject
{
    public Affinity([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>nodeAffinity</c>: which nodes the pod may or prefers to run on.</summary>
    public NodeAffinity? NodeAffinity { get; set; }

    /// <summary><c>podAffinity</c>: run near pods matching a selector.</summary>
    public PodAffinity? PodAffinity { get; set; }

    /// <summary><c>podAntiAffinity</c>: run away from pods matching a selector (spread replicas).</summary>
    public PodAntiAffinity? PodAntiAffinity { get; set; }
}
