namespace Mesh.Sdk.CodeFixes.Common;

/// <summary>Metadata names of the Mesh.Sdk model types the fixes read and write.</summary>
internal static class ModelTypes
{
    private const string CoreV1 = "Mesh.Sdk.Kubernetes.Core.V1.";
    private const string MetaV1 = "Mesh.Sdk.Kubernetes.Meta.V1.";
    private const string AutoscalingV2 = "Mesh.Sdk.Kubernetes.Autoscaling.V2.";
    private const string MeshV1Alpha1 = "Mesh.Sdk.Istio.Mesh.V1Alpha1.";
    private const string InstallV1Alpha1 = "Mesh.Sdk.Istio.Install.V1Alpha1.";
    private const string NetworkingV1 = "Mesh.Sdk.Istio.Networking.V1.";
    private const string TetrateInstall = "Mesh.Sdk.Tetrate.Install.V1Alpha1.";

    public const string Duration = "Mesh.Sdk.Duration";
    public const string MeshedService = "Mesh.Sdk.Workloads.MeshedService";

    public const string Container = CoreV1 + "Container";
    public const string Lifecycle = CoreV1 + "Lifecycle";
    public const string LifecycleHandler = CoreV1 + "LifecycleHandler";
    public const string SleepAction = CoreV1 + "SleepAction";
    public const string ExecAction = CoreV1 + "ExecAction";
    public const string PodSpec = CoreV1 + "PodSpec";
    public const string TemplateMetadata = MetaV1 + "TemplateMetadata";
    public const string ObjectMeta = MetaV1 + "ObjectMeta";

    public const string MetricSpec = AutoscalingV2 + "MetricSpec";
    public const string MetricSourceType = AutoscalingV2 + "MetricSourceType";
    public const string ResourceMetricSource = AutoscalingV2 + "ResourceMetricSource";
    public const string ContainerResourceMetricSource = AutoscalingV2 + "ContainerResourceMetricSource";

    public const string ProxyConfig = MeshV1Alpha1 + "ProxyConfig";
    public const string IstioMetadataExtensions = "Mesh.Sdk.Istio.IstioMetadataExtensions";
    public const string IstioAnnotations = "Mesh.Sdk.Istio.IstioAnnotations";

    public const string IstioOperatorSpec = InstallV1Alpha1 + "IstioOperatorSpec";
    public const string MeshConfig = InstallV1Alpha1 + "MeshConfig";
    public const string ProxyValues = InstallV1Alpha1 + "ProxyValues";
    public const string IstioOverlayPatch = InstallV1Alpha1 + "KubernetesOverlayPatch";

    public const string LoadBalancerSettings = NetworkingV1 + "LoadBalancerSettings";
    public const string WarmupConfiguration = NetworkingV1 + "WarmupConfiguration";

    public const string TsbOverlayPatch = TetrateInstall + "OverlayPatch";
    public const string TsbOverlayPaths = TetrateInstall + "OverlayPaths";

    /// <summary>The name as C# source, fully qualified, for <see cref="ModelSyntax"/> to simplify.</summary>
    public static string Global(string metadataName) => "global::" + metadataName;
}
