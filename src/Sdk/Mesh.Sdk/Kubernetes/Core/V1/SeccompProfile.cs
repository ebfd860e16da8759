using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>seccompProfile</c>: the system-call filter applied to the process.</summary>
public sealed class SeccompProfile : ModelObject
{
    public SeccompProfile([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>.</summary>
    public required SeccompProfileType Type { get; set; }

    /// <summary><c>localhostProfile</c>: a path relative to the kubelet's seccomp directory; only with <see cref="SeccompProfileType.Localhost"/>.</summary>
    public string? LocalhostProfile { get; set; }
}

/// <summary>Seccomp profile <c>type</c>.</summary>
public enum SeccompProfileType
{
    /// <summary>No filter.</summary>
    Unconfined,

    /// <summary>The container runtime's default filter.</summary>
    RuntimeDefault,

    /// <summary>A profile file on the node (see <see cref="SeccompProfile.LocalhostProfile"/>).</summary>
    Localhost,
}

/// <summary><c>appArmorProfile</c>: the AppArmor profile applied to the process.</summary>
public sealed class AppArmorProfile : ModelObject
{
    public AppArmorProfile([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>.</summary>
    public required AppArmorProfileType Type { get; set; }

    /// <summary><c>localhostProfile</c>: a profile loaded on the node; only with <see cref="AppArmorProfileType.Localhost"/>.</summary>
    public string? LocalhostProfile { get; set; }
}

/// <summary>AppArmor profile <c>type</c>.</summary>
public enum AppArmorProfileType
{
    /// <summary>No profile.</summary>
    Unconfined,

    /// <summary>The container runtime's default profile.</summary>
    RuntimeDefault,

    /// <summary>A profile loaded on the node.</summary>
    Localhost,
}
