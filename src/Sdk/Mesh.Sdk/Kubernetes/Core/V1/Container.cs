using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary>A container in a pod (<c>containers[]</c> or <c>initContainers[]</c>).</summary>
public sealed class Container : ModelObject
{
    public Container([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: a DNS-1123 label, unique in the pod.</summary>
    public required string Name { get; set; }

    /// <summary><c>image</c>.</summary>
    public required string Image { get; set; }

    /// <summary><c>imagePullPolicy</c>: <c>Always</c> for <c>:latest</c> or no tag, otherwise <c>IfNotPresent</c>, when omitted.</summary>
    public PullPolicy? ImagePullPolicy { get; set; }

    /// <summary><c>command</c>: replaces the image's ENTRYPOINT; <c>$(VAR)</c> expands env vars.</summary>
    public IList<string> Command { get; init; } = [];

    /// <summary><c>args</c>: replaces the image's CMD; <c>$(VAR)</c> expands env vars.</summary>
    public IList<string> Args { get; init; } = [];

    /// <summary><c>workingDir</c>: the image's WORKDIR when omitted.</summary>
    public string? WorkingDir { get; set; }

    /// <summary><c>ports</c>.</summary>
    public IList<ContainerPort> Ports { get; init; } = [];

    /// <summary><c>envFrom</c>: every key of a ConfigMap or Secret as env vars; <see cref="Env"/> wins on conflicts.</summary>
    public IList<EnvFromSource> EnvFrom { get; init; } = [];

    /// <summary><c>env</c>: environment variables.</summary>
    public IList<EnvVar> Env { get; init; } = [];

    /// <summary><c>resources</c>: CPU and memory requests and limits.</summary>
    public ResourceRequirements? Resources { get; set; }

    /// <summary><c>volumeMounts</c>: where the pod's volumes appear in this container.</summary>
    public IList<VolumeMount> VolumeMounts { get; init; } = [];

    /// <summary><c>livenessProbe</c>: the container is restarted when it fails.</summary>
    public Probe? LivenessProbe { get; set; }

    /// <summary><c>readinessProbe</c>: the pod leaves Service endpoints while it fails.</summary>
    public Probe? ReadinessProbe { get; set; }

    /// <summary><c>startupProbe</c>: holds off the other probes until it succeeds once.</summary>
    public Probe? StartupProbe { get; set; }

    /// <summary><c>lifecycle</c>: postStart / preStop hooks and the stop signal.</summary>
    public Lifecycle? Lifecycle { get; set; }

    /// <summary>
    /// <c>restartPolicy</c>: only on init containers, where <see cref="ContainerRestartPolicy.Always"/>
    /// makes a native sidecar that starts before and stops after the app containers.
    /// </summary>
    public ContainerRestartPolicy? RestartPolicy { get; set; }

    /// <summary><c>securityContext</c>: overrides the pod's <see cref="PodSecurityContext"/> for this container.</summary>
    public SecurityContext? SecurityContext { get; set; }

    /// <summary><c>terminationMessagePath</c>: default <c>/dev/termination-log</c>.</summary>
    public string? TerminationMessagePath { get; set; }

    /// <summary><c>terminationMessagePolicy</c>: where the termination message is read from.</summary>
    public TerminationMessagePolicy? TerminationMessagePolicy { get; set; }

    /// <summary><c>stdin</c>: allocate a stdin buffer.</summary>
    public bool? Stdin { get; set; }

    /// <summary><c>stdinOnce</c>: close stdin after the first attach.</summary>
    public bool? StdinOnce { get; set; }

    /// <summary><c>tty</c>: allocate a TTY (needs <see cref="Stdin"/>).</summary>
    public bool? Tty { get; set; }
}

/// <summary>A port a container listens on.</summary>
public sealed class ContainerPort : ModelObject
{
    public ContainerPort([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: an IANA service name (at most 15 characters), referenced by Services.</summary>
    public string? Name { get; set; }

    /// <summary><c>containerPort</c>: 1–65535.</summary>
    [WireName("containerPort")]
    public required int Port { get; set; }

    /// <summary><c>protocol</c>: TCP when omitted.</summary>
    public Protocol? Protocol { get; set; }

    /// <summary><c>hostPort</c>: exposes the port on the node; rarely needed.</summary>
    public int? HostPort { get; set; }

    /// <summary><c>hostIP</c>: the node IP to bind <see cref="HostPort"/> to.</summary>
    public string? HostIP { get; set; }
}

/// <summary>A network protocol.</summary>
public enum Protocol
{
    TCP,
    UDP,
    SCTP,
}

/// <summary><c>imagePullPolicy</c> values.</summary>
public enum PullPolicy
{
    /// <summary>Pull on every container start.</summary>
    Always,

    /// <summary>Pull only when the image is not on the node.</summary>
    IfNotPresent,

    /// <summary>Never pull; the image must already be on the node.</summary>
    Never,
}

/// <summary>A container's <c>restartPolicy</c> (init containers only).</summary>
public enum ContainerRestartPolicy
{
    /// <summary>A native sidecar: restarted whenever it exits, for the life of the pod.</summary>
    Always,
}

/// <summary><c>terminationMessagePolicy</c> values.</summary>
public enum TerminationMessagePolicy
{
    /// <summary>Only the termination message file.</summary>
    File,

    /// <summary>The end of the container log when the file is empty and the container failed.</summary>
    FallbackToLogsOnError,
}
