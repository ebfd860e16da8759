using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>podAffinity</c>: co-locate with pods matching the terms.</summary>
public sealed class PodAffinity : ModelObject
{
    public PodAffinity([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>requiredDuringSchedulingIgnoredDuringExecution</c>: every term must hold.</summary>
    public IList<PodAffinityTerm> RequiredDuringSchedulingIgnoredDuringExecution { get; init; } = [];

    /// <summary><c>preferredDuringSchedulingIgnoredDuringExecution</c>: weighted preferences.</summary>
    public IList<WeightedPodAffinityTerm> PreferredDuringSchedulingIgnoredDuringExecution { get; init; } = [];
}

/// <summary><c>podAntiAffinity</c>: keep away from pods matching the terms.</summary>
public sealed class PodAntiAffinity : ModelObject
{
    public PodAntiAffinity([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>requiredDuringSchedulingIgnoredDuringExecution</c>: every term must hold (hard spreading).</summary>
    public IList<PodAffinityTerm> RequiredDuringSchedulingIgnoredDuringExecution { get; init; } = [];

    /// <summary><c>preferredDuringSchedulingIgnoredDuringExecution</c>: weighted preferences (soft spreading).</summary>
    public IList<WeightedPodAffinityTerm> PreferredDuringSchedulingIgnoredDuringExecution { get; init; } = [];
}

/// <summary>
/// Pods matching <see cref="LabelSelector"/> in <see cref="Namespaces"/> define a set of topology
/// domains (values of <see cref="TopologyKey"/>); the term holds in those domains.
/// </summary>
public sealed class PodAffinityTerm : ModelObject
{
    public PodAffinityTerm([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>labelSelector</c>: the pods the term is about.</summary>
    public LabelSelector? LabelSelector { get; set; }

    /// <summary><c>namespaces</c>: where to look; the pod's own namespace when empty and <see cref="NamespaceSelector"/> is null.</summary>
    public IList<string> Namespaces { get; init; } = [];

    /// <summary><c>topologyKey</c>: the node label that defines a domain, e.g. <c>kubernetes.io/hostname</c>.</summary>
    public required string TopologyKey { get; set; }

    /// <summary><c>namespaceSelector</c>: namespaces by label, added to <see cref="Namespaces"/>; <c>{}</c> means all.</summary>
    public LabelSelector? NamespaceSelector { get; set; }

    /// <summary><c>matchLabelKeys</c>: label keys whose values are taken from the incoming pod and ANDed into the selector.</summary>
    public IList<string> MatchLabelKeys { get; init; } = [];

    /// <summary><c>mismatchLabelKeys</c>: label keys whose incoming values must differ.</summary>
    public IList<string> MismatchLabelKeys { get; init; } = [];
}

/// <summary>A weighted <see cref="PodAffinityTerm"/>.</summary>
public sealed class WeightedPodAffinityTerm : ModelObject
{
    public WeightedPodAffinityTerm([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>weight</c>: 1–100.</summary>
    public required int Weight { get; set; }

    /// <summary><c>podAffinityTerm</c>.</summary>
    public required PodAffinityTerm PodAffinityTerm { get; set; }
}
