using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Apps.V1;

/// <summary><c>apps/v1 DaemonSet</c>: one pod on every (matching) node.</summary>
public sealed class DaemonSet : KubernetesObject, IPodTemplateOwner
{
    public const string ApiVersionValue = "apps/v1";
    public const string KindValue = "DaemonSet";

    public DaemonSet([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required DaemonSetSpec Spec { get; set; }

    PodTemplateSpec IPodTemplateOwner.Template => Spec.Template;

    LabelSelector? IPodTemplateOwner.Selector => Spec.Selector;
}

/// <summary><c>spec</c> of a <see cref="DaemonSet"/>.</summary>
public sealed class DaemonSetSpec : ModelObject
{
    public DaemonSetSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>selector</c>: must match <see cref="PodTemplateSpec.Metadata"/> labels.</summary>
    public required LabelSelector Selector { get; set; }

    /// <summary><c>template</c>: the pods to run.</summary>
    public required PodTemplateSpec Template { get; set; }

    /// <summary><c>updateStrategy</c>: how pods are replaced when the template changes.</summary>
    public DaemonSetUpdateStrategy? UpdateStrategy { get; set; }

    /// <summary><c>minReadySeconds</c>: how long a new pod must stay ready to count as available.</summary>
    public int? MinReadySeconds { get; set; }

    /// <summary><c>revisionHistoryLimit</c>.</summary>
    public int? RevisionHistoryLimit { get; set; }
}

/// <summary><c>updateStrategy</c> of a <see cref="DaemonSet"/>.</summary>
public sealed class DaemonSetUpdateStrategy : ModelObject
{
    public DaemonSetUpdateStrategy([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>: <c>RollingUpdate</c> when omitted.</summary>
    public DaemonSetUpdateStrategyType? Type { get; set; }

    /// <summary><c>rollingUpdate</c>: only with <see cref="DaemonSetUpdateStrategyType.RollingUpdate"/>.</summary>
    public RollingUpdateDaemonSet? RollingUpdate { get; set; }
}

/// <summary>DaemonSet update strategy type.</summary>
public enum DaemonSetUpdateStrategyType
{
    /// <summary>Replace pods node by node.</summary>
    RollingUpdate,

    /// <summary>Replace a pod only when it is deleted by hand.</summary>
    OnDelete,
}

/// <summary><c>rollingUpdate</c> of a <see cref="DaemonSetUpdateStrategy"/>.</summary>
public sealed class RollingUpdateDaemonSet : ModelObject
{
    public RollingUpdateDaemonSet([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>maxUnavailable</c>: nodes whose pod may be down at once; a count or a percentage, 1 when omitted.</summary>
    public IntOrString? MaxUnavailable { get; set; }

    /// <summary><c>maxSurge</c>: nodes that may run the old and new pod at once; needs <see cref="MaxUnavailable"/> 0.</summary>
    public IntOrString? MaxSurge { get; set; }
}
