using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>items[]</c> of a ConfigMap or Secret volume: one key written to a chosen path.</summary>
public sealed class KeyToPath : ModelObject
{
    public KeyToPath([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>key</c>.</summary>
    public required string Key { get; set; }

    /// <summary><c>path</c>: relative, without <c>..</c>.</summary>
    public required string Path { get; set; }

    /// <summary><c>mode</c>: file permission bits as a decimal number on the wire; write <c>0x1A4</c> or <c>420</c> for 0644.</summary>
    public int? Mode { get; set; }
}
