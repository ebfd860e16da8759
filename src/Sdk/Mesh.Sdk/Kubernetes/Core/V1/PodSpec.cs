using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>spec</c> of a pod or pod template.</summary>
public sealed class PodSpec : ModelObject
{
    public PodSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>initContainers</c>: run to completion in order before the app starts, except
    /// those with <c>restartPolicy: Always</c>, which are native sidecars that keep running.</summary>
    public IList<Container> InitContainers { get; init; } = [];

    /// <summary><c>containers</c>: at least one.</summary>
    public required IList<Container> Containers { get; init; }

    /// <summary><c>terminationGracePeriodSeconds</c>: time from SIGTERM (preStop included) to SIGKILL. Default 30.</summary>
    public long? TerminationGracePeriodSeconds { get; set; }

    /// <summary><c>serviceAccountName</c>.</summary>
    public string? ServiceAccountName { get; set; }
}
