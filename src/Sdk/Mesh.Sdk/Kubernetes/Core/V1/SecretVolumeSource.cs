using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>secret</c> volume: each key becomes a file on a tmpfs.</summary>
public sealed class SecretVolumeSource : ModelObject
{
    public SecretVolumeSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>secretName</c>: the Secret.</summary>
    public required string SecretName { get; set; }

    /// <summary><c>items</c>: only these keys, at these paths; every key when empty.</summary>
    public IList<KeyToPath> Items { get; init; } = [];

    /// <summary><c>defaultMode</c>: file permission bits as a decimal number on the wire; write <c>0x1A4</c> or <c>420</c> for 0644 (the default), <c>0x100</c> or <c>256</c> for 0400.</summary>
    public int? DefaultMode { get; set; }

    /// <summary><c>optional</c>: when true, a missing Secret gives an empty volume instead of blocking the pod.</summary>
    public bool? Optional { get; set; }
}
