using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>os</c> of a pod: the operating system its containers need; gates OS-specific fields.</summary>
public sealed class PodOS : ModelObject
{
    public PodOS([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>.</summary>
    public required OSName Name { get; set; }
}

/// <summary>An operating system name; lower-case on the wire.</summary>
public enum OSName
{
    /// <summary><c>linux</c>.</summary>
    [WireName("linux")]
    Linux,

    /// <summary><c>windows</c>.</summary>
    [WireName("windows")]
    Windows,
}
