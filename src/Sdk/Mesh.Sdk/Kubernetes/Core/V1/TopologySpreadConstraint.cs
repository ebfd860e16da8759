using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>topologySpreadConstraints[]</c>: spread matching pods evenly across zones, nodes or other domains.</summary>
public sealed class TopologySpreadConstraint : ModelObject
{
    public TopologySpreadConstraint([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>maxSkew</c>: the largest allowed difference in matching pods between two domains; at least 1.</summary>
    public required int MaxSkew { get; set; }

    /// <summary><c>topologyKey</c>: the node label that defines a domain, e.g. <c>topology.kubernetes.io/zone</c>.</summary>
    public required string TopologyKey { get; set; }

    /// <summary><c>whenUnsatisfiable</c>: refuse to schedule or schedule anyway.</summary>
    public required UnsatisfiableConstraintAction WhenUnsatisfiable { get; set; }

    /// <summary><c>labelSelector</c>: the pods counted; usually the workload's own labels.</summary>
    public LabelSelector? LabelSelector { get; set; }

    /// <summary><c>minDomains</c>: with DoNotSchedule, the number of domains assumed to exist.</summary>
    public int? MinDomains { get; set; }

    /// <summary><c>nodeAffinityPolicy</c>: whether the pod's node affinity limits the domains counted. Honor when omitted.</summary>
    public NodeInclusionPolicy? NodeAffinityPolicy { get; set; }

    /// <summary><c>nodeTaintsPolicy</c>: whether node taints limit the domains counted. Ignore when omitted.</summary>
    public NodeInclusionPolicy? NodeTaintsPolicy { get; set; }

    /// <summary><c>matchLabelKeys</c>: label keys (e.g. <c>pod-template-hash</c>) whose values from the incoming pod are ANDed into the selector.</summary>
    public IList<string> MatchLabelKeys { get; init; } = [];
}

/// <summary><c>whenUnsatisfiable</c> values.</summary>
public enum UnsatisfiableConstraintAction
{
    /// <summary>Leave the pod pending.</summary>
    DoNotSchedule,

    /// <summary>Schedule it, preferring nodes that reduce the skew.</summary>
    ScheduleAnyway,
}

/// <summary><c>nodeAffinityPolicy</c> / <c>nodeTaintsPolicy</c> values.</summary>
public enum NodeInclusionPolicy
{
    /// <summary>Only nodes that pass the check are counted.</summary>
    Honor,

    /// <summary>All nodes are counted.</summary>
    Ignore,
}
