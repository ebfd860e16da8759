using System.Collections;
using System.Collections.ObjectModel;
using System.Globalization;
using Mesh.Sdk.Istio.Mesh.V1Alpha1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;

namespace Mesh.Sdk.Rules.Facts;

/// <summary>Where a ProxyConfig setting was written.</summary>
internal enum ProxySettingSource
{
    /// <summary><c>meshConfig.defaultConfig</c> of an IstioOperator.</summary>
    MeshDefault,

    /// <summary>A TSB ControlPlane overlay patch on <c>spec.meshConfig.defaultConfig.*</c>.</summary>
    TsbOverlay,

    /// <summary>The pod's <c>proxy.istio.io/config</c> annotation.</summary>
    PodAnnotation,

    /// <summary>A <c>networking.istio.io/v1beta1 ProxyConfig</c> resource (environmentVariables, image).</summary>
    ProxyConfigResource,
}

/// <summary>
/// One ProxyConfig setting with where it was written: <see cref="Subject"/> is the object a finding
/// about it is reported at (the typed ProxyConfig, the annotated metadata, the overlay patch, the resource).
/// </summary>
internal sealed record ProxySetting<T>(T Value, ProxySettingSource Source, ModelObject Subject)
{
    /// <summary>"proxy.istio.io/config", "meshConfig.defaultConfig", ...: for messages.</summary>
    public string Where => Source switch
    {
        ProxySettingSource.PodAnnotation => "proxy.istio.io/config",
        ProxySettingSource.MeshDefault => "meshConfig.defaultConfig",
        ProxySettingSource.TsbOverlay => "the TSB ControlPlane overlay",
        _ => "the ProxyConfig resource",
    };
}

/// <summary>
/// The ProxyConfig fields the rules judge, as set by one layer (mesh default, TSB overlay, pod
/// annotation) or as the effective result of layering them (P1: the annotation replaces mesh
/// defaults field by field; <c>proxyMetadata</c> is merged key by key, as Istio's
/// <c>mesh.MergeProxyConfig</c> does). A null setting means "not set here": the Istio default applies.
/// </summary>
internal sealed record ProxySettings
{
    /// <summary>The empty <see cref="ProxyMetadata"/> every settings object without entries shares (declared before <see cref="Empty"/>, which uses it).</summary>
    private static readonly IReadOnlyDictionary<string, ProxySetting<string>> NoMetadata =
        new ReadOnlyDictionary<string, ProxySetting<string>>(new Dictionary<string, ProxySetting<string>>(StringComparer.Ordinal));

    /// <summary>Nothing set.</summary>
    public static ProxySettings Empty { get; } = new();

    public ProxySetting<Duration>? DrainDuration { get; init; }

    public ProxySetting<Duration>? TerminationDrainDuration { get; init; }

    public ProxySetting<bool>? HoldApplicationUntilProxyStarts { get; init; }

    /// <summary><c>image.imageType</c> (<c>default</c>, <c>debug</c>, <c>distroless</c>).</summary>
    public ProxySetting<string>? ImageType { get; init; }

    /// <summary><c>gatewayTopology</c> is present (typed: the <see cref="Topology"/>; raw: the annotation's metadata).</summary>
    public ProxySetting<ModelObject>? GatewayTopology { get; init; }

    /// <summary><c>gatewayTopology.forwardClientCertDetails</c> as written (e.g. <c>ALWAYS_FORWARD_ONLY</c>).</summary>
    public ProxySetting<string>? ForwardClientCertDetails { get; init; }

    /// <summary><c>proxyMetadata</c> entries (environment variables of the agent), each with its source.</summary>
    public IReadOnlyDictionary<string, ProxySetting<string>> ProxyMetadata { get; init; } = NoMetadata;


    /// <summary><c>proxyMetadata.EXIT_ON_ZERO_ACTIVE_CONNECTIONS</c> read as Go's ParseBool reads it; null when unset or unreadable.</summary>
    public ProxySetting<bool>? ExitOnZeroActiveConnections =>
        ProxyMetadata.TryGetValue(ProxyMetadataKeys.ExitOnZeroActiveConnections, out var s) && ProxyConfig.ParseGoBool(s.Value) is { } b
            ? new(b, s.Source, s.Subject) : null;

    /// <summary><c>proxyMetadata.MINIMUM_DRAIN_DURATION</c>; null when unset or unreadable.</summary>
    public ProxySetting<Duration>? MinimumDrainDuration =>
        ProxyMetadata.TryGetValue(ProxyMetadataKeys.MinimumDrainDuration, out var s) && Duration.TryParse(s.Value, out var d)
            ? new(d, s.Source, s.Subject) : null;

    /// <summary>These settings with <paramref name="upper"/>'s replacing them field by field (proxyMetadata key by key).</summary>
    public ProxySettings With(ProxySettings upper)
    {
        ArgumentNullException.ThrowIfNull(upper);
        // Settings are immutable, so a side that sets nothing need not be copied (most workloads: no mesh defaults).
        if (upper.SetsNothing) return this;
        // Over nothing, the result is upper's own, except that its forwardClientCertDetails counts only with its gatewayTopology.
        if (SetsNothing && (upper.GatewayTopology is not null || upper.ForwardClientCertDetails is null)) return upper;
        var metadata = new Dictionary<string, ProxySetting<string>>(ProxyMetadata, StringComparer.Ordinal);
        foreach (var (k, v) in upper.ProxyMetadata) metadata[k] = v;
        return new()
        {
            DrainDuration = upper.DrainDuration ?? DrainDuration,
            TerminationDrainDuration = upper.TerminationDrainDuration ?? TerminationDrainDuration,
            HoldApplicationUntilProxyStarts = upper.HoldApplicationUntilProxyStarts ?? HoldApplicationUntilProxyStarts,
            ImageType = upper.ImageType ?? ImageType,
            GatewayTopology = upper.GatewayTopology ?? GatewayTopology,
            ForwardClientCertDetails = upper.GatewayTopology is not null ? upper.ForwardClientCertDetails : ForwardClientCertDetails,
            ProxyMetadata = metadata,
        };
    }

    /// <summary>No field and no proxy metadata set: <see cref="With"/> over or under it changes nothing.</summary>
    private bool SetsNothing =>
        DrainDuration is null && TerminationDrainDuration is null && HoldApplicationUntilProxyStarts is null && ImageType is null
        && GatewayTopology is null && ForwardClientCertDetails is null && ProxyMetadata.Count == 0;

    /// <summary>The settings of a typed <see cref="ProxyConfig"/>, reported at the ProxyConfig object.</summary>
    public static ProxySettings From(ProxyConfig config, ProxySettingSource source)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new()
        {
            DrainDuration = Set(config.DrainDuration),
            TerminationDrainDuration = Set(config.TerminationDrainDuration),
            HoldApplicationUntilProxyStarts = Set(config.HoldApplicationUntilProxyStarts),
            ImageType = config.Image?.ImageType is { } type ? new(type, source, config.Image) : null,
            GatewayTopology = config.GatewayTopology is { } topology ? new(topology, source, topology) : null,
            ForwardClientCertDetails = config.GatewayTopology?.ForwardClientCertDetails is { } xfcc
                ? new(WireName(xfcc), source, config.GatewayTopology) : null,
            ProxyMetadata = config.ProxyMetadata.ToDictionary(kv => kv.Key, kv => new ProxySetting<string>(kv.Value, source, config), StringComparer.Ordinal),
        };

        ProxySetting<T>? Set<T>(T? value) where T : struct => value is { } v ? new(v, source, config) : null;
    }

    /// <summary>
    /// The settings of a hand-written (or unattached) annotation text, reported at <paramref name="metadata"/>.
    /// Values that do not read as their type are left out (MESH001 reports them).
    /// </summary>
    public static ProxySettings From(ProxyConfigText text, ModelObject metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Fields is null) return Empty;
        const ProxySettingSource source = ProxySettingSource.PodAnnotation;
        // Read once per text (generated workloads share one); only the subject differs from pod to pod.
        var values = text.Settings;
        var metadataMap = NoMetadata;
        if (values.ProxyMetadata.Length > 0)
        {
            var map = new Dictionary<string, ProxySetting<string>>(values.ProxyMetadata.Length, StringComparer.Ordinal);
            foreach (var (k, v) in values.ProxyMetadata) map[k] = new(v, source, metadata);
            metadataMap = map;
        }
        return new()
        {
            DrainDuration = values.DrainDuration is { } dd ? new(dd, source, metadata) : null,
            TerminationDrainDuration = values.TerminationDrainDuration is { } tdd ? new(tdd, source, metadata) : null,
            HoldApplicationUntilProxyStarts = values.HoldApplicationUntilProxyStarts is { } hold ? new(hold, source, metadata) : null,
            ImageType = values.ImageType is { } imageType ? new(imageType, source, metadata) : null,
            GatewayTopology = values.HasGatewayTopology ? new(metadata, source, metadata) : null,
            ForwardClientCertDetails = values.ForwardClientCertDetails is { } xfcc ? new(xfcc, source, metadata) : null,
            ProxyMetadata = metadataMap,
        };
    }

    /// <summary>What a hand-written annotation text sets, before it is tied to a pod's metadata (<see cref="ProxyConfigText.Settings"/>).</summary>
    internal sealed record TextValues(
        Duration? DrainDuration,
        Duration? TerminationDrainDuration,
        bool? HoldApplicationUntilProxyStarts,
        string? ImageType,
        bool HasGatewayTopology,
        string? ForwardClientCertDetails,
        (string Key, string Value)[] ProxyMetadata)
    {
        /// <summary>Values that do not read as their type are left out (MESH001 reports them).</summary>
        public static TextValues Read(ProxyConfigText text)
        {
            var metadata = new List<(string, string)>();
            if (text.Map("proxyMetadata") is { } pm)
            {
                foreach (var (k, v) in pm)
                {
                    if (v is ProxyConfigScalar s) metadata.Add((k, s.Value));
                }
            }
            var topology = text.Map("gatewayTopology");
            return new(
                DurationOf(text.Scalar("drainDuration")),
                DurationOf(text.Scalar("terminationDrainDuration")),
                BoolOf(text.Scalar("holdApplicationUntilProxyStarts")),
                text.Map("image") is { } image && image.TryGetValue("imageType", out var it) && it is ProxyConfigScalar its ? its.Value : null,
                text.Has("gatewayTopology"),
                topology is not null && topology.TryGetValue("forwardClientCertDetails", out var f) && f is ProxyConfigScalar fs ? fs.Value : null,
                [.. metadata]);
        }
    }

    /// <summary>
    /// The settings of TSB ControlPlane overlay patches on the <c>tsb-istiocontrolplane</c> IstioOperator
    /// (<c>spec.meshConfig.defaultConfig.&lt;field&gt;</c>, or the whole <c>defaultConfig</c>/<c>proxyMetadata</c> as a map),
    /// each reported at its patch. Later patches win.
    /// </summary>
    public static ProxySettings FromOverlayPatches(IEnumerable<OverlayPatch> patches)
    {
        ArgumentNullException.ThrowIfNull(patches);
        var result = Empty;
        foreach (var patch in patches)
        {
            if (patch.Path is not { } path || !path.StartsWith(OverlayPaths.MeshDefaultConfig, StringComparison.Ordinal)) continue;
            var field = path.Length == OverlayPaths.MeshDefaultConfig.Length ? "" : path[(OverlayPaths.MeshDefaultConfig.Length + 1)..];
            if (path.Length > OverlayPaths.MeshDefaultConfig.Length && path[OverlayPaths.MeshDefaultConfig.Length] != '.') continue;
            result = result.With(FromOverlayValue(field, patch.Value, patch));
        }
        return result;
    }

    private static ProxySettings FromOverlayValue(string field, object? value, OverlayPatch patch)
    {
        const ProxySettingSource source = ProxySettingSource.TsbOverlay;
        if (field.Length == 0 || field == "proxyMetadata")
        {
            if (value is not IDictionary map) return Empty;
            var result = Empty;
            foreach (DictionaryEntry e in map)
            {
                if (e.Key?.ToString() is not { } key) continue;
                result = result.With(FromOverlayValue(field.Length == 0 ? key : "proxyMetadata." + key, e.Value, patch));
            }
            return result;
        }
        if (field.StartsWith("proxyMetadata.", StringComparison.Ordinal))
        {
            return value is null ? Empty : new()
            {
                ProxyMetadata = new Dictionary<string, ProxySetting<string>>(StringComparer.Ordinal)
                {
                    [field["proxyMetadata.".Length..]] = new(Text(value), source, patch),
                },
            };
        }
        return field switch
        {
            "drainDuration" => DurationOf(value) is { } d ? new() { DrainDuration = new(d, source, patch) } : Empty,
            "terminationDrainDuration" => DurationOf(value) is { } d ? new() { TerminationDrainDuration = new(d, source, patch) } : Empty,
            "holdApplicationUntilProxyStarts" => BoolOf(value) is { } b ? new() { HoldApplicationUntilProxyStarts = new(b, source, patch) } : Empty,
            "image.imageType" => value is null ? Empty : new() { ImageType = new(Text(value), source, patch) },
            "image" when value is IDictionary image && image["imageType"] is { } t => new() { ImageType = new(Text(t), source, patch) },
            _ => Empty,
        };
    }

    /// <summary>A duration from a typed <see cref="Duration"/>, a <see cref="TimeSpan"/> or text; null otherwise (a bare number is not a duration).</summary>
    internal static Duration? DurationOf(object? value) => value switch
    {
        Duration d => d,
        TimeSpan t => t,
        ProxyConfigScalar { Quoted: false } s when IsNumber(s.Value) => null,
        ProxyConfigScalar s => Duration.TryParse(s.Value, out var d) ? d : null,
        string s => Duration.TryParse(s, out var d) ? d : null,
        _ => null,
    };

    private static bool? BoolOf(object? value) => value switch
    {
        bool b => b,
        ProxyConfigScalar { Quoted: false } s => YamlBool(s.Value),
        string s => ProxyConfig.ParseGoBool(s),
        _ => null,
    };

    /// <summary>A plain YAML 1.1 boolean as Istio's YAML reader (yaml.v2) reads it: true/yes/on/y..., false/no/off/n...; null otherwise.</summary>
    internal static bool? YamlBool(string plain) => plain switch
    {
        "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "y" or "Y" => true,
        "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF" or "n" or "N" => false,
        _ => null,
    };

    private static bool IsNumber(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string WireName<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var member = typeof(TEnum).GetField(name);
        return member?.GetCustomAttributes(typeof(WireNameAttribute), false) is [WireNameAttribute a, ..] ? a.Name : name;
    }
}
