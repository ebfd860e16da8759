using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>
/// What the source shows about one pod: its PodSpec (containers, grace period, hostNetwork) and
/// the metadata of the template or Pod that holds it (labels, annotations and the fluent
/// InjectSidecar / UseNativeSidecar / SetProxyConfig calls, applied in order). Facts the source does
/// not show are null, so rules can stay silent.
/// </summary>
/// <remarks>Read once per creation and compilation and shared by the rules (<see cref="MeshSymbols"/>): treat as read-only.</remarks>
internal sealed class PodFacts
{
    public const string InjectLabel = "sidecar.istio.io/inject";
    public const string NativeSidecarAnnotation = "sidecar.istio.io/nativeSidecar";
    public const string ProxyConfigAnnotation = "proxy.istio.io/config";
    public const string ProxyImageTypeAnnotation = "sidecar.istio.io/proxyImageType";
    public const int DefaultGraceSeconds = 30;

    private PodFacts(MeshSymbols symbols, IObjectCreationOperation? spec, IObjectCreationOperation? holder)
    {
        Symbols = symbols;
        Spec = spec;
        Holder = holder;
        ReadSpec();
        ReadMetadata();
    }

    public MeshSymbols Symbols { get; }

    /// <summary>The PodSpec creation, when visible.</summary>
    public IObjectCreationOperation? Spec { get; }

    /// <summary>The PodTemplateSpec or Pod holding the spec, when visible.</summary>
    public IObjectCreationOperation? Holder { get; }

    /// <summary>Main containers whose creation is visible.</summary>
    public List<IObjectCreationOperation> Containers { get; } = [];

    /// <summary>True when every main container is a visible creation.</summary>
    public bool ContainersComplete { get; private set; }

    /// <summary>Init containers whose creation is visible.</summary>
    public List<IObjectCreationOperation> InitContainers { get; } = [];

    public bool InitContainersComplete { get; private set; }

    /// <summary><c>terminationGracePeriodSeconds</c> (30 when omitted); null when not a constant.</summary>
    public long? GraceSeconds { get; private set; }

    /// <summary>True when the grace period is written in source (not the default).</summary>
    public bool GraceExplicit { get; private set; }

    /// <summary><c>hostNetwork</c>: null when not set or not constant.</summary>
    public bool? HostNetwork { get; private set; }

    /// <summary>Labels with constant keys; a null value is not a constant.</summary>
    public Dictionary<string, string?> Labels { get; } = [];

    public bool LabelsComplete { get; private set; }

    /// <summary>Annotations with constant keys; a null value is not a constant.</summary>
    public Dictionary<string, string?> Annotations { get; } = [];

    public bool AnnotationsComplete { get; private set; }

    /// <summary>The ProxyConfig passed to the last SetProxyConfig call, when it is a visible creation.</summary>
    public IObjectCreationOperation? ProxyConfig { get; private set; }

    /// <summary>How injection is visible, e.g. "InjectSidecar(true)"; null when only by annotations.</summary>
    public string? InjectionSource { get; private set; }

    /// <summary>How the native sidecar setting is visible, e.g. "UseNativeSidecar(true)".</summary>
    public string? NativeSource { get; private set; }

    /// <summary>The pod facts around a PodSpec creation.</summary>
    public static PodFacts FromSpec(IObjectCreationOperation spec, MeshSymbols symbols) =>
        symbols.PodOfSpec(spec, s => ReadFromSpec(s, symbols));

    /// <summary>The pod facts of a PodTemplateSpec or Pod creation.</summary>
    public static PodFacts FromHolder(IObjectCreationOperation holder, MeshSymbols symbols) =>
        symbols.PodOfHolder(holder, h => ReadFromHolder(h, symbols));

    private static PodFacts ReadFromSpec(IObjectCreationOperation spec, MeshSymbols symbols)
    {
        var holder = Owner(spec, symbols, out var property, out _);
        if (property != "Spec" || !(MeshSymbols.Is(holder?.Type, symbols.PodTemplateSpec) || MeshSymbols.Is(holder?.Type, symbols.Pod))) holder = null;
        return new PodFacts(symbols, spec, holder);
    }

    private static PodFacts ReadFromHolder(IObjectCreationOperation holder, MeshSymbols symbols)
    {
        var spec = Creation(Member(holder, "Spec"), symbols);
        if (!MeshSymbols.Is(spec?.Type, symbols.PodSpec)) spec = null;
        return new PodFacts(symbols, spec, holder);
    }

    /// <summary>
    /// Whether the pod gets a sidecar: true for the label <c>sidecar.istio.io/inject: "true"</c>
    /// (InjectSidecar(true)) without hostNetwork; false for "false" or hostNetwork; null when the
    /// source does not say (namespace injection is not visible here).
    /// </summary>
    public bool? Injected
    {
        get
        {
            if (HostNetwork == true) return false;
            if (!Labels.TryGetValue(InjectLabel, out var value)) return null;
            return value switch { "true" => true, "false" => false, _ => null };
        }
    }

    /// <summary>The constant value of an annotation, or null.</summary>
    public string? Annotation(string key) => Annotations.TryGetValue(key, out var v) ? v : null;

    /// <summary>
    /// Whether the pod's sidecar runs as a Kubernetes native sidecar, with the reason in words: the
    /// <c>sidecar.istio.io/nativeSidecar</c> annotation wins (Istio ≥ 1.24); otherwise Istio's default,
    /// <c>ENABLE_NATIVE_SIDECARS=auto</c> since 1.27 (istio#56428), on only with Kubernetes ≥ 1.33 (domain.md native(W)).
    /// A mesh-wide ENABLE_NATIVE_SIDECARS is not visible here: the reason names the assumption.
    /// </summary>
    public bool Native(AnalyzerTargets targets, out string reason)
    {
        var annotation = Annotation(NativeSidecarAnnotation);
        if (annotation is "true" or "false" && targets.IstioAtLeast(1, 24))
        {
            reason = NativeSource ?? NativeSidecarAnnotation + ": \"" + annotation + "\"";
            return annotation == "true";
        }
        return NativeByDefault(targets, out reason);
    }

    /// <summary>Istio's default sidecar mode for the target versions, with the assumption in words.</summary>
    public static bool NativeByDefault(AnalyzerTargets targets, out string reason)
    {
        if (!targets.IstioAtLeast(1, 27))
        {
            reason = targets.Istio + " does not enable native sidecars by default";
            return false;
        }
        if (!targets.KubernetesAtLeast(1, 33))
        {
            reason = targets.Istio + " enables native sidecars only on Kubernetes ≥ 1.33 (" + targets.Kubernetes + ")";
            return false;
        }
        reason = targets.Istio + " enables native sidecars by default on Kubernetes ≥ 1.33 (" + targets.Kubernetes + ")";
        return true;
    }

    /// <summary>The subject text of this pod's workload.</summary>
    public string Subject(string fallback = "Pod template")
    {
        var anchor = Holder ?? Spec;
        return anchor is null ? fallback : Subjects.Of(anchor, Symbols, fallback);
    }

    /// <summary>The container's name when constant, else "?".</summary>
    public static string ContainerName(IObjectCreationOperation container) => String(Member(container, "Name")) ?? "?";

    private void ReadSpec()
    {
        if (Spec is null)
        {
            ContainersComplete = false;
            InitContainersComplete = false;
            return;
        }
        ContainersComplete = ReadContainers("Containers", Containers, absentIsComplete: false);
        InitContainersComplete = ReadContainers("InitContainers", InitContainers, absentIsComplete: true);

        var grace = Member(Spec, "TerminationGracePeriodSeconds");
        if (grace is null || IsNull(grace)) GraceSeconds = DefaultGraceSeconds;
        else
        {
            GraceSeconds = Integer(grace);
            GraceExplicit = true;
        }
        HostNetwork = Boolean(Member(Spec, "HostNetwork"));
    }

    private bool ReadContainers(string property, List<IObjectCreationOperation> into, bool absentIsComplete)
    {
        var value = Member(Spec, property);
        if (value is null) return absentIsComplete;
        var complete = true;
        var elements = Elements(value, out var listComplete);
        foreach (var element in elements)
        {
            if (Creation(element, Symbols) is { } c && MeshSymbols.Is(c.Type, Symbols.Container)) into.Add(c);
            else complete = false;
        }
        return complete && listComplete;
    }

    private void ReadMetadata()
    {
        if (Holder is null) return;
        var value = Member(Holder, "Metadata");
        if (value is null)
        {
            // PodTemplateSpec.Metadata defaults to an empty TemplateMetadata.
            LabelsComplete = AnnotationsComplete = MeshSymbols.Is(Holder.Type, Symbols.PodTemplateSpec);
            return;
        }
        var metadata = Creation(value, Symbols);
        if (metadata is null) return;
        LabelsComplete = Read(Member(metadata, "Labels"), Labels);
        AnnotationsComplete = Read(Member(metadata, "Annotations"), Annotations);

        foreach (var call in MetadataCalls(value, Symbols))
        {
            var argument = call.Arguments.Length > 1 ? call.Arguments[1].Value : null;
            switch (call.TargetMethod.Name)
            {
                case "InjectSidecar":
                    Labels[InjectLabel] = Flag(argument);
                    InjectionSource = "InjectSidecar(" + (Flag(argument) ?? "...") + ")";
                    break;
                case "UseNativeSidecar":
                    Annotations[NativeSidecarAnnotation] = Flag(argument);
                    NativeSource = "UseNativeSidecar(" + (Flag(argument) ?? "...") + ")";
                    break;
                case "SetProxyConfig":
                    Annotations[ProxyConfigAnnotation] = null;
                    var config = Creation(argument, Symbols);
                    ProxyConfig = MeshSymbols.Is(config?.Type, Symbols.ProxyConfig) ? config : null;
                    break;
                case "SetProxyResources":
                    AnnotationsComplete = false;
                    break;
            }
        }
        if (Labels.TryGetValue(InjectLabel, out var inject) && InjectionSource is null)
            InjectionSource = InjectLabel + ": \"" + inject + "\"";

        static string? Flag(IOperation? value) => Boolean(value) is { } b ? (b ? "true" : "false") : null;
    }

    private static bool Read(IOperation? value, Dictionary<string, string?> into)
    {
        if (value is null) return true;
        var entries = Entries(value, out var complete);
        foreach (var entry in entries) into[entry.Key] = String(entry.Value);
        return complete;
    }

    internal static string Seconds(long seconds) => seconds.ToString(CultureInfo.InvariantCulture);
}
