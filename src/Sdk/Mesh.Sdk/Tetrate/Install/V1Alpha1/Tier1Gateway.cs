using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Tetrate.Install.V1Alpha1;

/// <summary>
/// <c>install.tetrate.io/v1alpha1 Tier1Gateway</c>: installs a TSB tier-1 gateway (Envoy) that routes edge traffic to ingress gateways in other clusters. Source: TSB reference "Data Plane"
/// (docs.tetrate.io/service-bridge/refs/install/dataplane/v1alpha1/spec, T2). A minimal resource has
/// an empty spec (<c>spec: {}</c>).
/// </summary>
public sealed class Tier1Gateway : KubernetesObject
{
    public const string ApiVersionValue = "install.tetrate.io/v1alpha1";
    public const string KindValue = "Tier1Gateway";

    public Tier1Gateway([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>: the desired gateway (required; may be empty).</summary>
    public required Tier1GatewaySpec Spec { get; set; }
}

/// <summary><c>spec</c> of a <see cref="Tier1Gateway"/> (TSB <c>Tier1GatewaySpec</c>, T2).</summary>
public sealed class Tier1GatewaySpec : ModelObject
{
    public Tier1GatewaySpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>
    /// <c>connectionDrainDuration</c> (<c>google.protobuf.Duration</c>): "the amount of time the gateway
    /// will wait on shutdown for connections to complete before terminating the gateway" (T2). The pod
    /// shows it as <c>TERMINATION_DRAIN_DURATION_SECONDS</c> (T1). Keep it below the pod's
    /// termination grace period, 30s unless overlaid (MESH032).
    /// </summary>
    public Duration? ConnectionDrainDuration { get; set; }

    /// <summary><c>revision</c>: the Istio revision whose control plane operator reconciles this gateway (T2).</summary>
    public string? Revision { get; set; }

    /// <summary><c>kubeSpec</c>: Kubernetes settings and overlays of the gateway's Deployment and Service (T2).</summary>
    public KubernetesComponentSpec? KubeSpec { get; set; }
}
