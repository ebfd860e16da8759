using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Workloads;

/// <summary>
/// A meshed HTTP service declared by intent: what it runs, how long it needs to shut down,
/// whether it needs the network at start, how it scales. <see cref="Expand"/> turns it into a
/// Deployment, a Service and, when asked, an HPA, a PDB and a DestinationRule, with every
/// pod-lifecycle and mesh default chosen for zero-downtime rollouts on the target versions
/// (see docs/workloads.md for each default, its reason and its source). The expanded objects
/// are ordinary model objects: edit anything before returning them.
/// </summary>
/// <example>
/// <code>
/// var web = new MeshedService
/// {
///     Name = "web", Namespace = "shop", Image = "ghcr.io/acme/web:1.4.2",
///     AppShutdown = Duration.FromSeconds(20),
///     Autoscaling = new() { MinReplicas = 3, MaxReplicas = 12 },
/// }.Expand(context.Targets);
/// web.Deployment.Spec.Template.Spec.Containers[0].Env.Add(new() { Name = "MODE", Value = "prod" });
/// foreach (var o in web) yield return o;
/// </code>
/// </example>
public sealed class MeshedService : ModelObject
{
    public MeshedService([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>Name of the Deployment, Service and everything else; also the container's name.</summary>
    public required string Name { get; set; }

    /// <summary>Namespace of every object; omit to let the tool that applies them decide.</summary>
    public string? Namespace { get; set; }

    /// <summary>The app's image.</summary>
    public required string Image { get; set; }

    /// <summary>The port the app listens on. Default 8080.</summary>
    public int Port { get; set; } = 8080;

    /// <summary>The Service port. Default 80.</summary>
    public int ServicePort { get; set; } = 80;

    /// <summary>The port's name and the Service's <c>appProtocol</c>, which Istio uses for protocol selection. Default <c>http</c>.</summary>
    public string Protocol { get; set; } = "http";

    /// <summary>Replicas when there is no <see cref="Autoscaling"/>. Default 2.</summary>
    public int Replicas { get; set; } = 2;

    /// <summary>Scale on the app container's CPU. Null: a fixed <see cref="Replicas"/> count.</summary>
    public ServiceAutoscaling? Autoscaling { get; set; }

    /// <summary>The app container's requests and limits. Default with autoscaling: requests cpu 100m, memory 128Mi.</summary>
    public ResourceRequirements? Resources { get; set; }

    /// <summary>HTTP readiness probe path, e.g. <c>/healthz/ready</c>. Null: no readiness probe.</summary>
    public string? ReadinessPath { get; set; }

    /// <summary>HTTP liveness probe path. Null: no liveness probe.</summary>
    public string? LivenessPath { get; set; }

    /// <summary>
    /// How long the app keeps serving after termination starts, while endpoints are removed
    /// from kube-proxy and from every sidecar's EDS (preStop delay). Default 10 s (domain.md MESH010: 5–15 s).
    /// </summary>
    public Duration PreStopDelay { get; set; } = Duration.FromSeconds(10);

    /// <summary>How long the app needs after SIGTERM to finish in-flight work. Default 20 s.</summary>
    public Duration AppShutdown { get; set; } = Duration.FromSeconds(20);

    /// <summary>
    /// The app makes network calls while starting (config service, database, token fetch): the
    /// sidecar must be ready first. With native sidecars that is automatic; otherwise the pod
    /// gets <c>holdApplicationUntilProxyStarts</c>.
    /// </summary>
    public bool NeedsNetworkAtStart { get; set; }

    /// <summary>Ramp traffic to new pods over this window (DestinationRule warmup). Null: no DestinationRule.</summary>
    public Duration? Warmup { get; set; }

    /// <summary>Write a PodDisruptionBudget (maxUnavailable 1). Default true.</summary>
    public bool DisruptionBudget { get; set; } = true;

    /// <summary>How the sidecar is started and drained. Default <see cref="SidecarMode.Auto"/>.</summary>
    public SidecarMode Sidecar { get; set; } = SidecarMode.Auto;

    /// <summary>Labels added to every object and to the pods (the selector uses <c>app.kubernetes.io/name</c>).</summary>
    public IDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Environment variables of the app container.</summary>
    public IList<EnvVar> Env { get; init; } = [];

    /// <summary>Expands into model objects for the given target versions.</summary>
    public MeshedServiceObjects Expand(TargetVersions targets) => MeshedServiceExpander.Expand(this, targets);
}

/// <summary>HPA settings of a <see cref="MeshedService"/>.</summary>
public sealed class ServiceAutoscaling : ModelObject
{
    public ServiceAutoscaling([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>Lowest replica count. Default 2.</summary>
    public int MinReplicas { get; set; } = 2;

    /// <summary>Highest replica count.</summary>
    public required int MaxReplicas { get; set; }

    /// <summary>Target average CPU utilization of the app container, in percent of its request. Default 70.</summary>
    public int CpuUtilization { get; set; } = 70;
}

/// <summary>How the Istio sidecar is started and stopped.</summary>
public enum SidecarMode
{
    /// <summary>Native sidecars when the targets support them per pod (Kubernetes ≥ 1.29 and Istio ≥ 1.24), otherwise <see cref="Legacy"/>.</summary>
    Auto,

    /// <summary>Kubernetes native sidecar (<c>sidecar.istio.io/nativeSidecar: "true"</c>): started before and stopped after the app.</summary>
    Native,

    /// <summary>
    /// A regular sidecar container, drained with <c>EXIT_ON_ZERO_ACTIVE_CONNECTIONS</c>. From Istio 1.27, where
    /// <c>ENABLE_NATIVE_SIDECARS</c> defaults to <c>auto</c>, the pod also opts out per pod
    /// (<c>sidecar.istio.io/nativeSidecar: "false"</c>).
    /// </summary>
    Legacy,

    /// <summary>No sidecar (<c>sidecar.istio.io/inject: "false"</c>).</summary>
    None,
}
