using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Policy.V1;

/// <summary><c>policy/v1 PodDisruptionBudget</c>: limits how many pods voluntary disruptions (drains, evictions) may take down.</summary>
public sealed class PodDisruptionBudget : KubernetesObject
{
    public const string ApiVersionValue = "policy/v1";
    public const string KindValue = "PodDisruptionBudget";

    public PodDisruptionBudget([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required PodDisruptionBudgetSpec Spec { get; set; }
}

/// <summary><c>spec</c> of a <see cref="PodDisruptionBudget"/>: set <see cref="MinAvailable"/> or <see cref="MaxUnavailable"/>, not both.</summary>
public sealed class PodDisruptionBudgetSpec : ModelObject
{
    public PodDisruptionBudgetSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>selector</c>: the pods protected. Null selects none; an empty selector selects every pod in the namespace.</summary>
    public LabelSelector? Selector { get; set; }

    /// <summary><c>minAvailable</c>: a count or a percentage that must stay available.</summary>
    public IntOrString? MinAvailable { get; set; }

    /// <summary><c>maxUnavailable</c>: a count or a percentage that may be unavailable.</summary>
    public IntOrString? MaxUnavailable { get; set; }

    /// <summary><c>unhealthyPodEvictionPolicy</c>: whether running-but-not-ready pods may be evicted. <c>IfHealthyBudget</c> when omitted.</summary>
    public UnhealthyPodEvictionPolicyType? UnhealthyPodEvictionPolicy { get; set; }
}

/// <summary>An <c>unhealthyPodEvictionPolicy</c> value.</summary>
public enum UnhealthyPodEvictionPolicyType
{
    /// <summary>Unhealthy pods may be evicted only while the budget is met.</summary>
    IfHealthyBudget,

    /// <summary>Unhealthy pods may always be evicted (lets drains proceed past stuck pods).</summary>
    AlwaysAllow,
}
