using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Meta.V1;

/// <summary><c>metadata</c> of a top-level object: its name, namespace, labels and annotations.</summary>
public sealed class ObjectMeta : ModelObject
{
    public ObjectMeta([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: unique within the namespace for its kind.</summary>
    public required string Name { get; set; }

    /// <summary><c>namespace</c>: omit to let the tool that applies the manifests choose.</summary>
    public string? Namespace { get; set; }

    /// <summary><c>labels</c>: identifying key/value pairs used by selectors.</summary>
    public IDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary><c>annotations</c>: non-identifying metadata read by tools and controllers.</summary>
    public IDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();
}
