namespace Mesh.Sdk.Rules.Config;

/// <summary>
/// The Istio pod annotation and label keys MESH003 knows (istio/api <c>annotation/annotations.yaml</c>,
/// <c>label/labels.yaml</c>, P4), for the key namespaces whose full set is catalogued there. Keys of other
/// <c>*.istio.io</c> namespaces (<c>istio.io/</c>, <c>networking.istio.io/</c>, <c>topology.istio.io/</c>...) are
/// not judged: their sets grow with ambient mode and a false "unknown key" would be worse than none.
/// </summary>
internal static class IstioKeys
{
    /// <summary>The key namespaces (the part before '/') that are judged.</summary>
    public static readonly HashSet<string> JudgedPrefixes = new(StringComparer.Ordinal)
    {
        "sidecar.istio.io", "proxy.istio.io", "traffic.sidecar.istio.io", "readiness.status.sidecar.istio.io",
        "status.sidecar.istio.io", "inject.istio.io", "prometheus.istio.io",
    };

    /// <summary>Pod annotations in the judged namespaces, each with its deprecation note (null when current).</summary>
    public static readonly IReadOnlyDictionary<string, string?> Annotations = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["sidecar.istio.io/inject"] = "as an annotation it cannot opt a pod in (the webhook matches the label); use the label (InjectSidecar(true))",
        ["sidecar.istio.io/status"] = null,
        ["sidecar.istio.io/rewriteAppHTTPProbers"] = null,
        ["sidecar.istio.io/controlPlaneAuthPolicy"] = "it is no longer used; remove it",
        ["sidecar.istio.io/discoveryAddress"] = "set discoveryAddress in the pod's ProxyConfig instead",
        ["sidecar.istio.io/proxyImage"] = null,
        ["sidecar.istio.io/proxyImageType"] = null,
        ["sidecar.istio.io/proxyCPU"] = null,
        ["sidecar.istio.io/proxyCPULimit"] = null,
        ["sidecar.istio.io/proxyMemory"] = null,
        ["sidecar.istio.io/proxyMemoryLimit"] = null,
        ["sidecar.istio.io/interceptionMode"] = null,
        ["sidecar.istio.io/bootstrapOverride"] = null,
        ["sidecar.istio.io/statsInclusionPrefixes"] = "set proxyStatsMatcher in the pod's ProxyConfig instead",
        ["sidecar.istio.io/statsInclusionSuffixes"] = "set proxyStatsMatcher in the pod's ProxyConfig instead",
        ["sidecar.istio.io/statsInclusionRegexps"] = "set proxyStatsMatcher in the pod's ProxyConfig instead",
        ["sidecar.istio.io/statsHistogramBuckets"] = null,
        ["sidecar.istio.io/statsCompression"] = null,
        ["sidecar.istio.io/statsFlushInterval"] = null,
        ["sidecar.istio.io/userVolume"] = null,
        ["sidecar.istio.io/userVolumeMount"] = null,
        ["sidecar.istio.io/enableCoreDump"] = null,
        ["sidecar.istio.io/logLevel"] = null,
        ["sidecar.istio.io/componentLogLevel"] = null,
        ["sidecar.istio.io/agentLogLevel"] = null,
        ["sidecar.istio.io/extraStatTags"] = null,
        ["sidecar.istio.io/nativeSidecar"] = null,
        ["status.sidecar.istio.io/port"] = null,
        ["readiness.status.sidecar.istio.io/initialDelaySeconds"] = null,
        ["readiness.status.sidecar.istio.io/periodSeconds"] = null,
        ["readiness.status.sidecar.istio.io/failureThreshold"] = null,
        ["readiness.status.sidecar.istio.io/applicationPorts"] = null,
        ["traffic.sidecar.istio.io/includeOutboundIPRanges"] = null,
        ["traffic.sidecar.istio.io/excludeOutboundIPRanges"] = null,
        ["traffic.sidecar.istio.io/includeInboundPorts"] = null,
        ["traffic.sidecar.istio.io/excludeInboundPorts"] = null,
        ["traffic.sidecar.istio.io/includeOutboundPorts"] = null,
        ["traffic.sidecar.istio.io/excludeOutboundPorts"] = null,
        ["traffic.sidecar.istio.io/excludeInterfaces"] = null,
        ["traffic.sidecar.istio.io/kubevirtInterfaces"] = null,
        ["proxy.istio.io/config"] = null,
        ["proxy.istio.io/overrides"] = null,
        ["inject.istio.io/templates"] = null,
        ["prometheus.istio.io/merge-metrics"] = null,
    };

    /// <summary>Pod labels in the judged namespaces.</summary>
    public static readonly IReadOnlySet<string> Labels = new HashSet<string>(StringComparer.Ordinal) { "sidecar.istio.io/inject" };

    /// <summary>True when <paramref name="key"/> is in a judged namespace.</summary>
    /// <remarks>Asked for every label and annotation key of every pod: the namespace is compared in place, not cut out of the key.</remarks>
    public static bool IsJudged(string key)
    {
        var slash = key.IndexOf('/');
        if (slash <= 0) return false;
        var prefix = key.AsSpan(0, slash);
        foreach (var judged in JudgedPrefixList)
        {
            if (prefix.SequenceEqual(judged)) return true;
        }
        return false;
    }

    private static readonly string[] JudgedPrefixList = [.. JudgedPrefixes];
}
