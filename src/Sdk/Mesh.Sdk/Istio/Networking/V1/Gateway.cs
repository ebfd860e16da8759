using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Istio.Networking.V1;

/// <summary>
/// <c>networking.istio.io/v1 Gateway</c>: a load balancer at the edge of the mesh (the ingress or egress
/// gateway pods selected by <see cref="GatewaySpec.Selector"/>) and the ports, protocols and hosts it serves.
/// Not the Gateway API's <c>Gateway</c>.
/// </summary>
public sealed class Gateway : KubernetesObject
{
    public const string ApiVersionValue = "networking.istio.io/v1";
    public const string KindValue = "Gateway";

    public Gateway([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required GatewaySpec Spec { get; set; }
}

/// <summary><c>spec</c> of a <see cref="Gateway"/>.</summary>
public sealed class GatewaySpec : ModelObject
{
    public GatewaySpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>servers</c>: the listeners of the gateway.</summary>
    public IList<Server> Servers { get; init; } = [];

    /// <summary>
    /// <c>selector</c>: labels of the gateway pods this configuration applies to, e.g.
    /// <c>istio: ingressgateway</c>. Searched in all namespaces unless <c>PILOT_SCOPE_GATEWAY_TO_NAMESPACE</c> is set.
    /// </summary>
    public IDictionary<string, string> Selector { get; init; } = new Dictionary<string, string>();
}

/// <summary><c>Server</c>: one listener of a <see cref="Gateway"/>.</summary>
public sealed class Server : ModelObject
{
    public Server([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>port</c>: the port the proxy listens on.</summary>
    public required Port Port { get; set; }

    /// <summary><c>bind</c>: the IP or Unix domain socket the listener binds to.</summary>
    public string? Bind { get; set; }

    /// <summary><c>hosts</c>: hosts exposed by this server, optionally <c>namespace/host</c>; <c>*</c> for any.</summary>
    public required IList<string> Hosts { get; init; }

    /// <summary><c>tls</c>: TLS options of this server.</summary>
    public ServerTlsSettings? Tls { get; set; }

    /// <summary><c>defaultEndpoint</c>: the loopback IP endpoint or Unix socket traffic is forwarded to.</summary>
    public string? DefaultEndpoint { get; set; }

    /// <summary><c>name</c>: optional server name, unique across the servers of the gateway.</summary>
    public string? Name { get; set; }
}
