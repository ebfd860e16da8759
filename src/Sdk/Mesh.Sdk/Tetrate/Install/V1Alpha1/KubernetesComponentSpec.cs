using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Tetrate.Install.V1Alpha1;

/// <summary>
/// <c>kubeSpec</c> of a TSB install component or gateway (TSB
/// <c>tetrateio.api.install.kubernetes.KubernetesComponentSpec</c>): the common Kubernetes settings
/// of what the operator renders, plus <see cref="Overlays"/> for anything else. Source: TSB
/// reference "Kubernetes" (docs.tetrate.io/service-bridge/refs/install/kubernetes/k8s, domain.md T2).
/// No public schema exists; fields not listed here go in <see cref="ModelObject.AdditionalFields"/>
/// (e.g. <c>job</c>, or <c>CNI</c> on the Istio component).
/// </summary>
public sealed class KubernetesComponentSpec : ModelObject
{
    public KubernetesComponentSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>deployment</c>: settings of the component's Deployment (T2).</summary>
    public ComponentDeployment? Deployment { get; set; }

    /// <summary><c>service</c>: settings of the component's Service (T2).</summary>
    public ComponentService? Service { get; set; }

    /// <summary><c>serviceAccount</c>: settings of the component's ServiceAccount (T2).</summary>
    public ComponentServiceAccount? ServiceAccount { get; set; }

    /// <summary>
    /// <c>overlays</c>: patches applied to the rendered manifests (T2, T3). Only one overlay per
    /// object takes effect, the last (T3, MESH033): merge patches for one object into one entry.
    /// </summary>
    public IList<KubernetesOverlay> Overlays { get; init; } = [];
}

/// <summary><c>kubeSpec.deployment</c> (TSB <c>tetrateio.api.install.kubernetes.Deployment</c>; domain.md T2, Part C).</summary>
public sealed class ComponentDeployment : ModelObject
{
    public ComponentDeployment([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>replicaCount</c>: the number of pods; ignored by the operator when <see cref="HpaSpec"/> scales them.</summary>
    public int? ReplicaCount { get; set; }

    /// <summary><c>resources</c>: the main container's requests and limits (Kubernetes <c>ResourceRequirements</c>).</summary>
    public ResourceRequirements? Resources { get; set; }

    /// <summary><c>podAnnotations</c>: annotations on the pod template, e.g. <c>proxy.istio.io/config</c> for a gateway.</summary>
    public IDictionary<string, string> PodAnnotations { get; init; } = new Dictionary<string, string>();

    /// <summary><c>env</c>: extra environment variables of the main container (Kubernetes <c>EnvVar</c>).</summary>
    public IList<EnvVar> Env { get; init; } = [];

    /// <summary><c>affinity</c>: pod scheduling affinity (Kubernetes <c>Affinity</c>).</summary>
    public Affinity? Affinity { get; set; }

    /// <summary><c>tolerations</c>: taints the pods tolerate (Kubernetes <c>Toleration</c>).</summary>
    public IList<Toleration> Tolerations { get; init; } = [];

    /// <summary><c>strategy</c>: the Deployment's update strategy (Kubernetes <c>DeploymentStrategy</c>).</summary>
    public DeploymentStrategy? Strategy { get; set; }

    /// <summary><c>hpaSpec</c>: a HorizontalPodAutoscaler for the Deployment (autoscaling/v2beta1-shaped, domain.md Part C).</summary>
    public ComponentHpaSpec? HpaSpec { get; set; }

    /// <summary><c>podSecurityContext</c>: the pod's security context (Kubernetes <c>PodSecurityContext</c>).</summary>
    public PodSecurityContext? PodSecurityContext { get; set; }

    /// <summary><c>containerSecurityContext</c>: the main container's security context (Kubernetes <c>SecurityContext</c>).</summary>
    public SecurityContext? ContainerSecurityContext { get; set; }
}

/// <summary>
/// <c>kubeSpec.deployment.hpaSpec</c>: shaped like Kubernetes <c>autoscaling/v2beta1</c>
/// <c>HorizontalPodAutoscalerSpec</c> without <c>scaleTargetRef</c>, which the operator fills
/// (domain.md Part C; field names not re-verified against the TSB reference).
/// </summary>
public sealed class ComponentHpaSpec : ModelObject
{
    public ComponentHpaSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>minReplicas</c>: the lower bound.</summary>
    public int? MinReplicas { get; set; }

    /// <summary><c>maxReplicas</c>: the upper bound.</summary>
    public int? MaxReplicas { get; set; }

    /// <summary><c>metrics</c>: v2beta1 metric specs.</summary>
    public IList<ComponentHpaMetric> Metrics { get; init; } = [];
}

/// <summary>A v2beta1 <c>MetricSpec</c> of a <see cref="ComponentHpaSpec"/> (only the <c>Resource</c> source is typed).</summary>
public sealed class ComponentHpaMetric : ModelObject
{
    public ComponentHpaMetric([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>: <c>Resource</c>, <c>Pods</c>, <c>Object</c> or <c>External</c>.</summary>
    public required string Type { get; set; }

    /// <summary><c>resource</c>: with <c>type: Resource</c>.</summary>
    public ComponentHpaResourceMetric? Resource { get; set; }
}

/// <summary>A v2beta1 <c>ResourceMetricSource</c>: <c>name</c> plus a target average.</summary>
public sealed class ComponentHpaResourceMetric : ModelObject
{
    public ComponentHpaResourceMetric([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: <c>cpu</c> or <c>memory</c>.</summary>
    public required string Name { get; set; }

    /// <summary><c>targetAverageUtilization</c>: percent of the pods' requests.</summary>
    public int? TargetAverageUtilization { get; set; }

    /// <summary><c>targetAverageValue</c>: an absolute per-pod average.</summary>
    public Quantity? TargetAverageValue { get; set; }
}

/// <summary><c>kubeSpec.service</c> (TSB <c>tetrateio.api.install.kubernetes.Service</c>; domain.md T2, Part C).</summary>
public sealed class ComponentService : ModelObject
{
    public ComponentService([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>: the Service type, e.g. <c>LoadBalancer</c> or <c>NodePort</c> (TSB data plane reference example).</summary>
    public ServiceType? Type { get; set; }

    /// <summary><c>annotations</c>: Service annotations, e.g. cloud load balancer settings or <c>traffic.istio.io/nodeSelector</c> for NodePort gateways.</summary>
    public IDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();

    /// <summary><c>labels</c>: Service labels.</summary>
    public IDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary><c>ports</c>: the Service ports (Kubernetes <c>ServicePort</c>; not verified against the TSB reference).</summary>
    public IList<ServicePort> Ports { get; init; } = [];
}

/// <summary><c>kubeSpec.serviceAccount</c> (TSB <c>tetrateio.api.install.kubernetes.ServiceAccount</c>).</summary>
public sealed class ComponentServiceAccount : ModelObject
{
    public ComponentServiceAccount([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>imagePullSecrets</c>: registry credentials the component's pods use (Kubernetes <c>LocalObjectReference</c>).</summary>
    public IList<LocalObjectReference> ImagePullSecrets { get; init; } = [];
}
