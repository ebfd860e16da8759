using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>downwardAPI</c> volume: pod fields and container resources as files.</summary>
public sealed class DownwardAPIVolumeSource : ModelObject
{
    public DownwardAPIVolumeSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>items</c>: the files.</summary>
    public IList<DownwardAPIVolumeFile> Items { get; init; } = [];

    /// <summary><c>defaultMode</c>: file permission bits as a decimal number on the wire; write <c>0x1A4</c> or <c>420</c> for 0644 (the default).</summary>
    public int? DefaultMode { get; set; }
}

/// <summary>One file of a downward API volume or projection: set <see cref="FieldRef"/> or <see cref="ResourceFieldRef"/>.</summary>
public sealed class DownwardAPIVolumeFile : ModelObject
{
    public DownwardAPIVolumeFile([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>path</c>: relative, without <c>..</c>.</summary>
    public required string Path { get; set; }

    /// <summary><c>fieldRef</c>: <c>metadata.name</c>, <c>metadata.namespace</c>, <c>metadata.uid</c>, <c>metadata.labels</c>, <c>metadata.annotations</c>.</summary>
    public ObjectFieldSelector? FieldRef { get; set; }

    /// <summary><c>resourceFieldRef</c>: a container's request or limit (name the container).</summary>
    public ResourceFieldSelector? ResourceFieldRef { get; set; }

    /// <summary><c>mode</c>: file permission bits as a decimal number on the wire; write <c>0x1A4</c> or <c>420</c> for 0644.</summary>
    public int? Mode { get; set; }
}
