using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Batch.V1;

/// <summary><c>batch/v1 CronJob</c>: a Job created on a schedule.</summary>
public sealed class CronJob : KubernetesObject, IPodTemplateOwner
{
    public const string ApiVersionValue = "batch/v1";
    public const string KindValue = "CronJob";

    public CronJob([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required CronJobSpec Spec { get; set; }

    PodTemplateSpec IPodTemplateOwner.Template => Spec.JobTemplate.Spec.Template;

    LabelSelector? IPodTemplateOwner.Selector => null;
}

/// <summary><c>spec</c> of a <see cref="CronJob"/>.</summary>
public sealed class CronJobSpec : ModelObject
{
    public CronJobSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>schedule</c>: cron syntax, e.g. <c>"*/15 * * * *"</c> or <c>@hourly</c>.</summary>
    public required string Schedule { get; set; }

    /// <summary><c>timeZone</c>: an IANA zone such as <c>Europe/Paris</c>; the controller's zone when omitted.</summary>
    public string? TimeZone { get; set; }

    /// <summary><c>startingDeadlineSeconds</c>: a missed run is skipped when it cannot start within this.</summary>
    public long? StartingDeadlineSeconds { get; set; }

    /// <summary><c>concurrencyPolicy</c>: what happens when a run is due while the previous one is still running. <c>Allow</c> when omitted.</summary>
    public ConcurrencyPolicy? ConcurrencyPolicy { get; set; }

    /// <summary><c>suspend</c>: true stops new runs.</summary>
    public bool? Suspend { get; set; }

    /// <summary><c>successfulJobsHistoryLimit</c>: finished Jobs kept; 3 when omitted.</summary>
    public int? SuccessfulJobsHistoryLimit { get; set; }

    /// <summary><c>failedJobsHistoryLimit</c>: failed Jobs kept; 1 when omitted.</summary>
    public int? FailedJobsHistoryLimit { get; set; }

    /// <summary><c>jobTemplate</c>: the Job created for each run.</summary>
    public required JobTemplateSpec JobTemplate { get; set; }
}

/// <summary>A CronJob's <c>concurrencyPolicy</c>.</summary>
public enum ConcurrencyPolicy
{
    /// <summary>Runs may overlap.</summary>
    Allow,

    /// <summary>Skip the new run.</summary>
    Forbid,

    /// <summary>Cancel the running Job and start the new one.</summary>
    Replace,
}

/// <summary><c>jobTemplate</c> of a <see cref="CronJobSpec"/>.</summary>
public sealed class JobTemplateSpec : ModelObject
{
    public JobTemplateSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>metadata</c>: labels and annotations of each Job; omitted when null.</summary>
    public TemplateMetadata? Metadata { get; set; }

    /// <summary><c>spec</c>.</summary>
    public required JobSpec Spec { get; set; }
}
