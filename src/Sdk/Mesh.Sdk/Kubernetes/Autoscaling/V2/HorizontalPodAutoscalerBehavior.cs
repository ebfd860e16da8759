using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Autoscaling.V2;

/// <summary><c>behavior</c> of an HPA: separate rules for scaling up and down.</summary>
public sealed class HorizontalPodAutoscalerBehavior : ModelObject
{
    public HorizontalPodAutoscalerBehavior([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>scaleUp</c>: no stabilization and up to double (or +4 pods) every 15s when omitted.</summary>
    public HpaScalingRules? ScaleUp { get; set; }

    /// <summary><c>scaleDown</c>: a 300s stabilization window when omitted.</summary>
    public HpaScalingRules? ScaleDown { get; set; }
}

/// <summary><c>scaleUp</c> / <c>scaleDown</c> rules.</summary>
public sealed class HpaScalingRules : ModelObject
{
    public HpaScalingRules([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>stabilizationWindowSeconds</c>: recommendations over this window are considered, damping flapping; 0–3600.</summary>
    public int? StabilizationWindowSeconds { get; set; }

    /// <summary><c>selectPolicy</c>: which policy wins when several apply; <c>Max</c> when omitted.</summary>
    public ScalingPolicySelect? SelectPolicy { get; set; }

    /// <summary><c>policies</c>: how much may change per period.</summary>
    public IList<HpaScalingPolicy> Policies { get; init; } = [];
}

/// <summary>A <c>selectPolicy</c> value.</summary>
public enum ScalingPolicySelect
{
    /// <summary>The policy allowing the largest change.</summary>
    Max,

    /// <summary>The policy allowing the smallest change.</summary>
    Min,

    /// <summary>No scaling in this direction.</summary>
    Disabled,
}

/// <summary>A scaling policy: at most <see cref="Value"/> pods or percent per <see cref="PeriodSeconds"/>.</summary>
public sealed class HpaScalingPolicy : ModelObject
{
    public HpaScalingPolicy([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>.</summary>
    public required HpaScalingPolicyType Type { get; set; }

    /// <summary><c>value</c>: a pod count or a percentage; greater than 0.</summary>
    public required int Value { get; set; }

    /// <summary><c>periodSeconds</c>: 1–1800.</summary>
    public required int PeriodSeconds { get; set; }
}

/// <summary>A scaling policy <c>type</c>.</summary>
public enum HpaScalingPolicyType
{
    /// <summary>An absolute number of pods.</summary>
    Pods,

    /// <summary>A percentage of the current replicas.</summary>
    Percent,
}
