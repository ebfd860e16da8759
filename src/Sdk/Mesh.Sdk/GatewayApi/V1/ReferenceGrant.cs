using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.GatewayApi.V1;

/// <summary>
/// <c>gateway.networking.k8s.io/v1 ReferenceGrant</c>: lets objects of the listed kinds in other
/// namespaces refer to objects in this one, e.g. an HTTPRoute to a Service or a Gateway to a
/// Secret (kubernetes-sigs/gateway-api <c>apis/v1/referencegrant_types.go</c>). The <c>v1</c>
/// version exists since Gateway API v1.5; clusters with older CRDs serve only <c>v1beta1</c>
/// (same fields), which this type does not write.
/// </summary>
public sealed class ReferenceGrant : KubernetesObject
{
    public const string ApiVersionValue = "gateway.networking.k8s.io/v1";
    public const string KindValue = "ReferenceGrant";

    public ReferenceGrant([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>: the trusted sources and targets (required).</summary>
    public required ReferenceGrantSpec Spec { get; set; }
}

/// <summary><c>spec</c> of a <see cref="ReferenceGrant"/> (gateway-api <c>ReferenceGrantSpec</c>).</summary>
public sealed class ReferenceGrantSpec : ModelObject
{
    public ReferenceGrantSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>from</c>: 1–16 namespaces and kinds that may refer here, ORed (required).</summary>
    public required IList<ReferenceGrantFrom> From { get; init; }

    /// <summary><c>to</c>: 1–16 kinds (optionally names) in this namespace they may refer to, ORed (required).</summary>
    public required IList<ReferenceGrantTo> To { get; init; }
}

/// <summary>A <c>from[]</c> entry of a <see cref="ReferenceGrantSpec"/> (gateway-api <c>ReferenceGrantFrom</c>).</summary>
public sealed class ReferenceGrantFrom : ModelObject
{
    public ReferenceGrantFrom([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>group</c>: the referring kind's API group, e.g. <c>gateway.networking.k8s.io</c> (required; <c>""</c> for core).</summary>
    public required string Group { get; set; }

    /// <summary><c>kind</c>: the referring kind, e.g. <c>HTTPRoute</c> or <c>Gateway</c> (required).</summary>
    public required string Kind { get; set; }

    /// <summary><c>namespace</c>: the referring objects' namespace (required).</summary>
    public required string Namespace { get; set; }
}

/// <summary>A <c>to[]</c> entry of a <see cref="ReferenceGrantSpec"/> (gateway-api <c>ReferenceGrantTo</c>).</summary>
public sealed class ReferenceGrantTo : ModelObject
{
    public ReferenceGrantTo([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>group</c>: the target kind's API group (required; <c>""</c> for Service and Secret).</summary>
    public required string Group { get; set; }

    /// <summary><c>kind</c>: the target kind, e.g. <c>Service</c> or <c>Secret</c> (required).</summary>
    public required string Kind { get; set; }

    /// <summary><c>name</c>: one target; every object of the kind in this namespace when omitted.</summary>
    public string? Name { get; set; }
}
