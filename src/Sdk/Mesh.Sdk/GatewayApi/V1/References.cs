using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.GatewayApi.V1;

/// <summary>
/// The API group of Gateway API kinds and the well-known <c>group</c> values used in references
/// (kubernetes-sigs/gateway-api <c>apis/v1/shared_types.go</c>).
/// </summary>
public static class GatewayApiGroups
{
    /// <summary><c>gateway.networking.k8s.io</c>: the Gateway API group, inferred for parent references when <c>group</c> is omitted.</summary>
    public const string GatewayNetworking = "gateway.networking.k8s.io";

    /// <summary>The core Kubernetes API group (<c>""</c>), e.g. for a <c>Service</c> or <c>Secret</c> referent; it must be written explicitly where the default is another group.</summary>
    public const string Core = "";
}

/// <summary>
/// <c>ParentReference</c>: the object (usually a Gateway) a route attaches to
/// (gateway-api <c>apis/v1/shared_types.go</c>).
/// </summary>
public sealed class ParentReference : ModelObject
{
    public ParentReference([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>group</c>: the referent's API group; <c>gateway.networking.k8s.io</c> when omitted, <c>""</c> for the core group.</summary>
    public string? Group { get; set; }

    /// <summary><c>kind</c>: the referent's kind; <c>Gateway</c> when omitted (<c>Service</c> for mesh, GAMMA, routes).</summary>
    public string? Kind { get; set; }

    /// <summary><c>namespace</c>: the referent's namespace; the route's own when omitted. Cross-namespace attachment must be allowed by the Gateway's <c>allowedRoutes</c>.</summary>
    public string? Namespace { get; set; }

    /// <summary><c>name</c>: the referent's name (required).</summary>
    public required string Name { get; set; }

    /// <summary><c>sectionName</c>: a section of the parent, for a Gateway the listener name; the whole parent when omitted.</summary>
    public string? SectionName { get; set; }

    /// <summary><c>port</c>: the parent's port to attach to (for a Gateway, listeners with that port).</summary>
    public int? Port { get; set; }
}

/// <summary>
/// <c>SecretObjectReference</c>: a reference to a Secret (or another certificate source), e.g. a
/// listener's <c>certificateRefs[]</c> (gateway-api <c>apis/v1/object_reference_types.go</c>).
/// A cross-namespace reference needs a <see cref="ReferenceGrant"/> in the target namespace.
/// </summary>
public sealed class SecretObjectReference : ModelObject
{
    public SecretObjectReference([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>group</c>: the referent's API group; the core group (<c>""</c>) when omitted.</summary>
    public string? Group { get; set; }

    /// <summary><c>kind</c>: the referent's kind; <c>Secret</c> when omitted.</summary>
    public string? Kind { get; set; }

    /// <summary><c>name</c>: the referent's name (required).</summary>
    public required string Name { get; set; }

    /// <summary><c>namespace</c>: the referent's namespace; the referring object's when omitted.</summary>
    public string? Namespace { get; set; }
}

/// <summary>
/// <c>BackendObjectReference</c>: a backend, usually a Service, e.g. the target of a request
/// mirror (gateway-api <c>apis/v1/object_reference_types.go</c>).
/// </summary>
public sealed class BackendObjectReference : ModelObject
{
    public BackendObjectReference([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>group</c>: the referent's API group; the core group (<c>""</c>) when omitted.</summary>
    public string? Group { get; set; }

    /// <summary><c>kind</c>: the referent's kind; <c>Service</c> when omitted.</summary>
    public string? Kind { get; set; }

    /// <summary><c>name</c>: the referent's name (required).</summary>
    public required string Name { get; set; }

    /// <summary><c>namespace</c>: the referent's namespace; the route's when omitted. A cross-namespace reference needs a <see cref="ReferenceGrant"/>.</summary>
    public string? Namespace { get; set; }

    /// <summary><c>port</c>: the destination port; required by the CRD when the referent is a Kubernetes Service.</summary>
    public int? Port { get; set; }
}

/// <summary>
/// Gateway API <c>LocalObjectReference</c> (renamed in C# so it does not clash with the core
/// <c>LocalObjectReference</c>): a same-namespace reference by group, kind and name, used by
/// <c>filters[].extensionRef</c> (gateway-api <c>apis/v1/object_reference_types.go</c>).
/// </summary>
public sealed class ExtensionReference : ModelObject
{
    public ExtensionReference([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>group</c>: the referent's API group (required; <c>""</c> for core).</summary>
    public required string Group { get; set; }

    /// <summary><c>kind</c>: the referent's kind (required).</summary>
    public required string Kind { get; set; }

    /// <summary><c>name</c>: the referent's name (required).</summary>
    public required string Name { get; set; }
}

/// <summary>
/// <c>ObjectReference</c>: a reference by group, kind, name and optional namespace, e.g. a CA
/// certificate for frontend TLS validation (gateway-api <c>apis/v1/object_reference_types.go</c>).
/// </summary>
public sealed class ObjectReference : ModelObject
{
    public ObjectReference([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>group</c>: the referent's API group (required; <c>""</c> for core).</summary>
    public required string Group { get; set; }

    /// <summary><c>kind</c>: the referent's kind (required), e.g. <c>ConfigMap</c>.</summary>
    public required string Kind { get; set; }

    /// <summary><c>name</c>: the referent's name (required).</summary>
    public required string Name { get; set; }

    /// <summary><c>namespace</c>: the referent's namespace; the referring object's when omitted.</summary>
    public string? Namespace { get; set; }
}

/// <summary>
/// <c>LocalParametersReference</c>: a same-namespace, implementation-specific configuration object,
/// used by <c>spec.infrastructure.parametersRef</c> (gateway-api <c>apis/v1/gateway_types.go</c>).
/// Istio 1.26+ reads a ConfigMap here with keys <c>deployment</c>, <c>service</c>,
/// <c>serviceAccount</c>, <c>horizontalPodAutoscaler</c>, <c>podDisruptionBudget</c> (domain.md B5).
/// </summary>
public sealed class LocalParametersReference : ModelObject
{
    public LocalParametersReference([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>group</c>: the referent's API group (required; <c>""</c> for a ConfigMap).</summary>
    public required string Group { get; set; }

    /// <summary><c>kind</c>: the referent's kind (required), e.g. <c>ConfigMap</c>.</summary>
    public required string Kind { get; set; }

    /// <summary><c>name</c>: the referent's name (required).</summary>
    public required string Name { get; set; }
}

/// <summary>
/// <c>ParametersReference</c>: a GatewayClass's implementation-specific configuration object,
/// possibly cluster-scoped (gateway-api <c>apis/v1/gatewayclass_types.go</c>).
/// </summary>
public sealed class ParametersReference : ModelObject
{
    public ParametersReference([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>group</c>: the referent's API group (required; <c>""</c> for core).</summary>
    public required string Group { get; set; }

    /// <summary><c>kind</c>: the referent's kind (required).</summary>
    public required string Kind { get; set; }

    /// <summary><c>name</c>: the referent's name (required).</summary>
    public required string Name { get; set; }

    /// <summary><c>namespace</c>: required for a namespaced referent, omitted for a cluster-scoped one.</summary>
    public string? Namespace { get; set; }
}
