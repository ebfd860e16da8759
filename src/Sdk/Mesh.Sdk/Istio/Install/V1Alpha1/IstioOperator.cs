using System.Runtime.CompilerServices;
using Mesh.Sdk.Istio.Mesh.V1Alpha1;
using Mesh.Sdk.Istio.Networking.V1;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Policy.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Istio.Install.V1Alpha1;

/// <summary>
/// <c>install.istio.io/v1alpha1 IstioOperator</c>: the input of <c>istioctl install</c> (the in-cluster
/// operator was removed in Istio 1.24) (I10). Fields not modelled go through <c>AdditionalFields</c>.
/// </summary>
public sealed class IstioOperator : KubernetesObject
{
    public const string ApiVersionValue = "install.istio.io/v1alpha1";
    public const string KindValue = "IstioOperator";

    public IstioOperator([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required IstioOperatorSpec Spec { get; set; }
}

/// <summary><c>spec</c> of an <see cref="IstioOperator"/> (I10 <c>operator/pkg/apis/types.go</c>).</summary>
public sealed class IstioOperatorSpec : ModelObject
{
    public IstioOperatorSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>profile</c>: the base profile, e.g. <c>default</c>, <c>minimal</c>, <c>demo</c>, <c>ambient</c>.</summary>
    public string? Profile { get; set; }

    /// <summary><c>hub</c>: the image registry.</summary>
    public string? Hub { get; set; }

    /// <summary><c>tag</c>: the image tag.</summary>
    public string? Tag { get; set; }

    /// <summary><c>namespace</c>: the control plane namespace; <c>istio-system</c> by default.</summary>
    public string? Namespace { get; set; }

    /// <summary><c>revision</c>: the control plane revision name (canary upgrades, <c>istio.io/rev</c>).</summary>
    public string? Revision { get; set; }

    /// <summary>
    /// <c>compatibilityVersion</c>: keep the defaults of an older release, e.g. <c>1.26</c> keeps native
    /// sidecars off (I11, IST0168/IST0169).
    /// </summary>
    public string? CompatibilityVersion { get; set; }

    /// <summary><c>meshConfig</c>: the mesh-wide configuration (istio ConfigMap <c>mesh</c>).</summary>
    public MeshConfig? MeshConfig { get; set; }

    /// <summary><c>components</c>: which components to install and their Kubernetes settings.</summary>
    public IstioComponents? Components { get; set; }

    /// <summary><c>values</c>: Helm values passed to the charts (I10 <c>values_types.proto</c>).</summary>
    public IstioValues? Values { get; set; }
}

/// <summary><c>meshConfig</c>: the common mesh-wide settings; the rest go through <c>AdditionalFields</c>.</summary>
public sealed class MeshConfig : ModelObject
{
    public MeshConfig([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>
    /// <c>defaultConfig</c>: the default proxy configuration of every workload, overridden field by field by
    /// the <c>proxy.istio.io/config</c> annotation and, for some fields, the ProxyConfig resource (P1, P2).
    /// </summary>
    public ProxyConfig? DefaultConfig { get; set; }

    /// <summary><c>accessLogFile</c>: where proxies write access logs, e.g. <c>/dev/stdout</c>; off when empty.</summary>
    public string? AccessLogFile { get; set; }

    /// <summary><c>accessLogEncoding</c>: <c>TEXT</c> or <c>JSON</c>.</summary>
    public string? AccessLogEncoding { get; set; }

    /// <summary><c>accessLogFormat</c>: the access log format string.</summary>
    public string? AccessLogFormat { get; set; }

    /// <summary><c>enableTracing</c>: turn on tracing in the proxies.</summary>
    public bool? EnableTracing { get; set; }

    /// <summary><c>enableAutoMtls</c>: clients use mTLS automatically to workloads with sidecars (default true).</summary>
    public bool? EnableAutoMtls { get; set; }

    /// <summary><c>outboundTrafficPolicy</c>: the mesh-wide policy for unknown destinations (ALLOW_ANY by default).</summary>
    public OutboundTrafficPolicy? OutboundTrafficPolicy { get; set; }

    /// <summary><c>defaultProviders</c>: providers used by default by the Telemetry API.</summary>
    public DefaultProviders? DefaultProviders { get; set; }

    /// <summary><c>rootNamespace</c>: the namespace whose config applies mesh-wide; <c>istio-system</c> by default.</summary>
    public string? RootNamespace { get; set; }

    /// <summary><c>trustDomain</c>: the SPIFFE trust domain; <c>cluster.local</c> by default.</summary>
    public string? TrustDomain { get; set; }
}

/// <summary><c>meshConfig.defaultProviders</c>: provider names from <c>extensionProviders</c>.</summary>
public sealed class DefaultProviders : ModelObject
{
    public DefaultProviders([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>tracing</c>.</summary>
    public IList<string> Tracing { get; init; } = [];

    /// <summary><c>metrics</c>.</summary>
    public IList<string> Metrics { get; init; } = [];

    /// <summary><c>accessLogging</c>.</summary>
    public IList<string> AccessLogging { get; init; } = [];
}

/// <summary><c>components</c>: the installable parts of Istio.</summary>
public sealed class IstioComponents : ModelObject
{
    public IstioComponents([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>base</c>: CRDs and cluster roles.</summary>
    public IstioComponent? Base { get; set; }

    /// <summary><c>pilot</c>: istiod.</summary>
    public IstioComponent? Pilot { get; set; }

    /// <summary><c>cni</c>: the Istio CNI node agent.</summary>
    public IstioComponent? Cni { get; set; }

    /// <summary><c>ztunnel</c>: the ambient node proxy.</summary>
    public IstioComponent? Ztunnel { get; set; }

    /// <summary><c>istiodRemote</c>: config for a remote cluster of an external control plane.</summary>
    public IstioComponent? IstiodRemote { get; set; }

    /// <summary><c>ingressGateways</c>.</summary>
    public IList<GatewayComponent> IngressGateways { get; init; } = [];

    /// <summary><c>egressGateways</c>.</summary>
    public IList<GatewayComponent> EgressGateways { get; init; } = [];
}

/// <summary>A control-plane component (<c>base</c>, <c>pilot</c>, <c>cni</c>, <c>ztunnel</c>...).</summary>
public sealed class IstioComponent : ModelObject
{
    public IstioComponent([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>enabled</c>: install the component.</summary>
    public bool? Enabled { get; set; }

    /// <summary><c>namespace</c>: where to install it.</summary>
    public string? Namespace { get; set; }

    /// <summary><c>hub</c>: image registry override.</summary>
    public string? Hub { get; set; }

    /// <summary><c>tag</c>: image tag override.</summary>
    public string? Tag { get; set; }

    /// <summary><c>k8s</c>: Kubernetes settings of the component's resources.</summary>
    [WireName("k8s")]
    public KubernetesResources? K8s { get; set; }
}

/// <summary>An ingress or egress gateway component.</summary>
public sealed class GatewayComponent : ModelObject
{
    public GatewayComponent([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: the gateway's Deployment/Service name, e.g. <c>istio-ingressgateway</c>.</summary>
    public string? Name { get; set; }

    /// <summary><c>label</c>: labels of the gateway pods (what a Gateway <c>selector</c> matches).</summary>
    public IDictionary<string, string> Label { get; init; } = new Dictionary<string, string>();

    /// <summary><c>namespace</c>: where to install it.</summary>
    public string? Namespace { get; set; }

    /// <summary><c>enabled</c>: install the gateway.</summary>
    public bool? Enabled { get; set; }

    /// <summary><c>hub</c>: image registry override.</summary>
    public string? Hub { get; set; }

    /// <summary><c>tag</c>: image tag override.</summary>
    public string? Tag { get; set; }

    /// <summary><c>k8s</c>: Kubernetes settings of the gateway's resources.</summary>
    [WireName("k8s")]
    public KubernetesResources? K8s { get; set; }
}

/// <summary><c>k8s</c>: Kubernetes settings of a component (I10 <c>KubernetesResources</c>).</summary>
public sealed class KubernetesResources : ModelObject
{
    public KubernetesResources([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>affinity</c>: pod scheduling affinity.</summary>
    public Affinity? Affinity { get; set; }

    /// <summary><c>env</c>: environment variables of the component's container.</summary>
    public IList<EnvVar> Env { get; init; } = [];

    /// <summary><c>hpaSpec</c>: the component's HorizontalPodAutoscaler (the target is filled in by the installer).</summary>
    public ComponentHpaSpec? HpaSpec { get; set; }

    /// <summary><c>imagePullPolicy</c>.</summary>
    public PullPolicy? ImagePullPolicy { get; set; }

    /// <summary><c>nodeSelector</c>.</summary>
    public IDictionary<string, string> NodeSelector { get; init; } = new Dictionary<string, string>();

    /// <summary><c>podDisruptionBudget</c>: the component's PDB (MESH053, MESH054).</summary>
    public PodDisruptionBudgetSpec? PodDisruptionBudget { get; set; }

    /// <summary><c>podAnnotations</c>: annotations of the component's pods (e.g. <c>proxy.istio.io/config</c> on gateways).</summary>
    public IDictionary<string, string> PodAnnotations { get; init; } = new Dictionary<string, string>();

    /// <summary><c>priorityClassName</c>.</summary>
    public string? PriorityClassName { get; set; }

    /// <summary><c>readinessProbe</c>.</summary>
    public Probe? ReadinessProbe { get; set; }

    /// <summary><c>replicaCount</c>: replicas when no HPA (gateways: at least 2, MESH054).</summary>
    public int? ReplicaCount { get; set; }

    /// <summary><c>resources</c>.</summary>
    public ResourceRequirements? Resources { get; set; }

    /// <summary><c>service</c>: the component's Service spec.</summary>
    public ServiceSpec? Service { get; set; }

    /// <summary><c>strategy</c>: the Deployment strategy.</summary>
    public DeploymentStrategy? Strategy { get; set; }

    /// <summary><c>tolerations</c>.</summary>
    public IList<Toleration> Tolerations { get; init; } = [];

    /// <summary><c>serviceAnnotations</c>: annotations of the component's Service (e.g. load balancer settings).</summary>
    public IDictionary<string, string> ServiceAnnotations { get; init; } = new Dictionary<string, string>();

    /// <summary><c>securityContext</c>: the pod security context.</summary>
    public PodSecurityContext? SecurityContext { get; set; }

    /// <summary><c>volumes</c>.</summary>
    public IList<Volume> Volumes { get; init; } = [];

    /// <summary><c>volumeMounts</c>.</summary>
    public IList<VolumeMount> VolumeMounts { get; init; } = [];

    /// <summary><c>overlays</c>: patches applied to the rendered resources (one entry per object).</summary>
    public IList<KubernetesOverlay> Overlays { get; init; } = [];
}

/// <summary>
/// <c>hpaSpec</c>: an <c>autoscaling/v2</c> HorizontalPodAutoscalerSpec without the required
/// <c>scaleTargetRef</c>, which the installer fills in.
/// </summary>
public sealed class ComponentHpaSpec : ModelObject
{
    public ComponentHpaSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>scaleTargetRef</c>: normally omitted.</summary>
    public CrossVersionObjectReference? ScaleTargetRef { get; set; }

    /// <summary><c>minReplicas</c>: gateways should keep at least 2 (MESH054).</summary>
    public int? MinReplicas { get; set; }

    /// <summary><c>maxReplicas</c>.</summary>
    public int? MaxReplicas { get; set; }

    /// <summary><c>metrics</c>.</summary>
    public IList<MetricSpec> Metrics { get; init; } = [];

    /// <summary><c>behavior</c>.</summary>
    public HorizontalPodAutoscalerBehavior? Behavior { get; set; }
}

/// <summary><c>overlays[]</c>: patches to one rendered object.</summary>
public sealed class KubernetesOverlay : ModelObject
{
    public KubernetesOverlay([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>apiVersion</c> of the object patched.</summary>
    public required string ApiVersion { get; set; }

    /// <summary><c>kind</c> of the object patched.</summary>
    public required string Kind { get; set; }

    /// <summary><c>name</c> of the object patched.</summary>
    public required string Name { get; set; }

    /// <summary><c>patches</c>: applied in order.</summary>
    public IList<KubernetesOverlayPatch> Patches { get; init; } = [];
}

/// <summary><c>patches[]</c>: set <c>value</c> at <c>path</c> (dotted, with <c>[key:value]</c> selectors).</summary>
public sealed class KubernetesOverlayPatch : ModelObject
{
    public KubernetesOverlayPatch([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>path</c>, e.g. <c>spec.template.spec.terminationGracePeriodSeconds</c>.</summary>
    public required string Path { get; set; }

    /// <summary>
    /// <c>value</c>: any model value (string, number, bool, <see cref="Duration"/>, list, dictionary or
    /// model object); omit to delete the path.
    /// </summary>
    public object? Value { get; set; }
}
