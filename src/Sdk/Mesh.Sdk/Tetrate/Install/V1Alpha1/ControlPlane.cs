using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Tetrate.Install.V1Alpha1;

/// <summary>
/// <c>install.tetrate.io/v1alpha1 ControlPlane</c>: installs the TSB control plane (Istio, XCP edge,
/// OAP, collectors) on a cluster. Source: TSB reference "Control Plane"
/// (docs.tetrate.io/service-bridge/refs/install/controlplane/v1alpha1/spec); no public schema exists,
/// see docs/tetrate.md for what is verified. It is an override API: unset fields use the operator's defaults.
/// </summary>
public sealed class ControlPlane : KubernetesObject
{
    public const string ApiVersionValue = "install.tetrate.io/v1alpha1";
    public const string KindValue = "ControlPlane";

    public ControlPlane([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>: the desired installation (required).</summary>
    public required ControlPlaneSpec Spec { get; set; }
}

/// <summary>
/// <c>spec</c> of a <see cref="ControlPlane"/> (TSB <c>ControlPlaneSpec</c>). "A minimal resource must
/// have the container registry hub, telemetryStore, and managementPlane fields set" (TSB reference).
/// </summary>
public sealed class ControlPlaneSpec : ModelObject
{
    public ControlPlaneSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>hub</c>: the container registry the images are pulled from, e.g. <c>docker.io/tetrate</c> (required).</summary>
    public required string Hub { get; set; }

    /// <summary><c>imagePullSecrets</c>: registry credentials (TSB reference example).</summary>
    public IList<LocalObjectReference> ImagePullSecrets { get; init; } = [];

    /// <summary><c>managementPlane</c>: how this cluster reaches the TSB management plane (required).</summary>
    public required ManagementPlaneSettings ManagementPlane { get; set; }

    /// <summary><c>telemetryStore</c>: where telemetry is stored (required); only <c>elastic</c> is typed.</summary>
    public required TelemetryStore TelemetryStore { get; set; }

    /// <summary><c>components</c>: per-component overrides.</summary>
    public ControlPlaneComponentSet? Components { get; set; }
}

/// <summary><c>managementPlane</c> of a <see cref="ControlPlaneSpec"/> (TSB <c>ManagementPlaneSettings</c>).</summary>
public sealed class ManagementPlaneSettings : ModelObject
{
    public ManagementPlaneSettings([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>host</c>: the management plane's address, e.g. <c>tsb.tetrate.io</c> (TSB reference example).</summary>
    public string? Host { get; set; }

    /// <summary><c>port</c>: the management plane's port, e.g. <c>8443</c> (TSB reference example).</summary>
    public int? Port { get; set; }

    /// <summary><c>clusterName</c>: this cluster's name as registered in the management plane (TSB reference example).</summary>
    public string? ClusterName { get; set; }

    /// <summary><c>selfSigned</c>: the management plane uses a self-signed certificate (not verified against the TSB reference).</summary>
    public bool? SelfSigned { get; set; }
}

/// <summary>
/// <c>telemetryStore</c> of a <see cref="ControlPlaneSpec"/> (TSB <c>TelemetryStoreSettings</c>). Only
/// <c>elastic</c> is typed; use <see cref="ModelObject.AdditionalFields"/> for other stores.
/// </summary>
public sealed class TelemetryStore : ModelObject
{
    public TelemetryStore([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>elastic</c>: an Elasticsearch backend (TSB reference example).</summary>
    public ElasticSettings? Elastic { get; set; }
}

/// <summary><c>telemetryStore.elastic</c> (TSB <c>ElasticSearchSettings</c>); other fields (protocol, version, selfSigned) go in <see cref="ModelObject.AdditionalFields"/>.</summary>
public sealed class ElasticSettings : ModelObject
{
    public ElasticSettings([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>host</c>: the Elasticsearch address (TSB reference example).</summary>
    public string? Host { get; set; }

    /// <summary><c>port</c>: the Elasticsearch port (TSB reference example).</summary>
    public int? Port { get; set; }
}

/// <summary>
/// <c>components</c> of a <see cref="ControlPlaneSpec"/> (TSB <c>ControlPlaneComponentSet</c>): one
/// entry per component to override. Components not typed here go in <see cref="ModelObject.AdditionalFields"/>.
/// </summary>
public sealed class ControlPlaneComponentSet : ModelObject
{
    public ControlPlaneComponentSet([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>istio</c>: the Istio control plane; its <c>kubeSpec.overlays</c> patch the rendered <c>IstioOperator/tsb-istiocontrolplane</c> (T1, B8).</summary>
    public ControlPlaneComponent? Istio { get; set; }

    /// <summary><c>xcp</c>: the XCP edge that connects the cluster to the management plane (domain.md Part C).</summary>
    public ControlPlaneComponent? Xcp { get; set; }

    /// <summary><c>oap</c>: the OAP telemetry component (domain.md Part C).</summary>
    public ControlPlaneComponent? Oap { get; set; }

    /// <summary><c>collector</c>: the telemetry collector (TSB reference example).</summary>
    public ControlPlaneComponent? Collector { get; set; }
}

/// <summary>
/// A component of a <see cref="ControlPlaneComponentSet"/>: its Kubernetes settings. Component-specific
/// fields (e.g. the Istio component's <c>traceSamplingRate</c>) go in <see cref="ModelObject.AdditionalFields"/>.
/// </summary>
public sealed class ControlPlaneComponent : ModelObject
{
    public ControlPlaneComponent([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>kubeSpec</c>: Kubernetes settings and overlays of the component (T2).</summary>
    public KubernetesComponentSpec? KubeSpec { get; set; }
}
