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

    /// <summary><c>volumes</c>: storage the containers can mount by name.</summary>
    public IList<Volume> Volumes { get; init; } = [];

    /// <summary><c>restartPolicy</c>: <c>Always</c> when omitted; Jobs need <c>OnFailure</c> or <c>Never</c>.</summary>
    public RestartPolicy? RestartPolicy { get; set; }

    /// <summary><c>terminationGracePeriodSeconds</c>: time from SIGTERM (preStop included) to SIGKILL. Default 30.</summary>
    public long? TerminationGracePeriodSeconds { get; set; }

    /// <summary><c>activeDeadlineSeconds</c>: the pod is failed when it has run this long.</summary>
    public long? ActiveDeadlineSeconds { get; set; }

    /// <summary><c>dnsPolicy</c>: <c>ClusterFirst</c> when omitted.</summary>
    public DnsPolicy? DnsPolicy { get; set; }

    /// <summary><c>dnsConfig</c>: resolver settings merged with those <see cref="DnsPolicy"/> gives.</summary>
    public PodDnsConfig? DnsConfig { get; set; }

    /// <summary><c>nodeSelector</c>: node labels the node must have.</summary>
    public IDictionary<string, string> NodeSelector { get; init; } = new Dictionary<string, string>();

    /// <summary><c>nodeName</c>: bind to this node, bypassing the scheduler.</summary>
    public string? NodeName { get; set; }

    /// <summary><c>serviceAccountName</c>.</summary>
    public string? ServiceAccountName { get; set; }

    /// <summary><c>automountServiceAccountToken</c>: set false unless the pod calls the Kubernetes API.</summary>
    public bool? AutomountServiceAccountToken { get; set; }

    /// <summary><c>hostNetwork</c>: use the node's network namespace (no sidecar interception).</summary>
    public bool? HostNetwork { get; set; }

    /// <summary><c>hostPID</c>: use the node's process namespace.</summary>
    public bool? HostPID { get; set; }

    /// <summary><c>hostIPC</c>: use the node's IPC namespace.</summary>
    public bool? HostIPC { get; set; }

    /// <summary><c>hostUsers</c>: false runs the pod in its own user namespace.</summary>
    public bool? HostUsers { get; set; }

    /// <summary><c>shareProcessNamespace</c>: containers see (and can signal) each other's processes.</summary>
    public bool? ShareProcessNamespace { get; set; }

    /// <summary><c>securityContext</c>: pod-wide security settings and container defaults.</summary>
    public PodSecurityContext? SecurityContext { get; set; }

    /// <summary><c>imagePullSecrets</c>: registry credentials (Secrets of type <c>kubernetes.io/dockerconfigjson</c>).</summary>
    public IList<LocalObjectReference> ImagePullSecrets { get; init; } = [];

    /// <summary><c>hostname</c>: the pod's hostname; its name when omitted.</summary>
    public string? Hostname { get; set; }

    /// <summary><c>subdomain</c>: with a headless Service of this name, gives the pod the DNS name <c>hostname.subdomain.ns.svc</c>.</summary>
    public string? Subdomain { get; set; }

    /// <summary><c>setHostnameAsFQDN</c>: set the kernel hostname to the fully qualified name.</summary>
    public bool? SetHostnameAsFQDN { get; set; }

    /// <summary><c>hostAliases</c>: extra <c>/etc/hosts</c> entries.</summary>
    public IList<HostAlias> HostAliases { get; init; } = [];

    /// <summary><c>affinity</c>: node and inter-pod scheduling constraints.</summary>
    public Affinity? Affinity { get; set; }

    /// <summary><c>tolerations</c>: taints this pod accepts.</summary>
    public IList<Toleration> Tolerations { get; init; } = [];

    /// <summary><c>topologySpreadConstraints</c>: how replicas spread over zones and nodes.</summary>
    public IList<TopologySpreadConstraint> TopologySpreadConstraints { get; init; } = [];

    /// <summary><c>schedulerName</c>: <c>default-scheduler</c> when omitted.</summary>
    public string? SchedulerName { get; set; }

    /// <summary><c>priorityClassName</c>: e.g. <c>system-cluster-critical</c>; sets the pod's priority.</summary>
    public string? PriorityClassName { get; set; }

    /// <summary><c>preemptionPolicy</c>: whether this pod may evict lower-priority pods. <c>PreemptLowerPriority</c> when omitted.</summary>
    public PreemptionPolicy? PreemptionPolicy { get; set; }

    /// <summary><c>runtimeClassName</c>: a RuntimeClass, e.g. <c>gvisor</c>.</summary>
    public string? RuntimeClassName { get; set; }

    /// <summary><c>enableServiceLinks</c>: inject <c>*_SERVICE_HOST</c>/<c>*_PORT</c> env vars for every Service; true when omitted.</summary>
    public bool? EnableServiceLinks { get; set; }

    /// <summary><c>os</c>: the operating system the pod needs.</summary>
    [WireName("os")]
    public PodOS? OS { get; set; }
}

/// <summary>A pod's <c>restartPolicy</c>.</summary>
public enum RestartPolicy
{
    /// <summary>Restart containers whenever they exit (services).</summary>
    Always,

    /// <summary>Restart only on a non-zero exit (jobs).</summary>
    OnFailure,

    /// <summary>Never restart (jobs).</summary>
    Never,
}

/// <summary>A pod's <c>dnsPolicy</c>.</summary>
public enum DnsPolicy
{
    /// <summary>Cluster DNS first, then the node's upstream servers.</summary>
    ClusterFirst,

    /// <summary>Cluster DNS for pods with <c>hostNetwork: true</c>.</summary>
    ClusterFirstWithHostNet,

    /// <summary>The node's resolver configuration.</summary>
    Default,

    /// <summary>Only what <c>dnsConfig</c> gives.</summary>
    None,
}

/// <summary>A pod's <c>preemptionPolicy</c>.</summary>
public enum PreemptionPolicy
{
    /// <summary>May evict lower-priority pods to be scheduled.</summary>
    PreemptLowerPriority,

    /// <summary>Waits for room instead.</summary>
    Never,
}
