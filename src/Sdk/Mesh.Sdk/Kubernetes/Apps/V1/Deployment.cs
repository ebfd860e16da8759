using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Apps.V1;

/// <summary><c>apps/v1 Deployment</c>: a replicated, rolling-updated set of pods.</summary>
public sealed class Deployment : KubernetesObject, IPodTemplateOwner
{
    public const string ApiVersionValue = "apps/v1";
    public const string KindValue = "Deployment";

    public Deployment([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required DeploymentSpec Spec { get; set; }

    PodTemplateSpec IPodTemplateOwner.Template => Spec.Template;

    LabelSelector? IPodTemplateOwner.Selector => Spec.Selector;
}

/// <summary><c>spec</c> of a <see cref="Deployment"/>.</summary>
public sealed class DeploymentSpec : ModelObject
{
    public DeploymentSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>replicas</c>: omit when an HPA owns the count.</summary>
    public int? Replicas { get; set; }

    /// <summary><c>selector</c>: must match <see cref="PodTemplateSpec.Metadata"/> labels.</summary>
    public required LabelSelector Selector { get; set; }

    /// <summary><c>template</c>: the pods to run.</summary>
    public required PodTemplateSpec Template { get; set; }

    /// <summary><c>strategy</c>: how pods are replaced.</summary>
    public DeploymentStrategy? Strategy { get; set; }

    /// <summary><c>minReadySeconds</c>: how long a new pod must stay ready to count as available.</summary>
    public int? MinReadySeconds { get; set; }

    /// <summary><c>revisionHistoryLimit</c>.</summary>
    public int? RevisionHistoryLimit { get; set; }

    /// <summary><c>progressDeadlineSeconds</c>.</summary>
    public int? ProgressDeadlineSeconds { get; set; }

    /// <summary><c>paused</c>.</summary>
    public bool? Paused { get; set; }
}

/// <summary><c>strategy</c> of a <see cref="Deployment"/>.</summary>
public sealed class DeploymentStrategy : ModelObject
{
    public DeploymentStrategy([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>.</summary>
    public DeploymentStrategyType? Type { get; set; }

    /// <summary><c>rollingUpdate</c>: only with <see cref="DeploymentStrategyType.RollingUpdate"/>.</summary>
    public RollingUpdateDeployment? RollingUpdate { get; set; }
}

/// <summary>Deployment strategy type.</summary>
public enum DeploymentStrategyType
{
    RollingUpdate,
    Recreate,
}

/// <summary><c>rollingUpdate</c> of a <see cref="DeploymentStrategy"/>.</summary>
public sealed class RollingUpdateDeployment : ModelObject
{
    public RollingUpdateDeployment([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>maxSurge</c>: a count or a percentage such as <c>"25%"</c>.</summary>
    public IntOrString? MaxSurge { get; set; }

    /// <summary><c>maxUnavailable</c>: a count or a percentage.</summary>
    public IntOrString? MaxUnavailable { get; set; }
}
