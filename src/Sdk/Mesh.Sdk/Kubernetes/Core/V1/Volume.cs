using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>volumes[]</c>: storage the pod's containers can mount. Set <see cref="Name"/> and exactly one source.</summary>
public sealed class Volume : ModelObject
{
    public Volume([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: a DNS-1123 label, referenced by <see cref="VolumeMount.Name"/>.</summary>
    public required string Name { get; set; }

    /// <summary><c>configMap</c>: a ConfigMap's keys as files.</summary>
    public ConfigMapVolumeSource? ConfigMap { get; set; }

    /// <summary><c>secret</c>: a Secret's keys as files.</summary>
    public SecretVolumeSource? Secret { get; set; }

    /// <summary><c>emptyDir</c>: scratch space that lives as long as the pod.</summary>
    public EmptyDirVolumeSource? EmptyDir { get; set; }

    /// <summary><c>persistentVolumeClaim</c>: a claim in the pod's namespace.</summary>
    public PersistentVolumeClaimVolumeSource? PersistentVolumeClaim { get; set; }

    /// <summary><c>projected</c>: several ConfigMaps, Secrets, downward API items and tokens in one directory.</summary>
    public ProjectedVolumeSource? Projected { get; set; }

    /// <summary><c>downwardAPI</c>: pod fields and container resources as files.</summary>
    public DownwardAPIVolumeSource? DownwardAPI { get; set; }

    /// <summary><c>hostPath</c>: a path on the node; avoid outside system workloads.</summary>
    public HostPathVolumeSource? HostPath { get; set; }
}
