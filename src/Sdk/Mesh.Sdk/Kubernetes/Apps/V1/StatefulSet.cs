using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Apps.V1;

/// <summary><c>apps/v1 StatefulSet</c>: pods with stable names, ordinals and per-pod volumes.</summary>
public sealed class StatefulSet : KubernetesObject, IPodTemplateOwner
{
    public const string ApiVersionValue = "apps/v1";
    public const string KindValue = "StatefulSet";

    public StatefulSet([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required StatefulSetSpec Spec { get; set; }

    PodTemplateSpec IPodTemplateOwner.Template => Spec.Template;

    LabelSelector? IPodTemplateOwner.Selector => Spec.Selector;
}

/// <summary><c>spec</c> of a <see cref="StatefulSet"/>.</summary>
public sealed class StatefulSetSpec : ModelObject
{
    public StatefulSetSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>serviceName</c>: the headless Service that gives each pod a DNS name (<c>pod-0.serviceName</c>).</summary>
    public string? ServiceName { get; set; }

    /// <summary><c>replicas</c>: 1 when omitted.</summary>
    public int? Replicas { get; set; }

    /// <summary><c>selector</c>: must match <see cref="PodTemplateSpec.Metadata"/> labels.</summary>
    public required LabelSelector Selector { get; set; }

    /// <summary><c>template</c>: the pods to run.</summary>
    public required PodTemplateSpec Template { get; set; }

    /// <summary><c>volumeClaimTemplates</c>: one claim per pod per template, mounted by the template's name.</summary>
    public IList<PersistentVolumeClaimTemplate> VolumeClaimTemplates { get; init; } = [];

    /// <summary><c>podManagementPolicy</c>: <c>OrderedReady</c> when omitted.</summary>
    public PodManagementPolicyType? PodManagementPolicy { get; set; }

    /// <summary><c>updateStrategy</c>: how pods are replaced when the template changes.</summary>
    public StatefulSetUpdateStrategy? UpdateStrategy { get; set; }

    /// <summary><c>minReadySeconds</c>: how long a new pod must stay ready to count as available.</summary>
    public int? MinReadySeconds { get; set; }

    /// <summary><c>revisionHistoryLimit</c>.</summary>
    public int? RevisionHistoryLimit { get; set; }

    /// <summary><c>persistentVolumeClaimRetentionPolicy</c>: whether claims are deleted with the set or on scale-down.</summary>
    public StatefulSetPersistentVolumeClaimRetentionPolicy? PersistentVolumeClaimRetentionPolicy { get; set; }

    /// <summary><c>ordinals</c>: the first pod ordinal.</summary>
    public StatefulSetOrdinals? Ordinals { get; set; }
}

/// <summary>
/// A <c>volumeClaimTemplates[]</c> entry: a PersistentVolumeClaim created for each pod as
/// <c>&lt;name&gt;-&lt;set&gt;-&lt;ordinal&gt;</c>.
/// </summary>
public sealed class PersistentVolumeClaimTemplate : ModelObject
{
    public PersistentVolumeClaimTemplate([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>metadata</c>: <c>name</c> is the volume name the containers mount.</summary>
    public required ObjectMeta Metadata { get; set; }

    /// <summary><c>spec</c>.</summary>
    public required PersistentVolumeClaimSpec Spec { get; set; }
}

/// <summary>A StatefulSet's <c>podManagementPolicy</c>.</summary>
public enum PodManagementPolicyType
{
    /// <summary>Create pods one at a time in ordinal order, each after the previous is ready; delete in reverse.</summary>
    OrderedReady,

    /// <summary>Create and delete pods all at once.</summary>
    Parallel,
}

/// <summary><c>updateStrategy</c> of a <see cref="StatefulSet"/>.</summary>
public sealed class StatefulSetUpdateStrategy : ModelObject
{
    public StatefulSetUpdateStrategy([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>: <c>RollingUpdate</c> when omitted.</summary>
    public StatefulSetUpdateStrategyType? Type { get; set; }

    /// <summary><c>rollingUpdate</c>: only with <see cref="StatefulSetUpdateStrategyType.RollingUpdate"/>.</summary>
    public RollingUpdateStatefulSetStrategy? RollingUpdate { get; set; }
}

/// <summary>StatefulSet update strategy type.</summary>
public enum StatefulSetUpdateStrategyType
{
    /// <summary>Replace pods from the highest ordinal down.</summary>
    RollingUpdate,

    /// <summary>Replace a pod only when it is deleted by hand.</summary>
    OnDelete,
}

/// <summary><c>rollingUpdate</c> of a <see cref="StatefulSetUpdateStrategy"/>.</summary>
public sealed class RollingUpdateStatefulSetStrategy : ModelObject
{
    public RollingUpdateStatefulSetStrategy([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>partition</c>: only pods with an ordinal at or above it are updated (staged rollouts).</summary>
    public int? Partition { get; set; }

    /// <summary><c>maxUnavailable</c>: a count or a percentage; 1 when omitted.</summary>
    public IntOrString? MaxUnavailable { get; set; }
}

/// <summary><c>persistentVolumeClaimRetentionPolicy</c> of a <see cref="StatefulSet"/>.</summary>
public sealed class StatefulSetPersistentVolumeClaimRetentionPolicy : ModelObject
{
    public StatefulSetPersistentVolumeClaimRetentionPolicy([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>whenDeleted</c>: what happens to claims when the StatefulSet is deleted. <c>Retain</c> when omitted.</summary>
    public PersistentVolumeClaimRetentionPolicyType? WhenDeleted { get; set; }

    /// <summary><c>whenScaled</c>: what happens to the claims of removed pods on scale-down. <c>Retain</c> when omitted.</summary>
    public PersistentVolumeClaimRetentionPolicyType? WhenScaled { get; set; }
}

/// <summary>A claim retention policy.</summary>
public enum PersistentVolumeClaimRetentionPolicyType
{
    /// <summary>Keep the claims.</summary>
    Retain,

    /// <summary>Delete the claims.</summary>
    Delete,
}

/// <summary><c>ordinals</c> of a <see cref="StatefulSet"/>.</summary>
public sealed class StatefulSetOrdinals : ModelObject
{
    public StatefulSetOrdinals([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>start</c>: the first ordinal; 0 when omitted.</summary>
    public int? Start { get; set; }
}
