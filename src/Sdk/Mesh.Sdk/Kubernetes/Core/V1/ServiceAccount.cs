using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>v1 ServiceAccount</c>: the identity a pod runs as (and, in a mesh, its workload identity).</summary>
public sealed class ServiceAccount : KubernetesObject
{
    public const string ApiVersionValue = "v1";
    public const string KindValue = "ServiceAccount";

    public ServiceAccount([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>automountServiceAccountToken</c>: the default for pods using this account; the pod's own setting wins.</summary>
    public bool? AutomountServiceAccountToken { get; set; }

    /// <summary><c>imagePullSecrets</c>: added to every pod that uses this account.</summary>
    public IList<LocalObjectReference> ImagePullSecrets { get; init; } = [];
}
