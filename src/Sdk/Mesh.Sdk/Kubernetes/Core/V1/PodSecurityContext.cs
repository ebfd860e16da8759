using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>securityContext</c> of a pod: defaults for every container plus pod-wide settings.</summary>
public sealed class PodSecurityContext : ModelObject
{
    public PodSecurityContext([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>runAsUser</c>: the UID of every container's process.</summary>
    public long? RunAsUser { get; set; }

    /// <summary><c>runAsGroup</c>: the primary GID of every container's process.</summary>
    public long? RunAsGroup { get; set; }

    /// <summary><c>runAsNonRoot</c>: refuse to start containers that would run as UID 0.</summary>
    public bool? RunAsNonRoot { get; set; }

    /// <summary><c>fsGroup</c>: a supplementary group that owns (and can write) supported volumes.</summary>
    public long? FsGroup { get; set; }

    /// <summary><c>fsGroupChangePolicy</c>: when volume ownership is changed to <see cref="FsGroup"/>.</summary>
    public PodFSGroupChangePolicy? FsGroupChangePolicy { get; set; }

    /// <summary><c>supplementalGroups</c>: extra GIDs for every container's first process.</summary>
    public IList<long> SupplementalGroups { get; init; } = [];

    /// <summary><c>seccompProfile</c>.</summary>
    public SeccompProfile? SeccompProfile { get; set; }

    /// <summary><c>appArmorProfile</c>.</summary>
    public AppArmorProfile? AppArmorProfile { get; set; }

    /// <summary><c>sysctls</c>: namespaced kernel parameters for the pod.</summary>
    public IList<Sysctl> Sysctls { get; init; } = [];
}

/// <summary><c>fsGroupChangePolicy</c> values.</summary>
public enum PodFSGroupChangePolicy
{
    /// <summary>Change ownership only when the volume root does not already match (faster for large volumes).</summary>
    OnRootMismatch,

    /// <summary>Always change ownership on mount.</summary>
    Always,
}

/// <summary>A kernel parameter (<c>sysctls[]</c>).</summary>
public sealed class Sysctl : ModelObject
{
    public Sysctl([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>, e.g. <c>net.ipv4.ip_local_port_range</c>.</summary>
    public required string Name { get; set; }

    /// <summary><c>value</c>.</summary>
    public required string Value { get; set; }
}
