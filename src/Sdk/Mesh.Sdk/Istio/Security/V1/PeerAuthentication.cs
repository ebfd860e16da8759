using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Istio.Security.V1;

/// <summary>
/// <c>security.istio.io/v1 PeerAuthentication</c>: whether the selected workloads accept plain-text
/// traffic (mTLS mode), for all ports or per port. In the root namespace without a selector it is the
/// mesh-wide policy.
/// </summary>
public sealed class PeerAuthentication : KubernetesObject
{
    public const string ApiVersionValue = "security.istio.io/v1";
    public const string KindValue = "PeerAuthentication";

    public PeerAuthentication([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required PeerAuthenticationSpec Spec { get; set; }
}

/// <summary><c>spec</c> of a <see cref="PeerAuthentication"/>.</summary>
public sealed class PeerAuthenticationSpec : ModelObject
{
    public PeerAuthenticationSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>selector</c>: the workloads it applies to; the whole namespace when unset.</summary>
    public WorkloadSelector? Selector { get; set; }

    /// <summary><c>mtls</c>: the mode for all ports.</summary>
    [WireName("mtls")]
    public PeerAuthenticationMutualTls? Mtls { get; set; }

    /// <summary>
    /// <c>portLevelMtls</c>: per-port modes keyed by the workload's port number (written as quoted
    /// string keys, e.g. <c>"8080":</c>); requires a selector.
    /// </summary>
    public IDictionary<int, PeerAuthenticationMutualTls> PortLevelMtls { get; init; } = new Dictionary<int, PeerAuthenticationMutualTls>();
}

/// <summary><c>PeerAuthentication.MutualTLS</c>.</summary>
public sealed class PeerAuthenticationMutualTls : ModelObject
{
    public PeerAuthenticationMutualTls([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>mode</c>: the mTLS mode; UNSET inherits from the parent scope.</summary>
    public MutualTlsMode? Mode { get; set; }
}

/// <summary><c>PeerAuthentication.MutualTLS.Mode</c>.</summary>
public enum MutualTlsMode
{
    /// <summary><c>UNSET</c>: inherit from the parent (namespace, then mesh); PERMISSIVE at the top.</summary>
    [WireName("UNSET")]
    Unset,

    /// <summary><c>DISABLE</c>: plain text only (the connection is not tunnelled).</summary>
    [WireName("DISABLE")]
    Disable,

    /// <summary><c>PERMISSIVE</c>: accept both mTLS and plain text.</summary>
    [WireName("PERMISSIVE")]
    Permissive,

    /// <summary><c>STRICT</c>: mTLS only; plain-text clients (incl. legacy-mode init containers, MESH021) are rejected.</summary>
    [WireName("STRICT")]
    Strict,
}
