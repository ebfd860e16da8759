using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>hostPath</c> volume: a file or directory on the node.</summary>
public sealed class HostPathVolumeSource : ModelObject
{
    public HostPathVolumeSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>path</c>: absolute, on the node.</summary>
    public required string Path { get; set; }

    /// <summary><c>type</c>: what must exist at <see cref="Path"/>; no check when omitted.</summary>
    public HostPathType? Type { get; set; }
}

/// <summary>A hostPath <c>type</c>.</summary>
public enum HostPathType
{
    /// <summary>A directory, created (0755) when missing.</summary>
    DirectoryOrCreate,

    /// <summary>An existing directory.</summary>
    Directory,

    /// <summary>A file, created (0644) when missing.</summary>
    FileOrCreate,

    /// <summary>An existing file.</summary>
    File,

    /// <summary>An existing UNIX socket.</summary>
    Socket,

    /// <summary>An existing character device.</summary>
    CharDevice,

    /// <summary>An existing block device.</summary>
    BlockDevice,
}
