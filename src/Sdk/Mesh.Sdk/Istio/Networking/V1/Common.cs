using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Istio.Networking.V1;

/// <summary>
/// A port a Gateway server or a ServiceEntry exposes (<c>Port</c> / <c>ServicePort</c> in the API):
/// <c>number</c>, <c>protocol</c>, <c>name</c>, <c>targetPort</c>.
/// </summary>
public sealed class Port : ModelObject
{
    public Port([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>number</c>: the port number.</summary>
    public required int Number { get; set; }

    /// <summary>
    /// <c>protocol</c>: one of <c>HTTP</c>, <c>HTTPS</c>, <c>GRPC</c>, <c>GRPC-WEB</c>, <c>HTTP2</c>,
    /// <c>MONGO</c>, <c>TCP</c>, <c>TLS</c> (see <see cref="PortProtocols"/>). Required on a Gateway server.
    /// </summary>
    public string? Protocol { get; set; }

    /// <summary><c>name</c>: a label for the port, unique within the resource.</summary>
    public required string Name { get; set; }

    /// <summary><c>targetPort</c>: the port on the endpoint that receives the traffic (ServiceEntry; ignored on most gateways).</summary>
    public int? TargetPort { get; set; }
}

/// <summary>Protocol names accepted in <see cref="Port.Protocol"/> and <see cref="SidecarPort.Protocol"/>.</summary>
public static class PortProtocols
{
    /// <summary><c>HTTP</c>.</summary>
    public const string Http = "HTTP";

    /// <summary><c>HTTPS</c>: TLS terminated (or passed through) by the proxy, HTTP inside.</summary>
    public const string Https = "HTTPS";

    /// <summary><c>GRPC</c>.</summary>
    public const string Grpc = "GRPC";

    /// <summary><c>GRPC-WEB</c>.</summary>
    public const string GrpcWeb = "GRPC-WEB";

    /// <summary><c>HTTP2</c>.</summary>
    public const string Http2 = "HTTP2";

    /// <summary><c>MONGO</c>.</summary>
    public const string Mongo = "MONGO";

    /// <summary><c>TCP</c>: opaque TCP.</summary>
    public const string Tcp = "TCP";

    /// <summary><c>TLS</c>: routed by SNI, not terminated.</summary>
    public const string Tls = "TLS";
}

/// <summary><c>PortSelector</c>: <c>port: {number: N}</c>, the port of a destination service.</summary>
public sealed class PortSelector : ModelObject
{
    public PortSelector([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>number</c>: a valid port number.</summary>
    public int? Number { get; set; }
}

/// <summary>
/// <c>Destination</c>: the service (and optionally subset and port) a request or connection is forwarded to.
/// </summary>
public sealed class Destination : ModelObject
{
    public Destination([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>host</c>: a service from the registry (Kubernetes Service or ServiceEntry host); prefer fully qualified names.</summary>
    public required string Host { get; set; }

    /// <summary><c>subset</c>: a subset defined in the host's DestinationRule.</summary>
    public string? Subset { get; set; }

    /// <summary><c>port</c>: required when the service exposes more than one port.</summary>
    public PortSelector? Port { get; set; }
}

/// <summary>
/// <c>StringMatch</c>: set exactly one of <see cref="Exact"/>, <see cref="Prefix"/>, <see cref="Regex"/>.
/// Use <see cref="ExactMatch"/>, <see cref="PrefixMatch"/> or <see cref="RegexMatch"/> to create one.
/// </summary>
public sealed class StringMatch : ModelObject
{
    public StringMatch([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>exact</c>: exact string match.</summary>
    public string? Exact { get; set; }

    /// <summary><c>prefix</c>: prefix-based match.</summary>
    public string? Prefix { get; set; }

    /// <summary><c>regex</c>: RE2-style regex match.</summary>
    public string? Regex { get; set; }

    /// <summary>An <c>exact</c> match.</summary>
    public static StringMatch ExactMatch(string value, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0) =>
        new(callerFilePath, callerLineNumber) { Exact = value };

    /// <summary>A <c>prefix</c> match.</summary>
    public static StringMatch PrefixMatch(string value, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0) =>
        new(callerFilePath, callerLineNumber) { Prefix = value };

    /// <summary>A <c>regex</c> match (RE2 syntax).</summary>
    public static StringMatch RegexMatch(string value, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0) =>
        new(callerFilePath, callerLineNumber) { Regex = value };
}

/// <summary><c>Percent</c>: <c>{value: 0.0..100.0}</c>.</summary>
public sealed class Percent : ModelObject
{
    public Percent([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>value</c>: a percentage in the range 0.0 to 100.0.</summary>
    public double? Value { get; set; }
}

/// <summary>
/// <c>WorkloadSelector</c> of the networking API (Sidecar, ServiceEntry): <c>labels</c> a pod/VM must carry.
/// Not the <c>matchLabels</c> selector of DestinationRule; see <see cref="Istio.WorkloadSelector"/>.
/// </summary>
public sealed class NetworkingWorkloadSelector : ModelObject
{
    public NetworkingWorkloadSelector([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>labels</c>: one or more labels that select the pods/VMs the configuration applies to (same namespace).</summary>
    public IDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
}

/// <summary><c>Headers</c>: header manipulation on the request and the response.</summary>
public sealed class Headers : ModelObject
{
    public Headers([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>request</c>: applied before forwarding the request to the destination.</summary>
    public HeaderOperations? Request { get; set; }

    /// <summary><c>response</c>: applied before returning the response to the caller.</summary>
    public HeaderOperations? Response { get; set; }
}

/// <summary><c>HeaderOperations</c>: <c>set</c>, <c>add</c>, <c>remove</c>.</summary>
public sealed class HeaderOperations : ModelObject
{
    public HeaderOperations([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>set</c>: overwrite headers with these values.</summary>
    public IDictionary<string, string> Set { get; init; } = new Dictionary<string, string>();

    /// <summary><c>add</c>: append these values to the headers.</summary>
    public IDictionary<string, string> Add { get; init; } = new Dictionary<string, string>();

    /// <summary><c>remove</c>: header names to remove.</summary>
    public IList<string> Remove { get; init; } = [];
}

/// <summary>
/// <c>ServerTLSSettings</c>: TLS of a Gateway server or a Sidecar ingress listener.
/// </summary>
public sealed class ServerTlsSettings : ModelObject
{
    public ServerTlsSettings([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>httpsRedirect</c>: send a 301 redirect to HTTPS for all plain HTTP connections.</summary>
    public bool? HttpsRedirect { get; set; }

    /// <summary><c>mode</c>: how TLS is enforced on the port.</summary>
    public ServerTlsMode? Mode { get; set; }

    /// <summary><c>serverCertificate</c>: path to the server certificate file (SIMPLE/MUTUAL without a credential).</summary>
    public string? ServerCertificate { get; set; }

    /// <summary><c>privateKey</c>: path to the server's private key file.</summary>
    public string? PrivateKey { get; set; }

    /// <summary><c>caCertificates</c>: path to CA certificates used to verify client certificates (MUTUAL, OPTIONAL_MUTUAL).</summary>
    public string? CaCertificates { get; set; }

    /// <summary><c>caCrl</c>: path to a certificate revocation list for client certificates.</summary>
    public string? CaCrl { get; set; }

    /// <summary><c>credentialName</c>: the Kubernetes Secret holding the certificate (and CA) for gateways.</summary>
    public string? CredentialName { get; set; }

    /// <summary><c>credentialNames</c>: like <see cref="CredentialName"/> for several certificates (e.g. RSA and ECDSA).</summary>
    public IList<string> CredentialNames { get; init; } = [];

    /// <summary><c>caCertCredentialName</c>: the Secret or ConfigMap holding CA certificates for mutual TLS.</summary>
    public string? CaCertCredentialName { get; set; }

    /// <summary><c>subjectAltNames</c>: accepted subject alternative names of client certificates.</summary>
    public IList<string> SubjectAltNames { get; init; } = [];

    /// <summary><c>verifyCertificateSpki</c>: base64 SHA-256 hashes of authorized client certificate SPKIs.</summary>
    public IList<string> VerifyCertificateSpki { get; init; } = [];

    /// <summary><c>verifyCertificateHash</c>: hex SHA-256 hashes of authorized client certificates.</summary>
    public IList<string> VerifyCertificateHash { get; init; } = [];

    /// <summary><c>minProtocolVersion</c>: minimum TLS version.</summary>
    public TlsProtocolVersion? MinProtocolVersion { get; set; }

    /// <summary><c>maxProtocolVersion</c>: maximum TLS version.</summary>
    public TlsProtocolVersion? MaxProtocolVersion { get; set; }

    /// <summary><c>cipherSuites</c>: if set, only these cipher suites are offered.</summary>
    public IList<string> CipherSuites { get; init; } = [];
}

/// <summary><c>ServerTLSSettings.TLSmode</c>.</summary>
public enum ServerTlsMode
{
    /// <summary><c>PASSTHROUGH</c>: forward the connection as is, routed by SNI.</summary>
    [WireName("PASSTHROUGH")]
    Passthrough,

    /// <summary><c>SIMPLE</c>: standard TLS.</summary>
    [WireName("SIMPLE")]
    Simple,

    /// <summary><c>MUTUAL</c>: mutual TLS with client certificates.</summary>
    [WireName("MUTUAL")]
    Mutual,

    /// <summary><c>AUTO_PASSTHROUGH</c>: SNI passthrough without a matching VirtualService (multi-network east-west).</summary>
    [WireName("AUTO_PASSTHROUGH")]
    AutoPassthrough,

    /// <summary><c>ISTIO_MUTUAL</c>: mutual TLS with Istio-issued certificates.</summary>
    [WireName("ISTIO_MUTUAL")]
    IstioMutual,

    /// <summary><c>OPTIONAL_MUTUAL</c>: like MUTUAL, but a client certificate is not required.</summary>
    [WireName("OPTIONAL_MUTUAL")]
    OptionalMutual,
}

/// <summary><c>ServerTLSSettings.TLSProtocol</c>.</summary>
public enum TlsProtocolVersion
{
    /// <summary><c>TLS_AUTO</c>: the proxy's default.</summary>
    [WireName("TLS_AUTO")]
    TlsAuto,

    /// <summary><c>TLSV1_0</c>.</summary>
    [WireName("TLSV1_0")]
    TlsV10,

    /// <summary><c>TLSV1_1</c>.</summary>
    [WireName("TLSV1_1")]
    TlsV11,

    /// <summary><c>TLSV1_2</c>.</summary>
    [WireName("TLSV1_2")]
    TlsV12,

    /// <summary><c>TLSV1_3</c>.</summary>
    [WireName("TLSV1_3")]
    TlsV13,
}
