using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Istio.Install.V1Alpha1;

/// <summary><c>values</c>: Helm values of the Istio charts (I10 <c>values_types.proto</c>); the rest via <c>AdditionalFields</c>.</summary>
public sealed class IstioValues : ModelObject
{
    public IstioValues([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>global</c>: settings shared by all charts.</summary>
    public GlobalValues? Global { get; set; }

    /// <summary><c>pilot</c>: istiod settings.</summary>
    public PilotValues? Pilot { get; set; }
}

/// <summary><c>values.global</c>.</summary>
public sealed class GlobalValues : ModelObject
{
    public GlobalValues([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>proxy</c>: the injected sidecar's container settings.</summary>
    public ProxyValues? Proxy { get; set; }

    /// <summary><c>hub</c>: image registry.</summary>
    public string? Hub { get; set; }

    /// <summary><c>tag</c>: image tag.</summary>
    public string? Tag { get; set; }

    /// <summary><c>variant</c>: image variant, e.g. <c>distroless</c>.</summary>
    public string? Variant { get; set; }

    /// <summary><c>istioNamespace</c>: the control plane namespace.</summary>
    public string? IstioNamespace { get; set; }

    /// <summary><c>meshID</c>: the mesh identifier.</summary>
    [WireName("meshID")]
    public string? MeshId { get; set; }

    /// <summary><c>network</c>: the default network of the cluster's workloads.</summary>
    public string? Network { get; set; }
}

/// <summary><c>values.global.proxy</c>: the sidecar container the injector adds (I1, I12).</summary>
public sealed class ProxyValues : ModelObject
{
    public ProxyValues([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>image</c>: the proxy image name (<c>proxyv2</c>) or a full reference.</summary>
    public string? Image { get; set; }

    /// <summary>
    /// <c>holdApplicationUntilProxyStarts</c>: deprecated (I10 "replaced by ProxyConfig setting which allows
    /// per-pod configuration"); use <c>meshConfig.defaultConfig.holdApplicationUntilProxyStarts</c> (MESH022).
    /// </summary>
    [Obsolete("Deprecated by Istio: set meshConfig.defaultConfig.holdApplicationUntilProxyStarts (MeshConfig.DefaultConfig) or the per-pod proxy.istio.io/config annotation instead (MESH022).")]
    public bool? HoldApplicationUntilProxyStarts { get; set; }

    /// <summary>
    /// <c>lifecycle</c>: replaces the sidecar's lifecycle hooks, including Istio's own hold
    /// (<c>pilot-agent wait</c>) and native-sidecar drain hooks (I1, MESH016, MESH017).
    /// </summary>
    public Lifecycle? Lifecycle { get; set; }

    /// <summary><c>resources</c>: sidecar requests/limits (default 100m/128Mi, 2000m/1024Mi); ignored when a pod sets any proxy resource annotation (I1, I12).</summary>
    public ResourceRequirements? Resources { get; set; }

    /// <summary><c>startupProbe</c>: the sidecar's startup probe; keep it enabled with native sidecars (MESH024).</summary>
    public ProxyStartupProbe? StartupProbe { get; set; }

    /// <summary><c>readinessInitialDelaySeconds</c>: sidecar readiness probe delay (default 0).</summary>
    public int? ReadinessInitialDelaySeconds { get; set; }

    /// <summary><c>readinessPeriodSeconds</c>: sidecar readiness probe period (default 15).</summary>
    public int? ReadinessPeriodSeconds { get; set; }

    /// <summary><c>readinessFailureThreshold</c>: sidecar readiness failure threshold (default 4).</summary>
    public int? ReadinessFailureThreshold { get; set; }

    /// <summary><c>statusPort</c>: the agent's status port (default 15020).</summary>
    public int? StatusPort { get; set; }

    /// <summary><c>privileged</c>: run the sidecar privileged.</summary>
    public bool? Privileged { get; set; }

    /// <summary><c>logLevel</c>: Envoy's log level.</summary>
    public string? LogLevel { get; set; }
}

/// <summary><c>values.global.proxy.startupProbe</c>.</summary>
public sealed class ProxyStartupProbe : ModelObject
{
    public ProxyStartupProbe([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>enabled</c>: default true; without it a native sidecar counts as started before it is ready (K2, MESH024).</summary>
    public bool? Enabled { get; set; }

    /// <summary><c>failureThreshold</c>: default 600.</summary>
    public int? FailureThreshold { get; set; }
}

/// <summary><c>values.pilot</c>: istiod.</summary>
public sealed class PilotValues : ModelObject
{
    public PilotValues([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>
    /// <c>env</c>: istiod environment variables, e.g. <see cref="PilotEnv.EnableNativeSidecars"/>
    /// (<c>"true"</c>, <c>"false"</c>, <c>"auto"</c>) (I4).
    /// </summary>
    public IDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();

    /// <summary><c>autoscaleEnabled</c>.</summary>
    public bool? AutoscaleEnabled { get; set; }

    /// <summary><c>replicaCount</c>.</summary>
    public int? ReplicaCount { get; set; }

    /// <summary><c>resources</c>.</summary>
    public ResourceRequirements? Resources { get; set; }
}

/// <summary>Well-known keys of <see cref="PilotValues.Env"/>.</summary>
public static class PilotEnv
{
    /// <summary>
    /// <c>ENABLE_NATIVE_SIDECARS</c>: <c>"true"</c>, <c>"false"</c> or <c>"auto"</c> (default since 1.27: on
    /// when every kubelet is ≥ 1.33); opt-in since 1.19 (I4, I11).
    /// </summary>
    public const string EnableNativeSidecars = "ENABLE_NATIVE_SIDECARS";
}
