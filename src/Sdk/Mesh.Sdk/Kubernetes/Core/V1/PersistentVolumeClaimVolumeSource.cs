using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>persistentVolumeClaim</c> volume: mounts an existing claim.</summary>
public sealed class PersistentVolumeClaimVolumeSource : ModelObject
{
    public PersistentVolumeClaimVolumeSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>claimName</c>: a PersistentVolumeClaim in the pod's namespace.</summary>
    public required string ClaimName { get; set; }

    /// <summary><c>readOnly</c>.</summary>
    public bool? ReadOnly { get; set; }
}
