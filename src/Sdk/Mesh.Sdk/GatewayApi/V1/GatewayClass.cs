using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.GatewayApi.V1;

/// <summary>
/// <c>gateway.networking.k8s.io/v1 GatewayClass</c>: a cluster-scoped class of Gateways handled by
/// one controller (kubernetes-sigs/gateway-api <c>apis/v1/gatewayclass_types.go</c>). Istio
/// installs <c>istio</c> (controller <c>istio.io/gateway-controller</c>) itself.
/// </summary>
public sealed class GatewayClass : KubernetesObject
{
    public const string ApiVersionValue = "gateway.networking.k8s.io/v1";
    public const string KindValue = "GatewayClass";

    public GatewayClass([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary>GatewayClasses are cluster-scoped.</summary>
    public override bool IsNamespaced => false;

    /// <summary><c>spec</c>: the desired state (required).</summary>
    public required GatewayClassSpec Spec { get; set; }
}

/// <summary><c>spec</c> of a <see cref="GatewayClass"/> (gateway-api <c>GatewayClassSpec</c>).</summary>
public sealed class GatewayClassSpec : ModelObject
{
    public GatewayClassSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>controllerName</c>: the domain-prefixed controller that manages Gateways of this class, e.g. <c>istio.io/gateway-controller</c>; immutable (required).</summary>
    public required string ControllerName { get; set; }

    /// <summary><c>parametersRef</c>: controller-specific configuration for the class.</summary>
    public ParametersReference? ParametersRef { get; set; }

    /// <summary><c>description</c>: a human-readable description, at most 64 characters.</summary>
    public string? Description { get; set; }
}
