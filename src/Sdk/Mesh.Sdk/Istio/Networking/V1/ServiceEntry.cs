using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Istio.Networking.V1;

/// <summary>
/// <c>networking.istio.io/v1 ServiceEntry</c>: adds a service (external API, VM workloads, an
/// alias) to Istio's service registry.
/// </summary>
public sealed class ServiceEntry : KubernetesObject
{
    public const string ApiVersionValue = "networking.istio.io/v1";
    public const string KindValue = "ServiceEntry";

    public ServiceEntry([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required ServiceEntrySpec Spec { get; set; }
}

/// <summary><c>spec</c> of a <see cref="ServiceEntry"/>.</summary>
public sealed class ServiceEntrySpec : ModelObject
{
    public ServiceEntrySpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>hosts</c>: host names of the service (required); matched against HTTP Host/SNI.</summary>
    public required IList<string> Hosts { get; init; }

    /// <summary><c>addresses</c>: virtual IPs/CIDRs of the service.</summary>
    public IList<string> Addresses { get; init; } = [];

    /// <summary><c>ports</c>: the service's ports.</summary>
    public IList<Port> Ports { get; init; } = [];

    /// <summary><c>location</c>: outside or inside the mesh (affects mTLS and telemetry).</summary>
    public ServiceEntryLocation? Location { get; set; }

    /// <summary><c>resolution</c>: how endpoint addresses are resolved.</summary>
    public ServiceEntryResolution? Resolution { get; set; }

    /// <summary><c>endpoints</c>: the endpoints; use <see cref="WorkloadSelector"/> instead for WorkloadEntries/pods.</summary>
    public IList<WorkloadEntry> Endpoints { get; init; } = [];

    /// <summary><c>workloadSelector</c>: select pods/WorkloadEntries as endpoints (MESH_INTERNAL only).</summary>
    public NetworkingWorkloadSelector? WorkloadSelector { get; set; }

    /// <summary><c>exportTo</c>: namespaces that see the entry; all when empty.</summary>
    public IList<string> ExportTo { get; init; } = [];

    /// <summary><c>subjectAltNames</c>: accepted SANs of the endpoints' certificates.</summary>
    public IList<string> SubjectAltNames { get; init; } = [];
}

/// <summary><c>ServiceEntry.Location</c>.</summary>
public enum ServiceEntryLocation
{
    /// <summary><c>MESH_EXTERNAL</c>: outside the mesh; no mTLS.</summary>
    [WireName("MESH_EXTERNAL")]
    MeshExternal,

    /// <summary><c>MESH_INTERNAL</c>: part of the mesh (e.g. VMs).</summary>
    [WireName("MESH_INTERNAL")]
    MeshInternal,
}

/// <summary><c>ServiceEntry.Resolution</c>.</summary>
public enum ServiceEntryResolution
{
    /// <summary><c>NONE</c>: forward to the original destination IP.</summary>
    [WireName("NONE")]
    None,

    /// <summary><c>STATIC</c>: the endpoint addresses given.</summary>
    [WireName("STATIC")]
    Static,

    /// <summary><c>DNS</c>: resolve asynchronously and use all addresses.</summary>
    [WireName("DNS")]
    Dns,

    /// <summary><c>DNS_ROUND_ROBIN</c>: resolve and use the first address per connection.</summary>
    [WireName("DNS_ROUND_ROBIN")]
    DnsRoundRobin,

    /// <summary><c>DYNAMIC_DNS</c>: resolve per request (wildcard hosts; newer Istio).</summary>
    [WireName("DYNAMIC_DNS")]
    DynamicDns,
}

/// <summary><c>WorkloadEntry</c>: one endpoint of a <see cref="ServiceEntry"/>.</summary>
public sealed class WorkloadEntry : ModelObject
{
    public WorkloadEntry([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>address</c>: IP, DNS name or <c>unix://</c> socket, without the port.</summary>
    public string? Address { get; set; }

    /// <summary><c>ports</c>: service port name to endpoint port number.</summary>
    public IDictionary<string, int> Ports { get; init; } = new Dictionary<string, int>();

    /// <summary><c>labels</c>: endpoint labels.</summary>
    public IDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary><c>network</c>: the L3 network of the endpoint.</summary>
    public string? Network { get; set; }

    /// <summary><c>locality</c>: <c>region/zone/subzone</c>.</summary>
    public string? Locality { get; set; }

    /// <summary><c>weight</c>: load-balancing weight.</summary>
    public int? Weight { get; set; }

    /// <summary><c>serviceAccount</c>: the workload's service account when it runs a sidecar.</summary>
    public string? ServiceAccount { get; set; }
}
