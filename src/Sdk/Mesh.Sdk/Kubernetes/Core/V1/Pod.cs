using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>v1 Pod</c>: a bare pod. Prefer a workload (Deployment, Job...) that recreates it.</summary>
public sealed class Pod : KubernetesObject
{
    public const string ApiVersionValue = "v1";
    public const string KindValue = "Pod";

    public Pod([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required PodSpec Spec { get; set; }
}
