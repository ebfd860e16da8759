using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.GatewayApi.V1;

/// <summary><c>spec.tls</c> of a <see cref="Gateway"/> (gateway-api <c>GatewayTLSConfig</c>, Support: Extended).</summary>
public sealed class GatewayTlsConfig : ModelObject
{
    public GatewayTlsConfig([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>backend</c>: TLS the Gateway uses towards backends (its client certificate).</summary>
    public GatewayBackendTls? Backend { get; set; }

    /// <summary><c>frontend</c>: TLS the Gateway applies to clients (client certificate validation).</summary>
    public FrontendTlsConfig? Frontend { get; set; }
}

/// <summary><c>backend</c> of a <see cref="GatewayTlsConfig"/> (gateway-api <c>GatewayBackendTLS</c>).</summary>
public sealed class GatewayBackendTls : ModelObject
{
    public GatewayBackendTls([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>clientCertificateRef</c>: the certificate the Gateway presents to backends that request one.</summary>
    public SecretObjectReference? ClientCertificateRef { get; set; }
}

/// <summary><c>frontend</c> of a <see cref="GatewayTlsConfig"/> (gateway-api <c>FrontendTLSConfig</c>).</summary>
public sealed class FrontendTlsConfig : ModelObject
{
    public FrontendTlsConfig([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>default</c>: settings for every HTTPS listener without a per-port entry (required).</summary>
    public required TlsConfig Default { get; set; }

    /// <summary><c>perPort</c>: settings that override <see cref="Default"/> for one port.</summary>
    public IList<TlsPortConfig> PerPort { get; init; } = [];
}

/// <summary>A frontend TLS setting (gateway-api <c>TLSConfig</c>).</summary>
public sealed class TlsConfig : ModelObject
{
    public TlsConfig([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>validation</c>: how client certificates are validated.</summary>
    public FrontendTlsValidation? Validation { get; set; }
}

/// <summary>A <c>perPort[]</c> entry of a <see cref="FrontendTlsConfig"/> (gateway-api <c>TLSPortConfig</c>).</summary>
public sealed class TlsPortConfig : ModelObject
{
    public TlsPortConfig([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>port</c>: the listener port this applies to (required).</summary>
    public required int Port { get; set; }

    /// <summary><c>tls</c>: the settings for that port (required).</summary>
    public required TlsConfig Tls { get; set; }
}

/// <summary><c>validation</c> of a <see cref="TlsConfig"/> (gateway-api <c>FrontendTLSValidation</c>).</summary>
public sealed class FrontendTlsValidation : ModelObject
{
    public FrontendTlsValidation([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>caCertificateRefs</c>: CA certificates (e.g. ConfigMaps) that client certificates must chain to (required).</summary>
    public required IList<ObjectReference> CaCertificateRefs { get; init; }

    /// <summary><c>mode</c>: <see cref="FrontendValidationMode.AllowValidOnly"/> when omitted.</summary>
    public FrontendValidationMode? Mode { get; set; }
}

/// <summary><c>mode</c> of a <see cref="FrontendTlsValidation"/> (gateway-api <c>FrontendValidationModeType</c>).</summary>
public enum FrontendValidationMode
{
    /// <summary>Only clients with a valid certificate connect.</summary>
    AllowValidOnly,

    /// <summary>Clients without a valid certificate connect too; the backend decides.</summary>
    AllowInsecureFallback,
}
