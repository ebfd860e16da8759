using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>volumeMounts[]</c>: where a pod volume appears in a container.</summary>
public sealed class VolumeMount : ModelObject
{
    public VolumeMount([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: a <see cref="Volume.Name"/> of the pod.</summary>
    public required string Name { get; set; }

    /// <summary><c>mountPath</c>: an absolute path without ':'.</summary>
    public required string MountPath { get; set; }

    /// <summary><c>subPath</c>: mount one path inside the volume instead of its root (not updated when a ConfigMap changes).</summary>
    public string? SubPath { get; set; }

    /// <summary><c>subPathExpr</c>: like <see cref="SubPath"/> with <c>$(VAR)</c> expansion.</summary>
    public string? SubPathExpr { get; set; }

    /// <summary><c>readOnly</c>.</summary>
    public bool? ReadOnly { get; set; }

    /// <summary><c>mountPropagation</c>: <c>None</c> when omitted.</summary>
    public MountPropagationMode? MountPropagation { get; set; }
}

/// <summary><c>mountPropagation</c> values.</summary>
public enum MountPropagationMode
{
    /// <summary>No propagation in either direction.</summary>
    None,

    /// <summary>Mounts made on the host later appear in the container.</summary>
    HostToContainer,

    /// <summary>Both directions; privileged containers only.</summary>
    Bidirectional,
}
