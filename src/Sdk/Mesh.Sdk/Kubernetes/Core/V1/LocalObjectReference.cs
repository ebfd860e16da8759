using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary>A reference to an object in the same namespace by name, e.g. an <c>imagePullSecrets[]</c> entry.</summary>
public sealed class LocalObjectReference : ModelObject
{
    public LocalObjectReference([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>.</summary>
    public required string Name { get; set; }
}
