using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>template</c>: the pods a workload creates.</summary>
public sealed class PodTemplateSpec : ModelObject
{
    public PodTemplateSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>metadata</c>: the pods' labels and annotations.</summary>
    public TemplateMetadata Metadata { get; set; } = new();

    /// <summary><c>spec</c>.</summary>
    public required PodSpec Spec { get; set; }
}
