using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>fieldRef</c>: a field of the pod, for env vars and downward API volumes.</summary>
public sealed class ObjectFieldSelector : ModelObject
{
    public ObjectFieldSelector([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>apiVersion</c>: the schema <see cref="FieldPath"/> is in; <c>v1</c> when omitted.</summary>
    public string? ApiVersion { get; set; }

    /// <summary><c>fieldPath</c>, e.g. <c>metadata.name</c>, <c>metadata.namespace</c>, <c>status.podIP</c>, <c>spec.nodeName</c>.</summary>
    public required string FieldPath { get; set; }
}
