using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>emptyDir</c> volume: empty at pod start, deleted with the pod. Write <c>new()</c> for the defaults (<c>emptyDir: {}</c>).</summary>
public sealed class EmptyDirVolumeSource : ModelObject
{
    public EmptyDirVolumeSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>medium</c>: the node's disk when omitted.</summary>
    public StorageMedium? Medium { get; set; }

    /// <summary><c>sizeLimit</c>: the pod is evicted when the volume grows past it, e.g. <c>"1Gi"</c>.</summary>
    public Quantity? SizeLimit { get; set; }
}

/// <summary>An emptyDir <c>medium</c>.</summary>
public enum StorageMedium
{
    /// <summary>tmpfs (RAM; counts against the container's memory limit).</summary>
    Memory,

    /// <summary>Huge pages.</summary>
    HugePages,
}
