namespace Mesh.Sdk.Istio;

/// <summary>
/// Well-known Istio annotation keys (istio/api <c>annotation/annotations.yaml</c>, P4). Each summary
/// repeats the catalogue's description and feature status. Prefer the typed setters in
/// <see cref="IstioMetadataExtensions"/> over writing values by hand. Keys marked deprecated are
/// reported by MESH003 / istioctl IST0135.
/// </summary>
public static class IstioAnnotations
{
    /// <summary>
    /// <c>proxy.istio.io/config</c> (Pod, Beta): overrides of the mesh ProxyConfig for this proxy, as YAML or
    /// JSON text; validated at injection, bad values reject the pod (P1, I5, MESH001). Use
    /// <see cref="IstioMetadataExtensions.SetProxyConfig(Kubernetes.Meta.V1.TemplateMetadata, Mesh.V1Alpha1.ProxyConfig)"/>.
    /// </summary>
    public const string ProxyConfig = "proxy.istio.io/config";

    /// <summary><c>proxy.istio.io/overrides</c> (Pod, Alpha, hidden): set by injection to record user overrides of the proxy container.</summary>
    public const string ProxyOverrides = "proxy.istio.io/overrides";

    /// <summary>
    /// <c>sidecar.istio.io/inject</c> as an annotation (Pod, Beta). Deprecated since API 1.15 in favour of the
    /// label <see cref="IstioLabels.SidecarInject"/>, which wins when both are set; the annotation alone
    /// does not match the webhook's objectSelector (P4, I4, MESH003).
    /// </summary>
    [Obsolete("Use the label IstioLabels.SidecarInject (InjectSidecar(bool)); the annotation is deprecated (MESH003).")]
    public const string SidecarInject = "sidecar.istio.io/inject";

    /// <summary>
    /// <c>sidecar.istio.io/nativeSidecar</c> (Pod, Alpha, Istio 1.24): <c>"true"</c>/<c>"false"</c> run the proxy
    /// as a Kubernetes native sidecar or not; beats <c>ENABLE_NATIVE_SIDECARS</c> (I4, I11, MESH023).
    /// </summary>
    public const string NativeSidecar = "sidecar.istio.io/nativeSidecar";

    /// <summary><c>sidecar.istio.io/status</c> (Pod, Alpha): written by injection; the template hash and injected resources.</summary>
    public const string SidecarStatus = "sidecar.istio.io/status";

    /// <summary><c>sidecar.istio.io/rewriteAppHTTPProbers</c> (Pod, Alpha): rewrite HTTP readiness/liveness probes through the sidecar.</summary>
    public const string RewriteAppHttpProbers = "sidecar.istio.io/rewriteAppHTTPProbers";

    /// <summary><c>sidecar.istio.io/controlPlaneAuthPolicy</c> (Pod). Deprecated: auth policy to the control plane.</summary>
    public const string ControlPlaneAuthPolicy = "sidecar.istio.io/controlPlaneAuthPolicy";

    /// <summary><c>sidecar.istio.io/discoveryAddress</c> (Pod, Alpha). Deprecated: the xDS address; use ProxyConfig <c>discoveryAddress</c>.</summary>
    public const string DiscoveryAddress = "sidecar.istio.io/discoveryAddress";

    /// <summary><c>sidecar.istio.io/proxyImage</c> (Pod, Alpha): the image of the sidecar.</summary>
    public const string ProxyImage = "sidecar.istio.io/proxyImage";

    /// <summary>
    /// <c>sidecar.istio.io/proxyImageType</c> (Pod, Alpha): <c>default</c>, <c>debug</c> or <c>distroless</c>
    /// (no shell: MESH016).
    /// </summary>
    public const string ProxyImageType = "sidecar.istio.io/proxyImageType";

    /// <summary>
    /// <c>sidecar.istio.io/proxyCPU</c> (Pod, Alpha): the sidecar's CPU request. Setting any of the four
    /// proxy resource annotations drops <c>global.proxy.resources</c> entirely (I1, MESH051).
    /// </summary>
    public const string ProxyCpu = "sidecar.istio.io/proxyCPU";

    /// <summary><c>sidecar.istio.io/proxyCPULimit</c> (Pod, Alpha): the sidecar's CPU limit (see <see cref="ProxyCpu"/>).</summary>
    public const string ProxyCpuLimit = "sidecar.istio.io/proxyCPULimit";

    /// <summary><c>sidecar.istio.io/proxyMemory</c> (Pod, Alpha): the sidecar's memory request (see <see cref="ProxyCpu"/>).</summary>
    public const string ProxyMemory = "sidecar.istio.io/proxyMemory";

    /// <summary><c>sidecar.istio.io/proxyMemoryLimit</c> (Pod, Alpha): the sidecar's memory limit (see <see cref="ProxyCpu"/>).</summary>
    public const string ProxyMemoryLimit = "sidecar.istio.io/proxyMemoryLimit";

    /// <summary><c>sidecar.istio.io/interceptionMode</c> (Pod, Alpha): how inbound connections are redirected to Envoy (REDIRECT or TPROXY).</summary>
    public const string InterceptionMode = "sidecar.istio.io/interceptionMode";

    /// <summary><c>sidecar.istio.io/bootstrapOverride</c> (Pod, Alpha): an alternative Envoy bootstrap configuration.</summary>
    public const string BootstrapOverride = "sidecar.istio.io/bootstrapOverride";

    /// <summary><c>sidecar.istio.io/statsInclusionPrefixes</c> (Pod, Alpha). Deprecated: use ProxyConfig <c>proxyStatsMatcher</c>.</summary>
    public const string StatsInclusionPrefixes = "sidecar.istio.io/statsInclusionPrefixes";

    /// <summary><c>sidecar.istio.io/statsInclusionSuffixes</c> (Pod, Alpha). Deprecated: use ProxyConfig <c>proxyStatsMatcher</c>.</summary>
    public const string StatsInclusionSuffixes = "sidecar.istio.io/statsInclusionSuffixes";

    /// <summary><c>sidecar.istio.io/statsInclusionRegexps</c> (Pod, Alpha). Deprecated: use ProxyConfig <c>proxyStatsMatcher</c>.</summary>
    public const string StatsInclusionRegexps = "sidecar.istio.io/statsInclusionRegexps";

    /// <summary><c>sidecar.istio.io/userVolume</c> (Pod, Alpha): volumes (JSON) added for the sidecar.</summary>
    public const string UserVolume = "sidecar.istio.io/userVolume";

    /// <summary><c>sidecar.istio.io/userVolumeMount</c> (Pod): volume mounts (JSON) added to the sidecar.</summary>
    public const string UserVolumeMount = "sidecar.istio.io/userVolumeMount";

    /// <summary><c>sidecar.istio.io/enableCoreDump</c> (Pod, Alpha): let the sidecar write core dumps.</summary>
    public const string EnableCoreDump = "sidecar.istio.io/enableCoreDump";

    /// <summary><c>sidecar.istio.io/logLevel</c> (Pod, Alpha): Envoy's log level.</summary>
    public const string LogLevel = "sidecar.istio.io/logLevel";

    /// <summary><c>sidecar.istio.io/componentLogLevel</c> (Pod, Alpha): Envoy's per-component log levels.</summary>
    public const string ComponentLogLevel = "sidecar.istio.io/componentLogLevel";

    /// <summary><c>sidecar.istio.io/agentLogLevel</c> (Pod, Alpha): pilot-agent's log level.</summary>
    public const string AgentLogLevel = "sidecar.istio.io/agentLogLevel";

    /// <summary><c>sidecar.istio.io/extraStatTags</c> (Pod, Alpha): extra tags for in-proxy telemetry.</summary>
    public const string ExtraStatTags = "sidecar.istio.io/extraStatTags";

    /// <summary><c>status.sidecar.istio.io/port</c> (Pod, Alpha): the sidecar's HTTP status port; 0 disables it.</summary>
    public const string StatusPort = "status.sidecar.istio.io/port";

    /// <summary><c>readiness.status.sidecar.istio.io/initialDelaySeconds</c> (Pod, Alpha): sidecar readiness probe delay (default 0, I12).</summary>
    public const string ReadinessInitialDelaySeconds = "readiness.status.sidecar.istio.io/initialDelaySeconds";

    /// <summary><c>readiness.status.sidecar.istio.io/periodSeconds</c> (Pod, Alpha): sidecar readiness probe period (default 15, I12).</summary>
    public const string ReadinessPeriodSeconds = "readiness.status.sidecar.istio.io/periodSeconds";

    /// <summary><c>readiness.status.sidecar.istio.io/failureThreshold</c> (Pod, Alpha): sidecar readiness failure threshold (default 4, I12).</summary>
    public const string ReadinessFailureThreshold = "readiness.status.sidecar.istio.io/failureThreshold";

    /// <summary><c>readiness.status.sidecar.istio.io/applicationPorts</c> (Pod, Alpha): app ports the sidecar readiness check waits for.</summary>
    public const string ReadinessApplicationPorts = "readiness.status.sidecar.istio.io/applicationPorts";

    /// <summary><c>traffic.sidecar.istio.io/includeOutboundIPRanges</c> (Pod, Alpha): CIDRs redirected to Envoy; <c>*</c> for all.</summary>
    public const string IncludeOutboundIPRanges = "traffic.sidecar.istio.io/includeOutboundIPRanges";

    /// <summary><c>traffic.sidecar.istio.io/excludeOutboundIPRanges</c> (Pod, Alpha): CIDRs not redirected (e.g. for init containers, MESH021).</summary>
    public const string ExcludeOutboundIPRanges = "traffic.sidecar.istio.io/excludeOutboundIPRanges";

    /// <summary><c>traffic.sidecar.istio.io/includeInboundPorts</c> (Pod): inbound ports redirected; <c>*</c> for all.</summary>
    public const string IncludeInboundPorts = "traffic.sidecar.istio.io/includeInboundPorts";

    /// <summary><c>traffic.sidecar.istio.io/excludeInboundPorts</c> (Pod, Alpha): inbound ports not redirected.</summary>
    public const string ExcludeInboundPorts = "traffic.sidecar.istio.io/excludeInboundPorts";

    /// <summary><c>traffic.sidecar.istio.io/includeOutboundPorts</c> (Pod, Alpha): outbound ports always redirected.</summary>
    public const string IncludeOutboundPorts = "traffic.sidecar.istio.io/includeOutboundPorts";

    /// <summary><c>traffic.sidecar.istio.io/excludeOutboundPorts</c> (Pod, Alpha): outbound ports not redirected.</summary>
    public const string ExcludeOutboundPorts = "traffic.sidecar.istio.io/excludeOutboundPorts";

    /// <summary><c>traffic.sidecar.istio.io/excludeInterfaces</c> (Pod, Alpha): network interfaces excluded from redirection.</summary>
    public const string ExcludeInterfaces = "traffic.sidecar.istio.io/excludeInterfaces";

    /// <summary><c>traffic.sidecar.istio.io/kubevirtInterfaces</c> (Pod, Alpha): VM interfaces whose inbound traffic is treated as outbound.</summary>
    public const string KubevirtInterfaces = "traffic.sidecar.istio.io/kubevirtInterfaces";

    /// <summary><c>inject.istio.io/templates</c> (Pod, Alpha): comma-separated injection templates, e.g. <c>gateway</c>.</summary>
    public const string InjectTemplates = "inject.istio.io/templates";

    /// <summary><c>prometheus.istio.io/merge-metrics</c> (Pod, Alpha): merge the app's Prometheus metrics with Envoy's.</summary>
    public const string PrometheusMergeMetrics = "prometheus.istio.io/merge-metrics";

    /// <summary><c>networking.istio.io/exportTo</c> (Service, Alpha): namespaces the Service is visible to (<c>.</c>, <c>*</c>, names).</summary>
    public const string ExportTo = "networking.istio.io/exportTo";

    /// <summary>
    /// <c>galley.istio.io/analyze-suppress</c> (any, Alpha): comma-separated istioctl analysis codes to
    /// suppress (e.g. <c>IST0108,IST0103</c>), or <c>*</c>.
    /// </summary>
    public const string AnalyzeSuppress = "galley.istio.io/analyze-suppress";

    /// <summary><c>istio.io/dry-run</c> (AuthorizationPolicy, Alpha): evaluate the policy without enforcing it.</summary>
    public const string DryRun = "istio.io/dry-run";
}
