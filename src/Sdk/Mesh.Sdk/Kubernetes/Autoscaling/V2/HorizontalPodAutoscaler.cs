using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Autoscaling.V2;

/// <summary><c>autoscaling/v2 HorizontalPodAutoscaler</c>: scales a workload's replicas to meet metric targets.</summary>
public sealed class HorizontalPodAutoscaler : KubernetesObject
{
    public const string ApiVersionValue = "autoscaling/v2";
    public const string KindValue = "HorizontalPodAutoscaler";

    public HorizontalPodAutoscaler([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required HorizontalPodAutoscalerSpec Spec { get; set; }
}

/// <summary><c>spec</c> of a <see cref="HorizontalPodAutoscaler"/>.</summary>
public sealed class HorizontalPodAutoscalerSpec : ModelObject
{
    public HorizontalPodAutoscalerSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>scaleTargetRef</c>: the workload scaled (it must not set <c>replicas</c> itself).</summary>
    public required CrossVersionObjectReference ScaleTargetRef { get; set; }

    /// <summary><c>minReplicas</c>: 1 when omitted.</summary>
    public int? MinReplicas { get; set; }

    /// <summary><c>maxReplicas</c>: at least <see cref="MinReplicas"/>.</summary>
    public required int MaxReplicas { get; set; }

    /// <summary><c>metrics</c>: the replica count is the largest any metric asks for; 80% CPU when empty.</summary>
    public IList<MetricSpec> Metrics { get; init; } = [];

    /// <summary><c>behavior</c>: how fast to scale up and down.</summary>
    public HorizontalPodAutoscalerBehavior? Behavior { get; set; }
}

/// <summary>A reference to an object by kind and name, e.g. the scaled workload.</summary>
public sealed class CrossVersionObjectReference : ModelObject
{
    public CrossVersionObjectReference([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>apiVersion</c>, e.g. <c>apps/v1</c>.</summary>
    public string? ApiVersion { get; set; }

    /// <summary><c>kind</c>, e.g. <c>Deployment</c>.</summary>
    public required string Kind { get; set; }

    /// <summary><c>name</c>.</summary>
    public required string Name { get; set; }
}
