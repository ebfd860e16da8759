using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>nodeAffinity</c>: node-label constraints.</summary>
public sealed class NodeAffinity : ModelObject
{
    public NodeAffinity([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>requiredDuringSchedulingIgnoredDuringExecution</c>: the pod is only scheduled on matching nodes.</summary>
    public NodeSelector? RequiredDuringSchedulingIgnoredDuringExecution { get; set; }

    /// <summary><c>preferredDuringSchedulingIgnoredDuringExecution</c>: weighted preferences the scheduler tries to meet.</summary>
    public IList<PreferredSchedulingTerm> PreferredDuringSchedulingIgnoredDuringExecution { get; init; } = [];
}

/// <summary>A node selector: matches when any of its <see cref="NodeSelectorTerms"/> matches (they are ORed).</summary>
public sealed class NodeSelector : ModelObject
{
    public NodeSelector([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>nodeSelectorTerms</c>: at least one.</summary>
    public required IList<NodeSelectorTerm> NodeSelectorTerms { get; init; }
}

/// <summary>A node selector term: every requirement must hold (they are ANDed).</summary>
public sealed class NodeSelectorTerm : ModelObject
{
    public NodeSelectorTerm([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>matchExpressions</c>: requirements on node labels.</summary>
    public IList<NodeSelectorRequirement> MatchExpressions { get; init; } = [];

    /// <summary><c>matchFields</c>: requirements on node fields (only <c>metadata.name</c>).</summary>
    public IList<NodeSelectorRequirement> MatchFields { get; init; } = [];
}

/// <summary>One requirement of a <see cref="NodeSelectorTerm"/>.</summary>
public sealed class NodeSelectorRequirement : ModelObject
{
    public NodeSelectorRequirement([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>key</c>: a label key, e.g. <c>topology.kubernetes.io/zone</c>.</summary>
    public required string Key { get; set; }

    /// <summary><c>operator</c>.</summary>
    public required NodeSelectorOperator Operator { get; set; }

    /// <summary><c>values</c>: for In/NotIn one or more; for Gt/Lt exactly one integer; empty for Exists/DoesNotExist.</summary>
    public IList<string> Values { get; init; } = [];
}

/// <summary>A node selector operator.</summary>
public enum NodeSelectorOperator
{
    In,
    NotIn,
    Exists,
    DoesNotExist,
    Gt,
    Lt,
}

/// <summary>A weighted node preference.</summary>
public sealed class PreferredSchedulingTerm : ModelObject
{
    public PreferredSchedulingTerm([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>weight</c>: 1–100.</summary>
    public required int Weight { get; set; }

    /// <summary><c>preference</c>: the nodes preferred.</summary>
    public required NodeSelectorTerm Preference { get; set; }
}
