using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Istio.Networking.V1;

/// <summary>
/// <c>networking.istio.io/v1 Sidecar</c>: the inbound and outbound listeners of the sidecars of
/// the selected workloads (or, without a selector, of the whole namespace), e.g. to limit which
/// services they see.
/// </summary>
public sealed class Sidecar : KubernetesObject
{
    public const string ApiVersionValue = "networking.istio.io/v1";
    public const string KindValue = "Sidecar";

    public Sidecar([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required SidecarSpec Spec { get; set; }
}

/// <summary><c>spec</c> of a <see cref="Sidecar"/>.</summary>
public sealed class SidecarSpec : ModelObject
{
    public SidecarSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>workloadSelector</c>: the pods this Sidecar applies to; the whole namespace when unset (one such Sidecar per namespace).</summary>
    public NetworkingWorkloadSelector? WorkloadSelector { get; set; }

    /// <summary><c>ingress</c>: inbound listeners; derived from the workload's services when empty.</summary>
    public IList<IstioIngressListener> Ingress { get; init; } = [];

    /// <summary><c>egress</c>: outbound listeners and the services visible to the workload.</summary>
    public IList<IstioEgressListener> Egress { get; init; } = [];

    /// <summary><c>inboundConnectionPool</c>: limits on connections the sidecar accepts, for all inbound ports.</summary>
    public ConnectionPoolSettings? InboundConnectionPool { get; set; }

    /// <summary><c>outboundTrafficPolicy</c>: what happens to traffic to unknown destinations.</summary>
    public OutboundTrafficPolicy? OutboundTrafficPolicy { get; set; }
}

/// <summary><c>SidecarPort</c>: a listener port (all fields optional, unlike a Gateway <see cref="Port"/>).</summary>
public sealed class SidecarPort : ModelObject
{
    public SidecarPort([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>number</c>: the port number.</summary>
    public int? Number { get; set; }

    /// <summary><c>protocol</c>: see <see cref="PortProtocols"/>.</summary>
    public string? Protocol { get; set; }

    /// <summary><c>name</c>: a label for the port.</summary>
    public string? Name { get; set; }

    /// <summary><c>targetPort</c>: the endpoint port.</summary>
    public int? TargetPort { get; set; }
}

/// <summary><c>IstioIngressListener</c>: an inbound listener.</summary>
public sealed class IstioIngressListener : ModelObject
{
    public IstioIngressListener([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>port</c>: the port the listener serves (required).</summary>
    public required SidecarPort Port { get; set; }

    /// <summary><c>bind</c>: IP the listener binds to.</summary>
    public string? Bind { get; set; }

    /// <summary><c>captureMode</c>: how traffic reaches the listener.</summary>
    public CaptureMode? CaptureMode { get; set; }

    /// <summary><c>defaultEndpoint</c>: where traffic goes, e.g. <c>127.0.0.1:8080</c> or <c>unix:///path</c>.</summary>
    public string? DefaultEndpoint { get; set; }

    /// <summary><c>tls</c>: TLS termination for traffic from outside the mesh.</summary>
    public ServerTlsSettings? Tls { get; set; }

    /// <summary><c>connectionPool</c>: inbound limits for this port.</summary>
    public ConnectionPoolSettings? ConnectionPool { get; set; }
}

/// <summary><c>IstioEgressListener</c>: an outbound listener and the hosts it exposes.</summary>
public sealed class IstioEgressListener : ModelObject
{
    public IstioEgressListener([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>port</c>: the listener port; all ports of the hosts when unset.</summary>
    public SidecarPort? Port { get; set; }

    /// <summary><c>bind</c>: IP or Unix socket the listener binds to.</summary>
    public string? Bind { get; set; }

    /// <summary><c>captureMode</c>: how traffic reaches the listener.</summary>
    public CaptureMode? CaptureMode { get; set; }

    /// <summary><c>hosts</c>: <c>namespace/dnsName</c> entries (wildcards, <c>./</c>, <c>~/</c>) visible to the workload (required).</summary>
    public required IList<string> Hosts { get; init; }
}

/// <summary><c>CaptureMode</c>.</summary>
public enum CaptureMode
{
    /// <summary><c>DEFAULT</c>: the environment's default capture.</summary>
    [WireName("DEFAULT")]
    Default,

    /// <summary><c>IPTABLES</c>: captured with iptables.</summary>
    [WireName("IPTABLES")]
    Iptables,

    /// <summary><c>NONE</c>: no capture; the app addresses the listener directly.</summary>
    [WireName("NONE")]
    None,
}

/// <summary><c>OutboundTrafficPolicy</c> of a Sidecar (also the mesh-wide setting in <c>meshConfig</c>).</summary>
public sealed class OutboundTrafficPolicy : ModelObject
{
    public OutboundTrafficPolicy([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>mode</c>: REGISTRY_ONLY blocks unknown hosts; ALLOW_ANY (default) passes them through.</summary>
    public OutboundTrafficPolicyMode? Mode { get; set; }

    /// <summary><c>egressProxy</c>: send unknown traffic to this destination instead (ALLOW_ANY only).</summary>
    public Destination? EgressProxy { get; set; }
}

/// <summary><c>OutboundTrafficPolicy.Mode</c>.</summary>
public enum OutboundTrafficPolicyMode
{
    /// <summary><c>REGISTRY_ONLY</c>: only services in the registry (incl. ServiceEntries) are reachable.</summary>
    [WireName("REGISTRY_ONLY")]
    RegistryOnly,

    /// <summary><c>ALLOW_ANY</c>: unknown destinations are passed through.</summary>
    [WireName("ALLOW_ANY")]
    AllowAny,
}
