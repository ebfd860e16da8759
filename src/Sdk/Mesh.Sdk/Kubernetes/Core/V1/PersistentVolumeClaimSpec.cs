using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>spec</c> of a persistent volume claim (a StatefulSet's <c>volumeClaimTemplates[]</c>).</summary>
public sealed class PersistentVolumeClaimSpec : ModelObject
{
    public PersistentVolumeClaimSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>accessModes</c>: how the volume may be mounted; at least one.</summary>
    public IList<PersistentVolumeAccessMode> AccessModes { get; init; } = [];

    /// <summary><c>resources</c>: the size requested, e.g. <c>Requests = { [ResourceNames.Storage] = "10Gi" }</c>.</summary>
    public VolumeResourceRequirements? Resources { get; set; }

    /// <summary><c>storageClassName</c>: the StorageClass; the cluster default when omitted, none when empty.</summary>
    public string? StorageClassName { get; set; }

    /// <summary><c>volumeMode</c>: <c>Filesystem</c> when omitted.</summary>
    public PersistentVolumeMode? VolumeMode { get; set; }

    /// <summary><c>volumeName</c>: bind to this PersistentVolume.</summary>
    public string? VolumeName { get; set; }
}

/// <summary><c>resources</c> of a <see cref="PersistentVolumeClaimSpec"/>.</summary>
public sealed class VolumeResourceRequirements : ModelObject
{
    public VolumeResourceRequirements([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>requests</c>: the minimum size (<see cref="ResourceNames.Storage"/>).</summary>
    public IDictionary<string, Quantity> Requests { get; init; } = new Dictionary<string, Quantity>();

    /// <summary><c>limits</c>: the maximum size.</summary>
    public IDictionary<string, Quantity> Limits { get; init; } = new Dictionary<string, Quantity>();
}

/// <summary>A volume <c>accessModes[]</c> value.</summary>
public enum PersistentVolumeAccessMode
{
    /// <summary>Read-write by one node.</summary>
    ReadWriteOnce,

    /// <summary>Read-only by many nodes.</summary>
    ReadOnlyMany,

    /// <summary>Read-write by many nodes.</summary>
    ReadWriteMany,

    /// <summary>Read-write by one pod.</summary>
    ReadWriteOncePod,
}

/// <summary>A claim's <c>volumeMode</c>.</summary>
public enum PersistentVolumeMode
{
    /// <summary>A formatted file system.</summary>
    Filesystem,

    /// <summary>A raw block device.</summary>
    Block,
}
