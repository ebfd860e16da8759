using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>v1 Service</c>: a stable name and virtual IP in front of a set of pods.</summary>
public sealed class Service : KubernetesObject
{
    public const string ApiVersionValue = "v1";
    public const string KindValue = "Service";

    public Service([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary>Service names are RFC 1035 labels: they start with a letter.</summary>
    public override NameRule NameRule => NameRule.Dns1035Label;

    /// <summary><c>spec</c>.</summary>
    public required ServiceSpec Spec { get; set; }
}

/// <summary><c>spec</c> of a <see cref="Service"/>.</summary>
public sealed class ServiceSpec : ModelObject
{
    public ServiceSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>: <c>ClusterIP</c> when omitted.</summary>
    public ServiceType? Type { get; set; }

    /// <summary><c>selector</c>: pod labels; endpoints are the ready pods matching all of them. Empty for a Service with manual endpoints.</summary>
    public IDictionary<string, string> Selector { get; init; } = new Dictionary<string, string>();

    /// <summary><c>ports</c>.</summary>
    public IList<ServicePort> Ports { get; init; } = [];

    /// <summary><c>clusterIP</c>: <c>None</c> for a headless Service; allocated when omitted.</summary>
    public string? ClusterIP { get; set; }

    /// <summary><c>clusterIPs</c>: one per IP family; the first equals <see cref="ClusterIP"/>.</summary>
    public IList<string> ClusterIPs { get; init; } = [];

    /// <summary><c>externalIPs</c>: extra IPs the nodes accept traffic for.</summary>
    public IList<string> ExternalIPs { get; init; } = [];

    /// <summary><c>externalName</c>: the DNS name an <see cref="ServiceType.ExternalName"/> Service aliases (CNAME).</summary>
    public string? ExternalName { get; set; }

    /// <summary><c>externalTrafficPolicy</c>: <c>Local</c> keeps the client IP and skips the second hop.</summary>
    public ServiceTrafficPolicy? ExternalTrafficPolicy { get; set; }

    /// <summary><c>internalTrafficPolicy</c>: <c>Local</c> sends in-cluster traffic only to endpoints on the same node.</summary>
    public ServiceTrafficPolicy? InternalTrafficPolicy { get; set; }

    /// <summary><c>healthCheckNodePort</c>: the node port for load balancer health checks with <c>externalTrafficPolicy: Local</c>.</summary>
    public int? HealthCheckNodePort { get; set; }

    /// <summary><c>sessionAffinity</c>: <c>ClientIP</c> pins a client to one endpoint.</summary>
    public ServiceAffinity? SessionAffinity { get; set; }

    /// <summary><c>sessionAffinityConfig</c>: the <c>ClientIP</c> affinity timeout.</summary>
    public SessionAffinityConfig? SessionAffinityConfig { get; set; }

    /// <summary><c>loadBalancerIP</c>: deprecated; use the provider's annotation.</summary>
    public string? LoadBalancerIP { get; set; }

    /// <summary><c>loadBalancerClass</c>: the load balancer implementation; the cloud provider's when omitted.</summary>
    public string? LoadBalancerClass { get; set; }

    /// <summary><c>loadBalancerSourceRanges</c>: client CIDRs allowed through the load balancer.</summary>
    public IList<string> LoadBalancerSourceRanges { get; init; } = [];

    /// <summary><c>allocateLoadBalancerNodePorts</c>: false when the load balancer routes to pods directly.</summary>
    public bool? AllocateLoadBalancerNodePorts { get; set; }

    /// <summary><c>ipFamilyPolicy</c>: single or dual stack.</summary>
    [WireName("ipFamilyPolicy")]
    public IPFamilyPolicy? IPFamilyPolicy { get; set; }

    /// <summary><c>ipFamilies</c>: the IP families, in order of preference.</summary>
    [WireName("ipFamilies")]
    public IList<IPFamily> IPFamilies { get; init; } = [];

    /// <summary><c>publishNotReadyAddresses</c>: include pods that are not ready (peer discovery for StatefulSets).</summary>
    public bool? PublishNotReadyAddresses { get; set; }

    /// <summary><c>trafficDistribution</c>: e.g. <c>PreferClose</c> to prefer topologically close endpoints.</summary>
    public string? TrafficDistribution { get; set; }
}

/// <summary>A port of a <see cref="Service"/>.</summary>
public sealed class ServicePort : ModelObject
{
    public ServicePort([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: a DNS-1123 label; required when there is more than one port. Istio reads the protocol from a prefix such as <c>http-</c> or <c>grpc-</c>.</summary>
    public string? Name { get; set; }

    /// <summary><c>protocol</c>: TCP when omitted.</summary>
    public Protocol? Protocol { get; set; }

    /// <summary><c>appProtocol</c>: the application protocol, e.g. <c>http</c>, <c>kubernetes.io/h2c</c>; Istio prefers it to the name prefix.</summary>
    public string? AppProtocol { get; set; }

    /// <summary><c>port</c>: the port the Service exposes.</summary>
    public required int Port { get; set; }

    /// <summary><c>targetPort</c>: a container port number or name; <see cref="Port"/> when omitted.</summary>
    public IntOrString? TargetPort { get; set; }

    /// <summary><c>nodePort</c>: for NodePort and LoadBalancer Services; allocated when omitted.</summary>
    public int? NodePort { get; set; }
}

/// <summary>A Service <c>type</c>.</summary>
public enum ServiceType
{
    /// <summary>A cluster-internal virtual IP.</summary>
    ClusterIP,

    /// <summary>ClusterIP plus a port on every node.</summary>
    NodePort,

    /// <summary>NodePort plus an external load balancer.</summary>
    LoadBalancer,

    /// <summary>A DNS CNAME to <see cref="ServiceSpec.ExternalName"/>.</summary>
    ExternalName,
}

/// <summary><c>externalTrafficPolicy</c> / <c>internalTrafficPolicy</c> values.</summary>
public enum ServiceTrafficPolicy
{
    /// <summary>Any ready endpoint in the cluster.</summary>
    Cluster,

    /// <summary>Only endpoints on the node that received the traffic.</summary>
    Local,
}

/// <summary>A Service <c>sessionAffinity</c>.</summary>
public enum ServiceAffinity
{
    /// <summary>No affinity.</summary>
    None,

    /// <summary>Requests from one client IP go to one endpoint.</summary>
    ClientIP,
}

/// <summary><c>sessionAffinityConfig</c> of a <see cref="ServiceSpec"/>.</summary>
public sealed class SessionAffinityConfig : ModelObject
{
    public SessionAffinityConfig([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>clientIP</c>.</summary>
    public ClientIPConfig? ClientIP { get; set; }
}

/// <summary><c>clientIP</c> of a <see cref="SessionAffinityConfig"/>.</summary>
public sealed class ClientIPConfig : ModelObject
{
    public ClientIPConfig([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>timeoutSeconds</c>: how long a client sticks to an endpoint; 1–86400, default 10800.</summary>
    public int? TimeoutSeconds { get; set; }
}

/// <summary>A Service <c>ipFamilyPolicy</c>.</summary>
public enum IPFamilyPolicy
{
    /// <summary>One IP family.</summary>
    SingleStack,

    /// <summary>Two families when the cluster has them, otherwise one.</summary>
    PreferDualStack,

    /// <summary>Two families, or fail.</summary>
    RequireDualStack,
}

/// <summary>An IP family.</summary>
public enum IPFamily
{
    /// <summary>IPv4.</summary>
    IPv4,

    /// <summary>IPv6.</summary>
    IPv6,
}
