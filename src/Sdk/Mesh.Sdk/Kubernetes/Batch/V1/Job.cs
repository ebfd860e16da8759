using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Batch.V1;

/// <summary><c>batch/v1 Job</c>: pods that run to completion.</summary>
public sealed class Job : KubernetesObject, IPodTemplateOwner
{
    public const string ApiVersionValue = "batch/v1";
    public const string KindValue = "Job";

    public Job([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required JobSpec Spec { get; set; }

    PodTemplateSpec IPodTemplateOwner.Template => Spec.Template;

    LabelSelector? IPodTemplateOwner.Selector => Spec.Selector;
}

/// <summary><c>spec</c> of a <see cref="Job"/> (and of a CronJob's job template).</summary>
public sealed class JobSpec : ModelObject
{
    public JobSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>parallelism</c>: pods running at once; 1 when omitted.</summary>
    public int? Parallelism { get; set; }

    /// <summary><c>completions</c>: successful pods needed; 1 when omitted.</summary>
    public int? Completions { get; set; }

    /// <summary><c>completionMode</c>: <c>NonIndexed</c> when omitted.</summary>
    public CompletionMode? CompletionMode { get; set; }

    /// <summary><c>backoffLimit</c>: retries before the Job fails; 6 when omitted.</summary>
    public int? BackoffLimit { get; set; }

    /// <summary><c>backoffLimitPerIndex</c>: retries per index of an Indexed Job.</summary>
    public int? BackoffLimitPerIndex { get; set; }

    /// <summary><c>maxFailedIndexes</c>: with <see cref="BackoffLimitPerIndex"/>, failed indexes before the Job fails.</summary>
    public int? MaxFailedIndexes { get; set; }

    /// <summary><c>activeDeadlineSeconds</c>: the Job fails when it has run this long, retries included.</summary>
    public long? ActiveDeadlineSeconds { get; set; }

    /// <summary><c>ttlSecondsAfterFinished</c>: delete the Job (and its pods) this long after it finishes.</summary>
    public int? TtlSecondsAfterFinished { get; set; }

    /// <summary><c>suspend</c>: true holds the Job's pods from being created (or deletes running ones).</summary>
    public bool? Suspend { get; set; }

    /// <summary><c>podReplacementPolicy</c>: when a replacement pod is created.</summary>
    public PodReplacementPolicy? PodReplacementPolicy { get; set; }

    /// <summary><c>podFailurePolicy</c>: how pod failures count toward <see cref="BackoffLimit"/>.</summary>
    public PodFailurePolicy? PodFailurePolicy { get; set; }

    /// <summary><c>selector</c>: usually omitted; the API server generates one unless <see cref="ManualSelector"/> is true.</summary>
    public LabelSelector? Selector { get; set; }

    /// <summary><c>manualSelector</c>: true to use <see cref="Selector"/> as written.</summary>
    public bool? ManualSelector { get; set; }

    /// <summary><c>template</c>: the pods to run; <c>restartPolicy</c> must be <c>OnFailure</c> or <c>Never</c>.</summary>
    public required PodTemplateSpec Template { get; set; }
}

/// <summary>A Job's <c>completionMode</c>.</summary>
public enum CompletionMode
{
    /// <summary>Done after <see cref="JobSpec.Completions"/> successful pods, any of them.</summary>
    NonIndexed,

    /// <summary>Each pod gets an index (0..completions-1); done when every index succeeded.</summary>
    Indexed,
}

/// <summary>A Job's <c>podReplacementPolicy</c>.</summary>
public enum PodReplacementPolicy
{
    /// <summary>Replace as soon as a pod is terminating or failed.</summary>
    TerminatingOrFailed,

    /// <summary>Replace only once a pod has fully terminated.</summary>
    Failed,
}

/// <summary><c>podFailurePolicy</c> of a <see cref="JobSpec"/>: rules evaluated in order; the first match decides.</summary>
public sealed class PodFailurePolicy : ModelObject
{
    public PodFailurePolicy([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>rules</c>.</summary>
    public required IList<PodFailurePolicyRule> Rules { get; init; }
}

/// <summary>A rule of a <see cref="PodFailurePolicy"/>: set <see cref="OnExitCodes"/> or <see cref="OnPodConditions"/>.</summary>
public sealed class PodFailurePolicyRule : ModelObject
{
    public PodFailurePolicyRule([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>action</c>.</summary>
    public required PodFailurePolicyAction Action { get; set; }

    /// <summary><c>onExitCodes</c>: matches container exit codes.</summary>
    public PodFailurePolicyOnExitCodesRequirement? OnExitCodes { get; set; }

    /// <summary><c>onPodConditions</c>: matches pod conditions such as <c>DisruptionTarget</c>.</summary>
    public IList<PodFailurePolicyOnPodConditionsPattern> OnPodConditions { get; init; } = [];
}

/// <summary>A <see cref="PodFailurePolicyRule"/> action.</summary>
public enum PodFailurePolicyAction
{
    /// <summary>Fail the whole Job.</summary>
    FailJob,

    /// <summary>Fail the pod's index (Indexed Jobs with <c>backoffLimitPerIndex</c>).</summary>
    FailIndex,

    /// <summary>Do not count the failure.</summary>
    Ignore,

    /// <summary>Count the failure as usual.</summary>
    Count,
}

/// <summary><c>onExitCodes</c> of a <see cref="PodFailurePolicyRule"/>.</summary>
public sealed class PodFailurePolicyOnExitCodesRequirement : ModelObject
{
    public PodFailurePolicyOnExitCodesRequirement([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>containerName</c>: all containers when omitted.</summary>
    public string? ContainerName { get; set; }

    /// <summary><c>operator</c>.</summary>
    public required PodFailurePolicyOnExitCodesOperator Operator { get; set; }

    /// <summary><c>values</c>: exit codes, at most 255.</summary>
    public required IList<int> Values { get; init; }
}

/// <summary>An <c>onExitCodes</c> operator.</summary>
public enum PodFailurePolicyOnExitCodesOperator
{
    /// <summary>The exit code is one of the values.</summary>
    In,

    /// <summary>The exit code is none of the values.</summary>
    NotIn,
}

/// <summary>An <c>onPodConditions[]</c> pattern.</summary>
public sealed class PodFailurePolicyOnPodConditionsPattern : ModelObject
{
    public PodFailurePolicyOnPodConditionsPattern([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>: a pod condition type, e.g. <c>DisruptionTarget</c>.</summary>
    public required string Type { get; set; }

    /// <summary><c>status</c>: <c>True</c> when omitted.</summary>
    public string? Status { get; set; }
}
