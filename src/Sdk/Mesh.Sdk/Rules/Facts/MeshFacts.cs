using System.Runtime.CompilerServices;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;
using ProxyConfigResource = Mesh.Sdk.Istio.Networking.V1Beta1.ProxyConfig;

namespace Mesh.Sdk.Rules.Facts;

/// <summary>
/// Mesh-wide facts of one build, computed once per <see cref="RuleContext"/> (<see cref="RuleContextFacts.Facts"/>):
/// the mesh ProxyConfig defaults (IstioOperator <c>meshConfig.defaultConfig</c>, then TSB ControlPlane overlay
/// patches), the sidecar values (<c>values.global.proxy</c>), <c>ENABLE_NATIVE_SIDECARS</c> and the
/// namespaces labelled for injection.
/// </summary>
internal sealed class MeshFacts
{
    /// <summary>
    /// The Istio release whose default for <c>ENABLE_NATIVE_SIDECARS</c> became <c>auto</c>: 1.27 (istio#56428, merged for
    /// 1.27; <c>manifests/helm-profiles/compatibility-version-1.26.yaml</c> turns it off again under "1.27 behavioral changes").
    /// </summary>
    public static readonly Version NativeAutoDefault = new(1, 27);

    /// <summary><c>auto</c> turns native sidecars on when every kubelet is at least this (SidecarContainers GA, I4 DetectNativeSidecar).</summary>
    public static readonly Version NativeAutoKubernetes = new(1, 33);

    /// <summary>The Istio release that reads the per-pod <c>sidecar.istio.io/nativeSidecar</c> annotation (I11).</summary>
    public static readonly Version NativeAnnotationIstio = new(1, 24);

    private readonly RuleContext _context;
    private IReadOnlyList<WorkloadFacts>? _workloads;
    private Dictionary<ModelObject, KubernetesObject?>? _owners;
    private WorkloadReferences? _references;
    private (bool Native, string Reason)? _nativeByDefault;
    private Dictionary<string, (bool Injected, string Reason)>? _injectedNamespaces;
    private readonly Dictionary<string, ProxyConfigText> _proxyConfigTexts = new(StringComparer.Ordinal);

    public MeshFacts(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        IstioOperators = context.OfType<IstioOperator>().ToList();
        ControlPlanes = context.OfType<ControlPlane>().ToList();

        var defaults = ProxySettings.Empty;
        // The first operator that sets a field wins (several operators are revisions of one mesh).
        foreach (var op in Enumerable.Reverse(IstioOperators))
        {
            if (op.Spec?.MeshConfig?.DefaultConfig is { } dc) defaults = defaults.With(ProxySettings.From(dc, ProxySettingSource.MeshDefault));
        }
        MeshConfigPatches = ControlPlanes
            .SelectMany(cp => cp.Spec?.Components?.Istio?.KubeSpec?.Overlays ?? [])
            .Where(o => o.Kind == Tetrate.Install.V1Alpha1.KubernetesOverlay.IstioOperatorKind)
            .SelectMany(o => o.Patches)
            .Where(p => p.Path?.StartsWith(OverlayPaths.MeshDefaultConfig, StringComparison.Ordinal) == true)
            .ToList();
        MeshDefaults = defaults.With(ProxySettings.FromOverlayPatches(MeshConfigPatches));

        foreach (var op in IstioOperators)
        {
            if (GlobalProxy is null && op.Spec?.Values?.Global?.Proxy is { } proxy)
            {
                GlobalProxy = proxy;
                GlobalProxyOperator = op;
            }
            if (NativeSidecarsSetting is null && NativeSetting(op) is { } native) NativeSidecarsSetting = native;
            if (CompatibilityVersion is null && op.Spec?.CompatibilityVersion is { } compat && Version.TryParse(compat.Trim(), out var version))
                CompatibilityVersion = (compat.Trim(), version);
        }

        RootNamespace = IstioOperators.Select(o => o.Spec?.MeshConfig?.RootNamespace).FirstOrDefault(n => !string.IsNullOrEmpty(n))
            ?? IstioOperators.Select(o => o.Spec?.Namespace).FirstOrDefault(n => !string.IsNullOrEmpty(n))
            ?? "istio-system";

        var namespaces = new Dictionary<string, Namespace>(StringComparer.Ordinal);
        foreach (var ns in context.OfType<Namespace>())
        {
            if (ns.Metadata?.Name is { } name) namespaces.TryAdd(name, ns);
        }
        Namespaces = namespaces;
        ProxyConfigResources = context.OfType<ProxyConfigResource>().ToList();
    }

    /// <summary>Every IstioOperator of the build, in definition order.</summary>
    public IReadOnlyList<IstioOperator> IstioOperators { get; }

    /// <summary>Every TSB ControlPlane of the build.</summary>
    public IReadOnlyList<ControlPlane> ControlPlanes { get; }

    /// <summary>TSB ControlPlane overlay patches on <c>spec.meshConfig.defaultConfig*</c> of the Istio control plane.</summary>
    public IReadOnlyList<OverlayPatch> MeshConfigPatches { get; }

    /// <summary>The mesh-wide ProxyConfig: IstioOperator <c>meshConfig.defaultConfig</c>, with TSB overlay patches over it.</summary>
    public ProxySettings MeshDefaults { get; }

    /// <summary><c>values.global.proxy</c> of the first IstioOperator that has it (hold, lifecycle, startupProbe).</summary>
    public ProxyValues? GlobalProxy { get; }

    /// <summary>The IstioOperator <see cref="GlobalProxy"/> belongs to.</summary>
    public IstioOperator? GlobalProxyOperator { get; }

    /// <summary>
    /// <c>ENABLE_NATIVE_SIDECARS</c> as set in <c>values.pilot.env</c> (or <c>components.pilot.k8s.env</c>),
    /// with the object it was set on; null when no IstioOperator sets it.
    /// </summary>
    public (string Value, ModelObject Subject)? NativeSidecarsSetting { get; }

    /// <summary>
    /// <c>compatibilityVersion</c> of the first IstioOperator that sets one, as written and parsed; the profiles
    /// below 1.27 set <c>ENABLE_NATIVE_SIDECARS: "false"</c> (istio/istio <c>manifests/helm-profiles/compatibility-version-1.26.yaml</c>).
    /// </summary>
    public (string Text, Version Version)? CompatibilityVersion { get; }

    /// <summary>The mesh root namespace (ProxyConfig resources there apply mesh-wide); <c>istio-system</c> by default.</summary>
    public string RootNamespace { get; }

    /// <summary>Namespace objects of the build, by name.</summary>
    public IReadOnlyDictionary<string, Namespace> Namespaces { get; }

    /// <summary>Every <c>networking.istio.io/v1beta1 ProxyConfig</c> resource of the build.</summary>
    public IReadOnlyList<ProxyConfigResource> ProxyConfigResources { get; }

    /// <summary>Every pod-running workload of the build with its facts, in definition order.</summary>
    public IReadOnlyList<WorkloadFacts> Workloads => _workloads ??= CreateWorkloads();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<WorkloadFacts> CreateWorkloads()
    {
        var workloads = new List<WorkloadFacts>();
        // Whether a type runs pods, asked once per type: an interface test of every object is not free.
        var runsPods = new Dictionary<Type, bool>();
        foreach (var o in _context.Objects)
        {
            if (o is null) continue;
            var type = o.GetType();
            if (!runsPods.TryGetValue(type, out var runs)) runsPods.Add(type, runs = o is IPodTemplateOwner or Pod);
            if (runs && WorkloadFacts.TryCreate(o, this, _context) is { } facts) workloads.Add(facts);
        }
        return workloads;
    }

    /// <summary>
    /// <paramref name="text"/> read as a <c>proxy.istio.io/config</c> value, once per distinct text of the build
    /// (the result is immutable; generated workloads often share one text).
    /// </summary>
    public ProxyConfigText ParseProxyConfig(string text)
    {
        if (!_proxyConfigTexts.TryGetValue(text, out var parsed)) _proxyConfigTexts.Add(text, parsed = ProxyConfigText.Parse(text));
        return parsed;
    }

    /// <summary>The Services, HPAs and PDBs of the build, indexed for <see cref="WorkloadFacts"/>.</summary>
    internal WorkloadReferences References => _references ??= new WorkloadReferences(_context.Objects);

    /// <summary>The top-level object that holds <paramref name="subject"/> (e.g. the IstioOperator of a defaultConfig), or null.</summary>
    /// <remarks>
    /// Asked only for the few mesh-level subjects a finding names, so the objects are searched in definition order
    /// (the first that holds it wins) and each answer kept, instead of mapping every node of the build to its object.
    /// </remarks>
    public KubernetesObject? OwnerOf(ModelObject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        _owners ??= new(ReferenceEqualityComparer.Instance);
        if (_owners.TryGetValue(subject, out var known)) return known;
        KubernetesObject? owner = null;
        foreach (var obj in _context.Objects)
        {
            if (Holds(obj, subject))
            {
                owner = obj;
                break;
            }
        }
        _owners.Add(subject, owner);
        return owner;

        static bool Holds(KubernetesObject obj, ModelObject subject)
        {
            foreach (var m in ModelGraph.Walk(obj))
            {
                if (ReferenceEquals(m, subject)) return true;
            }
            return false;
        }
    }

    /// <summary>"IstioOperator istio-system/mesh" for a mesh-level subject: its owner, else <paramref name="fallback"/>.</summary>
    public string Describe(ModelObject subject, string fallback) => OwnerOf(subject) is { } owner ? RuleContext.Describe(owner) : fallback;

    /// <summary>
    /// Whether namespace <paramref name="name"/> is labelled for injection (<c>istio-injection=enabled</c> or
    /// <c>istio.io/rev</c>), with the reason; false when the namespace is not among the build's objects.
    /// </summary>
    public bool IsInjectedNamespace(string? name, out string reason)
    {
        reason = "";
        if (name is null || !Namespaces.TryGetValue(name, out var ns)) return false;
        // Asked once per workload: the answer (and its reason) is kept per namespace.
        _injectedNamespaces ??= new(StringComparer.Ordinal);
        if (!_injectedNamespaces.TryGetValue(name, out var known))
            _injectedNamespaces.Add(name, known = (ComputeInjected(name, ns, out var why), why));
        reason = known.Reason;
        return known.Injected;
    }

    private static bool ComputeInjected(string name, Namespace ns, out string reason)
    {
        reason = "";
        var labels = ns.Metadata.Labels;
        if (labels.TryGetValue(IstioLabels.IstioInjection, out var v))
        {
            if (v != "enabled") return false; // "disabled" wins over istio.io/rev (I4 webhook namespaceSelector)
            reason = $"namespace {name} has istio-injection=enabled";
            return true;
        }
        if (labels.TryGetValue(IstioLabels.IstioRev, out var rev))
        {
            reason = $"namespace {name} has istio.io/rev={rev}";
            return true;
        }
        return false;
    }

    /// <summary>
    /// Whether pods without the <c>sidecar.istio.io/nativeSidecar</c> annotation get native sidecars, and why:
    /// <c>ENABLE_NATIVE_SIDECARS</c> true/false; <c>auto</c> (the default from Istio 1.27) = target Kubernetes ≥ 1.33;
    /// before 1.27, or with an IstioOperator <c>compatibilityVersion</c> below 1.27, the default is false (I4).
    /// </summary>
    public bool NativeByDefault(out string reason)
    {
        // The same for every workload of the build: worked out (and its reason written) once.
        _nativeByDefault ??= (ComputeNativeByDefault(out var why), why);
        reason = _nativeByDefault.Value.Reason;
        return _nativeByDefault.Value.Native;
    }

    private bool ComputeNativeByDefault(out string reason)
    {
        var t = _context.Targets;
        if (NativeSidecarsSetting is { } s)
        {
            var value = s.Value.Trim();
            if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
            {
                reason = "ENABLE_NATIVE_SIDECARS=true";
                return true;
            }
            if (!string.Equals(value, "auto", StringComparison.OrdinalIgnoreCase))
            {
                reason = $"ENABLE_NATIVE_SIDECARS={value}";
                return false;
            }
            var on = t.Kubernetes >= NativeAutoKubernetes;
            reason = $"ENABLE_NATIVE_SIDECARS=auto with {_context.KubernetesAssumption}";
            return on;
        }
        if (CompatibilityVersion is { } compatibility && compatibility.Version < NativeAutoDefault && t.Istio >= NativeAutoDefault)
        {
            reason = $"compatibilityVersion {compatibility.Text} keeps ENABLE_NATIVE_SIDECARS=false ({_context.IstioAssumption})";
            return false;
        }
        if (t.Istio < NativeAutoDefault)
        {
            reason = $"ENABLE_NATIVE_SIDECARS defaults to false before Istio {NativeAutoDefault.ToString(2)} ({_context.IstioAssumption})";
            return false;
        }
        reason = $"ENABLE_NATIVE_SIDECARS=auto (the default from Istio {NativeAutoDefault.ToString(2)}) with {_context.KubernetesAssumption}";
        return t.Kubernetes >= NativeAutoKubernetes;
    }

    private static (string, ModelObject)? NativeSetting(IstioOperator op)
    {
        if (op.Spec?.Values?.Pilot is { } pilot && pilot.Env.TryGetValue(PilotEnv.EnableNativeSidecars, out var v)) return (v, pilot);
        if (op.Spec?.Components?.Pilot?.K8s is { } k8s
            && k8s.Env.FirstOrDefault(e => e.Name == PilotEnv.EnableNativeSidecars) is { Value: { } value } env) return (value, env);
        return null;
    }
}

/// <summary>The facts of a <see cref="RuleContext"/>, computed on first use and shared by every rule of the run.</summary>
internal static class RuleContextFacts
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuleContext, MeshFacts> Cache = new();

    /// <summary>The mesh-wide facts of <paramref name="context"/>.</summary>
    public static MeshFacts Facts(this RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Cache.GetValue(context, c => new MeshFacts(c));
    }

    /// <summary>Every pod-running workload (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod...) with its facts.</summary>
    public static IReadOnlyList<WorkloadFacts> Workloads(this RuleContext context) => context.Facts().Workloads;
}
