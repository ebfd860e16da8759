using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>configMap</c> volume: each key becomes a file (updated in place when the ConfigMap changes).</summary>
public sealed class ConfigMapVolumeSource : ModelObject
{
    public ConfigMapVolumeSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: the ConfigMap.</summary>
    public required string Name { get; set; }

    /// <summary><c>items</c>: only these keys, at these paths; every key when empty.</summary>
    public IList<KeyToPath> Items { get; init; } = [];

    /// <summary><c>defaultMode</c>: file permission bits as a decimal number on the wire; write <c>0x1A4</c> or <c>420</c> for 0644 (the default).</summary>
    public int? DefaultMode { get; set; }

    /// <summary><c>optional</c>: when true, a missing ConfigMap gives an empty volume instead of blocking the pod.</summary>
    public bool? Optional { get; set; }
}
