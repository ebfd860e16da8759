using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>resourceFieldRef</c>: a container's request or limit, for env vars and downward API volumes.</summary>
public sealed class ResourceFieldSelector : ModelObject
{
    public ResourceFieldSelector([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>containerName</c>: required in volumes, optional (this container) in env vars.</summary>
    public string? ContainerName { get; set; }

    /// <summary><c>resource</c>, e.g. <c>limits.cpu</c>, <c>requests.memory</c>.</summary>
    public required string Resource { get; set; }

    /// <summary><c>divisor</c>: the unit of the exposed value, e.g. <c>1Mi</c>; <c>1</c> when omitted.</summary>
    public Quantity? Divisor { get; set; }
}
