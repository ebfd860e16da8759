using System.Runtime.CompilerServices;
using Mesh.Sdk.Istio.Mesh.V1Alpha1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Istio;

/// <summary>
/// Typed per-pod mesh settings on pod template metadata (<see cref="TemplateMetadata"/>) and object
/// metadata (<see cref="ObjectMeta"/>): the <c>proxy.istio.io/config</c> annotation, the injection label,
/// native sidecars and the proxy resource annotations, written with the right keys and value formats.
/// Every setter returns the metadata, so it fits in an object initializer:
/// <code>
/// Template = new()
/// {
///     Metadata = new TemplateMetadata { Labels = { ["app"] = "web" } }
///         .InjectSidecar(true)
///         .UseNativeSidecar(true)
///         .SetProxyResources(cpu: "100m", memory: "128Mi")
///         .SetProxyConfig(new() { TerminationDrainDuration = Duration.FromSeconds(30) }),
///     Spec = ...,
/// }
/// </code>
/// </summary>
/// <remarks>
/// <para>
/// The annotation value is the YAML text of the <see cref="ProxyConfig"/> as the one writer renders it
/// (<c>holdApplicationUntilProxyStarts: true\nterminationDrainDuration: 30s\n</c>), which the manifest
/// writer emits as a <c>|</c> block scalar. Durations are canonical protobuf text (<c>30s</c>).
/// </para>
/// <para>
/// Reading back: rules get the typed object through <see cref="GetProxyConfig(TemplateMetadata)"/> without
/// parsing. <see cref="SetProxyConfig(TemplateMetadata, ProxyConfig)"/> keeps the object and the text it
/// wrote in a side table keyed by the metadata object (a <see cref="ConditionalWeakTable{TKey, TValue}"/>:
/// nothing is added to the model's wire shape and nothing outlives the metadata). The typed object is
/// returned only while the annotation still holds exactly that text and the object still renders to it,
/// so the typed view never disagrees with what is emitted; an annotation written by hand, overwritten,
/// or a ProxyConfig changed after the call reads as null (call <c>SetProxyConfig</c> again), and
/// rules that must judge hand-written text read <see cref="IstioAnnotations.ProxyConfig"/> directly.
/// </para>
/// </remarks>
public static class IstioMetadataExtensions
{
    private sealed record TypedProxyConfig(ProxyConfig Config, string Text);

    private static readonly ConditionalWeakTable<ModelObject, TypedProxyConfig> ProxyConfigs = new();

    /// <summary>The <c>proxy.istio.io/config</c> text for <paramref name="config"/>: YAML, one field per line.</summary>
    public static string ToAnnotationValue(this ProxyConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return ManifestWriter.WriteValue(config);
    }

    /// <summary>Sets <c>proxy.istio.io/config</c> to <paramref name="config"/> (P1, MESH001) and remembers it for <see cref="GetProxyConfig(TemplateMetadata)"/>.</summary>
    public static TemplateMetadata SetProxyConfig(this TemplateMetadata metadata, ProxyConfig config)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        SetProxyConfig(metadata, metadata.Annotations, config);
        return metadata;
    }

    /// <inheritdoc cref="SetProxyConfig(TemplateMetadata, ProxyConfig)"/>
    public static ObjectMeta SetProxyConfig(this ObjectMeta metadata, ProxyConfig config)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        SetProxyConfig(metadata, metadata.Annotations, config);
        return metadata;
    }

    /// <summary>
    /// The typed <c>proxy.istio.io/config</c> set through <c>SetProxyConfig</c>, or null when the annotation is
    /// absent, hand-written, overwritten since, or no longer matches the object (see the remarks of
    /// <see cref="IstioMetadataExtensions"/>).
    /// </summary>
    public static ProxyConfig? GetProxyConfig(this TemplateMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return GetProxyConfig(metadata, metadata.Annotations);
    }

    /// <inheritdoc cref="GetProxyConfig(TemplateMetadata)"/>
    public static ProxyConfig? GetProxyConfig(this ObjectMeta metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return GetProxyConfig(metadata, metadata.Annotations);
    }

    /// <summary>
    /// Sets the <b>label</b> <c>sidecar.istio.io/inject</c> to <c>"true"</c>/<c>"false"</c> (the annotation is
    /// deprecated and cannot opt a pod in, P4, I4, MESH003).
    /// </summary>
    public static TemplateMetadata InjectSidecar(this TemplateMetadata metadata, bool inject)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        metadata.Labels[IstioLabels.SidecarInject] = inject ? "true" : "false";
        return metadata;
    }

    /// <inheritdoc cref="InjectSidecar(TemplateMetadata, bool)"/>
    public static ObjectMeta InjectSidecar(this ObjectMeta metadata, bool inject)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        metadata.Labels[IstioLabels.SidecarInject] = inject ? "true" : "false";
        return metadata;
    }

    /// <summary>
    /// Sets <c>sidecar.istio.io/nativeSidecar</c> to <c>"true"</c>/<c>"false"</c>: run the proxy as a Kubernetes
    /// native sidecar (Istio ≥ 1.24, Kubernetes ≥ 1.29), overriding <c>ENABLE_NATIVE_SIDECARS</c> (I4, I11, MESH023).
    /// </summary>
    public static TemplateMetadata UseNativeSidecar(this TemplateMetadata metadata, bool native)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        metadata.Annotations[IstioAnnotations.NativeSidecar] = native ? "true" : "false";
        return metadata;
    }

    /// <inheritdoc cref="UseNativeSidecar(TemplateMetadata, bool)"/>
    public static ObjectMeta UseNativeSidecar(this ObjectMeta metadata, bool native)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        metadata.Annotations[IstioAnnotations.NativeSidecar] = native ? "true" : "false";
        return metadata;
    }

    /// <summary>
    /// Sets the sidecar resource annotations (<c>sidecar.istio.io/proxyCPU</c>, <c>proxyMemory</c>,
    /// <c>proxyCPULimit</c>, <c>proxyMemoryLimit</c>); a null argument removes its annotation. Setting any of
    /// them replaces <c>global.proxy.resources</c> entirely, so give both requests when an HPA uses a
    /// <c>Resource</c> metric (I1, MESH051).
    /// </summary>
    public static TemplateMetadata SetProxyResources(this TemplateMetadata metadata, Quantity? cpu, Quantity? memory, Quantity? cpuLimit = null, Quantity? memoryLimit = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        SetProxyResources(metadata.Annotations, cpu, memory, cpuLimit, memoryLimit);
        return metadata;
    }

    /// <inheritdoc cref="SetProxyResources(TemplateMetadata, Quantity?, Quantity?, Quantity?, Quantity?)"/>
    public static ObjectMeta SetProxyResources(this ObjectMeta metadata, Quantity? cpu, Quantity? memory, Quantity? cpuLimit = null, Quantity? memoryLimit = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        SetProxyResources(metadata.Annotations, cpu, memory, cpuLimit, memoryLimit);
        return metadata;
    }

    private static void SetProxyConfig(ModelObject owner, IDictionary<string, string> annotations, ProxyConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var text = config.ToAnnotationValue();
        annotations[IstioAnnotations.ProxyConfig] = text;
        ProxyConfigs.AddOrUpdate(owner, new TypedProxyConfig(config, text));
    }

    private static ProxyConfig? GetProxyConfig(ModelObject owner, IDictionary<string, string> annotations)
    {
        if (!annotations.TryGetValue(IstioAnnotations.ProxyConfig, out var text)) return null;
        if (!ProxyConfigs.TryGetValue(owner, out var typed) || typed.Text != text) return null;
        return typed.Config.ToAnnotationValue() == text ? typed.Config : null;
    }

    private static void SetProxyResources(IDictionary<string, string> annotations, Quantity? cpu, Quantity? memory, Quantity? cpuLimit, Quantity? memoryLimit)
    {
        Set(IstioAnnotations.ProxyCpu, cpu);
        Set(IstioAnnotations.ProxyMemory, memory);
        Set(IstioAnnotations.ProxyCpuLimit, cpuLimit);
        Set(IstioAnnotations.ProxyMemoryLimit, memoryLimit);

        void Set(string key, Quantity? value)
        {
            if (value is { } q) annotations[key] = q.ToString();
            else annotations.Remove(key);
        }
    }
}
