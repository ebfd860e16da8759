using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>tolerations[]</c>: lets the pod schedule onto (or stay on) nodes with a matching taint.</summary>
public sealed class Toleration : ModelObject
{
    public Toleration([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>key</c>: the taint key; empty with <see cref="TolerationOperator.Exists"/> tolerates everything.</summary>
    public string? Key { get; set; }

    /// <summary><c>operator</c>: <c>Equal</c> when omitted.</summary>
    public TolerationOperator? Operator { get; set; }

    /// <summary><c>value</c>: the taint value to match with <see cref="TolerationOperator.Equal"/>.</summary>
    public string? Value { get; set; }

    /// <summary><c>effect</c>: the taint effect to match; all effects when omitted.</summary>
    public TaintEffect? Effect { get; set; }

    /// <summary><c>tolerationSeconds</c>: with <see cref="TaintEffect.NoExecute"/>, how long the pod stays after the taint appears.</summary>
    public long? TolerationSeconds { get; set; }
}

/// <summary>A toleration <c>operator</c>.</summary>
public enum TolerationOperator
{
    /// <summary>Any value of the key.</summary>
    Exists,

    /// <summary>The key with exactly <see cref="Toleration.Value"/>.</summary>
    Equal,
}

/// <summary>A taint <c>effect</c>.</summary>
public enum TaintEffect
{
    /// <summary>New pods are not scheduled on the node.</summary>
    NoSchedule,

    /// <summary>The scheduler avoids the node.</summary>
    PreferNoSchedule,

    /// <summary>Running pods are evicted too.</summary>
    NoExecute,
}
