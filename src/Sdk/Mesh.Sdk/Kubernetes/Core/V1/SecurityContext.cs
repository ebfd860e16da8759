using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>securityContext</c> of a container; overrides the same fields of the <see cref="PodSecurityContext"/>.</summary>
public sealed class SecurityContext : ModelObject
{
    public SecurityContext([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>runAsUser</c>: the UID of the process; the image's USER when omitted.</summary>
    public long? RunAsUser { get; set; }

    /// <summary><c>runAsGroup</c>: the primary GID of the process.</summary>
    public long? RunAsGroup { get; set; }

    /// <summary><c>runAsNonRoot</c>: refuse to start when the process would run as UID 0.</summary>
    public bool? RunAsNonRoot { get; set; }

    /// <summary><c>readOnlyRootFilesystem</c>.</summary>
    public bool? ReadOnlyRootFilesystem { get; set; }

    /// <summary><c>allowPrivilegeEscalation</c>: set false to stop setuid binaries gaining privileges.</summary>
    public bool? AllowPrivilegeEscalation { get; set; }

    /// <summary><c>privileged</c>: root on the host, in effect.</summary>
    public bool? Privileged { get; set; }

    /// <summary><c>capabilities</c>: Linux capabilities to add or drop.</summary>
    public Capabilities? Capabilities { get; set; }

    /// <summary><c>seccompProfile</c>.</summary>
    public SeccompProfile? SeccompProfile { get; set; }

    /// <summary><c>appArmorProfile</c>.</summary>
    public AppArmorProfile? AppArmorProfile { get; set; }
}

/// <summary><c>capabilities</c>: Linux capability names without <c>CAP_</c>, e.g. <c>NET_ADMIN</c>, or <c>ALL</c>.</summary>
public sealed class Capabilities : ModelObject
{
    public Capabilities([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>add</c>.</summary>
    public IList<string> Add { get; init; } = [];

    /// <summary><c>drop</c>: <c>["ALL"]</c> for restricted pods.</summary>
    public IList<string> Drop { get; init; } = [];
}
