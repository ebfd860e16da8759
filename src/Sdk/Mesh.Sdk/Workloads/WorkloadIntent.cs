using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Core.V1;

namespace Mesh.Sdk.Workloads;

/// <summary>
/// What a higher-level workload type (<see cref="MeshedService"/>) declared about the pods it
/// expanded into and that the manifests cannot say: how long the app needs to shut down, whether
/// it calls the network while starting. The build-time rules read it (MESH012, MESH013, MESH020).
/// </summary>
/// <param name="AppShutdown">The app's declared graceful-shutdown budget after SIGTERM.</param>
/// <param name="NeedsNetworkAtStart">True when the app makes network calls while starting.</param>
/// <param name="AppContainer">The name of the app container.</param>
internal sealed record WorkloadIntent(Duration AppShutdown, bool NeedsNetworkAtStart, string AppContainer)
{
    // Keyed by the pod template object: nothing is added to the wire shape, nothing outlives the template.
    private static readonly ConditionalWeakTable<PodTemplateSpec, WorkloadIntent> Intents = new();

    /// <summary>Records <paramref name="intent"/> for the pods of <paramref name="template"/>.</summary>
    public static void Set(PodTemplateSpec template, WorkloadIntent intent) => Intents.AddOrUpdate(template, intent);

    /// <summary>The intent declared for <paramref name="template"/>, or null for a template written by hand.</summary>
    public static WorkloadIntent? Get(PodTemplateSpec template) => Intents.TryGetValue(template, out var intent) ? intent : null;
}
