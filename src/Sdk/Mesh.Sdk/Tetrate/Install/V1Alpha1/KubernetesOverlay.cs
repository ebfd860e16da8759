using System.Collections;
using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tetrate.Install.V1Alpha1;

/// <summary>
/// An <c>overlays[]</c> entry of a <see cref="KubernetesComponentSpec"/> (TSB
/// <c>K8sObjectOverlay</c>): selects one rendered object by <c>apiVersion</c>, <c>kind</c> and
/// <c>name</c> and applies <see cref="Patches"/> to it (TSB reference "Kubernetes", T2; T3).
/// </summary>
/// <example>
/// The mesh-wide proxy settings of a TSB control plane are patched into its IstioOperator:
/// <code>
/// Overlays = [KubernetesOverlay.IstioOperator(
///     OverlayPatch.MeshDefaultConfig("terminationDrainDuration", Duration.FromSeconds(50)))],
/// </code>
/// </example>
public sealed class KubernetesOverlay : ModelObject
{
    /// <summary><c>install.istio.io/v1alpha1</c>: the apiVersion of the IstioOperator TSB renders (T1, B8).</summary>
    public const string IstioOperatorApiVersion = "install.istio.io/v1alpha1";

    /// <summary><c>IstioOperator</c>: the kind TSB renders for the Istio control plane (T1, B8).</summary>
    public const string IstioOperatorKind = "IstioOperator";

    /// <summary><c>tsb-istiocontrolplane</c>: the name of the IstioOperator TSB renders (T1, B8).</summary>
    public const string TsbIstioControlPlaneName = "tsb-istiocontrolplane";

    public KubernetesOverlay([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>apiVersion</c>: of the object to patch, e.g. <c>apps/v1</c> (required).</summary>
    public required string ApiVersion { get; set; }

    /// <summary><c>kind</c>: of the object to patch, e.g. <c>Deployment</c> (required).</summary>
    public required string Kind { get; set; }

    /// <summary><c>name</c>: of the object to patch (required).</summary>
    public required string Name { get; set; }

    /// <summary><c>patches</c>: applied in order.</summary>
    public IList<OverlayPatch> Patches { get; init; } = [];

    /// <summary>
    /// An overlay on the <c>IstioOperator/tsb-istiocontrolplane</c> TSB renders: the place for
    /// <c>spec.meshConfig.defaultConfig.*</c> proxy settings (T1, B8). Put every patch of that object
    /// in one overlay (MESH033). The overlay records the first patch's source line.
    /// </summary>
    public static KubernetesOverlay IstioOperator(params OverlayPatch[] patches) =>
        For(IstioOperatorApiVersion, IstioOperatorKind, TsbIstioControlPlaneName, patches);

    /// <summary>
    /// An overlay on an <c>apps/v1 Deployment</c> the operator renders, e.g. a gateway's, to set
    /// <c>spec.template.spec.terminationGracePeriodSeconds</c> (MESH032). The overlay records the
    /// first patch's source line.
    /// </summary>
    public static KubernetesOverlay Deployment(string name, params OverlayPatch[] patches) =>
        For("apps/v1", "Deployment", name, patches);

    private static KubernetesOverlay For(string apiVersion, string kind, string name, OverlayPatch[] patches)
    {
        ArgumentNullException.ThrowIfNull(patches);
        var overlay = new KubernetesOverlay { ApiVersion = apiVersion, Kind = kind, Name = name, Patches = [.. patches] };
        if (patches.Length > 0) overlay.Origin = patches[0].Origin;
        return overlay;
    }
}

/// <summary>
/// A <c>patches[]</c> entry of a <see cref="KubernetesOverlay"/> (TSB <c>K8sObjectOverlay.PathValue</c>):
/// the dotted <c>path</c> to set and its <c>value</c> (T2). A path element may select a list item
/// with <c>[key:value]</c>, e.g. <c>spec.template.spec.containers.[name:envoy].ports</c>.
/// </summary>
public sealed class OverlayPatch : ModelObject
{
    public OverlayPatch([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>path</c>: where to write, dotted (required); see <see cref="OverlayPaths"/>.</summary>
    public required string Path { get; set; }

    /// <summary>
    /// <c>value</c>: what to write: a string, number, bool, a typed primitive
    /// (<see cref="Mesh.Sdk.Duration"/> writes as <c>50s</c>, <see cref="Quantity"/>), a map
    /// (<c>IDictionary&lt;string, object?&gt;</c>), a list, or a model object. Note that an
    /// annotation value such as <c>proxy.istio.io/config</c> must be a string, not a map (MESH001).
    /// An empty map or list, which the writer would otherwise leave out, is stored as
    /// <see cref="OverlayValues.EmptyMap"/> / <see cref="OverlayValues.EmptyList"/> so the patch
    /// still writes <c>value: {}</c> / <c>value: []</c>.
    /// </summary>
    public object? Value
    {
        get => _value;
        set => _value = value switch
        {
            IDictionary { Count: 0 } => OverlayValues.EmptyMap,
            ICollection { Count: 0 } => OverlayValues.EmptyList,
            _ => value,
        };
    }

    private object? _value;

    /// <summary>A patch of <paramref name="path"/> to <paramref name="value"/>, recording the caller's line.</summary>
    public static OverlayPatch Set(string path, object? value, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0) =>
        new(callerFilePath, callerLineNumber) { Path = path, Value = value };

    /// <summary>
    /// A patch of the mesh-wide ProxyConfig field <paramref name="field"/>
    /// (<c>spec.meshConfig.defaultConfig.&lt;field&gt;</c> of the IstioOperator), e.g.
    /// <c>MeshDefaultConfig("terminationDrainDuration", Duration.FromSeconds(50))</c>.
    /// </summary>
    public static OverlayPatch MeshDefaultConfig(string field, object? value, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0) =>
        new(callerFilePath, callerLineNumber) { Path = OverlayPaths.MeshDefaultConfig + "." + field, Value = value };
}

/// <summary>Overlay <c>path</c>s used with TSB (T1, B8, MESH014, MESH032).</summary>
public static class OverlayPaths
{
    /// <summary><c>spec.meshConfig.defaultConfig</c> of the IstioOperator: the mesh-wide ProxyConfig.</summary>
    public const string MeshDefaultConfig = "spec.meshConfig.defaultConfig";

    /// <summary>
    /// <c>spec.meshConfig.defaultConfig.terminationDrainDuration</c>: how long the sidecar agent
    /// drains before stopping Envoy (TSB 1.5.x docs, T1; preferred over <see cref="DrainDuration"/>).
    /// </summary>
    public const string TerminationDrainDuration = MeshDefaultConfig + ".terminationDrainDuration";

    /// <summary>
    /// <c>spec.meshConfig.defaultConfig.drainDuration</c>: Envoy's <c>--drain-time-s</c> only; raising
    /// it alone does not lengthen sidecar shutdown (MESH014). TSB ≤1.4 docs advised it (T1).
    /// </summary>
    public const string DrainDuration = MeshDefaultConfig + ".drainDuration";

    /// <summary><c>spec.meshConfig.defaultConfig.holdApplicationUntilProxyStarts</c>.</summary>
    public const string HoldApplicationUntilProxyStarts = MeshDefaultConfig + ".holdApplicationUntilProxyStarts";

    /// <summary><c>spec.meshConfig.defaultConfig.proxyMetadata</c>: extra proxy environment variables, e.g. <c>EXIT_ON_ZERO_ACTIVE_CONNECTIONS</c>.</summary>
    public const string ProxyMetadata = MeshDefaultConfig + ".proxyMetadata";

    /// <summary><c>spec.template.spec.terminationGracePeriodSeconds</c> of a Deployment (MESH032).</summary>
    public const string TerminationGracePeriodSeconds = "spec.template.spec.terminationGracePeriodSeconds";
}

/// <summary>Patch values that the writer cannot express with an empty collection (it omits those).</summary>
public static class OverlayValues
{
    /// <summary>An empty map, written as <c>{}</c>: e.g. to clear <c>spec.values.global.proxy.resources</c> (MESH033 example).</summary>
    public static readonly IYamlScalar EmptyMap = new FlowLiteral("{}");

    /// <summary>An empty list, written as <c>[]</c>.</summary>
    public static readonly IYamlScalar EmptyList = new FlowLiteral("[]");

    private sealed class FlowLiteral(string text) : IYamlScalar
    {
        public YamlScalar ToYamlScalar() => YamlScalar.FromPlain(text);

        public override string ToString() => text;
    }
}
