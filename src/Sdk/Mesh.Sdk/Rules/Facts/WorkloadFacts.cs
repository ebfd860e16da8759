using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Batch.V1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Kubernetes.Policy.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Workloads;
using MeshProxyConfig = Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig;

namespace Mesh.Sdk.Rules.Facts;

/// <summary>
/// The facts of one pod-running workload <c>W</c> with pod template <c>T</c> (domain.md Part A terms):
/// whether it is injected and with native sidecars, its effective ProxyConfig, its termination budget,
/// the Services, HPAs and PDBs that refer to it. Computed once per build (<see cref="RuleContextFacts.Workloads"/>).
/// </summary>
internal sealed partial class WorkloadFacts
{
    /// <summary>The name of the sidecar container Istio injects (and that users may override).</summary>
    public const string ProxyContainerName = "istio-proxy";

    /// <summary>Kubernetes' default <c>terminationGracePeriodSeconds</c> (K1).</summary>
    public static readonly Duration DefaultGrace = Duration.FromSeconds(30);

    /// <summary>Istio's default <c>terminationDrainDuration</c> (I5 mesh.go).</summary>
    public static readonly Duration DefaultTerminationDrain = Duration.FromSeconds(5);

    /// <summary>Istio's default <c>drainDuration</c> (I5 mesh.go).</summary>
    public static readonly Duration DefaultDrain = Duration.FromSeconds(45);

    /// <summary>The agent's default <c>MINIMUM_DRAIN_DURATION</c> (I3).</summary>
    public static readonly Duration DefaultMinimumDrain = Duration.FromSeconds(5);

    private readonly MeshFacts _mesh;
    private IReadOnlyList<Service>? _services;
    private IReadOnlyList<HorizontalPodAutoscaler>? _autoscalers;
    private IReadOnlyList<PodDisruptionBudget>? _budgets;

    private WorkloadFacts(MeshFacts mesh, KubernetesObject owner, PodTemplateSpec? template, ModelObject metadata,
        IDictionary<string, string> labels, IDictionary<string, string> annotations, PodSpec podSpec)
    {
        _mesh = mesh;
        Owner = owner;
        Template = template;
        Metadata = metadata;
        Labels = labels;
        Annotations = annotations;
        PodSpec = podSpec;
    }

    /// <summary>The workload object (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod...).</summary>
    public KubernetesObject Owner { get; }

    /// <summary>The pod template; null for a bare Pod.</summary>
    public PodTemplateSpec? Template { get; }

    /// <summary>The pods' metadata object: the template's <see cref="TemplateMetadata"/>, or a Pod's <see cref="ObjectMeta"/>.</summary>
    public ModelObject Metadata { get; }

    /// <summary>The pods' labels.</summary>
    public IDictionary<string, string> Labels { get; }

    /// <summary>The pods' annotations.</summary>
    public IDictionary<string, string> Annotations { get; }

    /// <summary>The pods' spec.</summary>
    public PodSpec PodSpec { get; }

    /// <summary>The workload's namespace (null when left to the tool that applies the manifests).</summary>
    public string? Namespace => Owner.Metadata?.Namespace;

    /// <summary>True for Job and CronJob (pods that are meant to complete).</summary>
    public bool IsJob => Owner is Job or CronJob;

    /// <summary>The app containers: <c>spec.containers</c> except a user-written <c>istio-proxy</c>.</summary>
    public IReadOnlyList<Container> AppContainers { get; private set; } = [];

    /// <summary>
    /// The main app container: the one a <see cref="MeshedService"/> declared, else the first app container;
    /// null when the pod has only an <c>istio-proxy</c> container.
    /// </summary>
    public Container? MainContainer { get; private set; }

    /// <summary>A user-written <c>istio-proxy</c> container or init container (re-applied over the injected one, I4).</summary>
    public Container? UserProxyContainer { get; private set; }

    /// <summary><c>injected(W)</c>: the pods get an Istio sidecar (domain.md Part A).</summary>
    public bool Injected { get; private set; }

    /// <summary>Why <see cref="Injected"/> is what it is (e.g. "namespace shop has istio-injection=enabled").</summary>
    public string InjectionReason { get; private set; } = "";

    /// <summary><c>native(W)</c>: the sidecar runs as a Kubernetes native sidecar (restartable init container).</summary>
    public bool Native { get; private set; }

    /// <summary>
    /// Why <see cref="Native"/> is what it is, for messages: "sidecar.istio.io/nativeSidecar: true" or
    /// "ENABLE_NATIVE_SIDECARS=auto with target Kubernetes 1.35 (default)".
    /// </summary>
    public string NativeReason { get; private set; } = "";

    /// <summary>The typed <c>proxy.istio.io/config</c> when set through <c>SetProxyConfig</c> (and unchanged since).</summary>
    public MeshProxyConfig? AnnotationProxyConfig { get; private set; }

    /// <summary>The <c>proxy.istio.io/config</c> text as read (null when the annotation is absent).</summary>
    public ProxyConfigText? AnnotationText { get; private set; }

    /// <summary><c>pc(W)</c>: the effective ProxyConfig (mesh defaults, TSB overlays, then the pod annotation, field by field).</summary>
    public ProxySettings Proxy { get; private set; } = ProxySettings.Empty;

    /// <summary>The pod annotation's own settings (what this workload sets explicitly).</summary>
    public ProxySettings PodProxy { get; private set; } = ProxySettings.Empty;

    /// <summary>The ProxyConfig resource that applies to the pods (workload selector, namespace, then root namespace), or null.</summary>
    public Istio.Networking.V1Beta1.ProxyConfig? ProxyConfigResource { get; private set; }

    /// <summary><c>grace(T)</c> = <c>terminationGracePeriodSeconds ?? 30</c>.</summary>
    public Duration Grace => PodSpec.TerminationGracePeriodSeconds is { } s ? Duration.FromSeconds(s) : DefaultGrace;

    /// <summary><c>tdd</c> = <c>pc.terminationDrainDuration ?? 5s</c>.</summary>
    public Duration TerminationDrain => Proxy.TerminationDrainDuration?.Value ?? DefaultTerminationDrain;

    /// <summary><c>dd</c> = <c>pc.drainDuration ?? 45s</c>.</summary>
    public Duration Drain => Proxy.DrainDuration?.Value ?? DefaultDrain;

    /// <summary>The <c>EXIT_ON_ZERO_ACTIVE_CONNECTIONS</c> setting in force (ProxyConfig resource first, then pc.proxyMetadata).</summary>
    public ProxySetting<bool>? ExitOnZeroSetting { get; private set; }

    /// <summary><c>exitZero</c>.</summary>
    public bool ExitOnZero => ExitOnZeroSetting?.Value == true;

    /// <summary>The <c>MINIMUM_DRAIN_DURATION</c> setting in force, or null.</summary>
    public ProxySetting<Duration>? MinimumDrainSetting { get; private set; }

    /// <summary><c>minDrain</c> = <c>MINIMUM_DRAIN_DURATION ?? 5s</c>.</summary>
    public Duration MinimumDrain => MinimumDrainSetting?.Value ?? DefaultMinimumDrain;

    /// <summary>Hold in force for this pod: <c>pc.holdApplicationUntilProxyStarts</c>, else the deprecated values flag.</summary>
    public bool Hold { get; private set; }

    /// <summary>The proxy image type: <c>sidecar.istio.io/proxyImageType</c>, the ProxyConfig resource, then <c>pc.image.imageType</c>.</summary>
    public string? ProxyImageType { get; private set; }

    /// <summary><c>appShutdown(app)</c>: the shutdown budget a <see cref="MeshedService"/> declared; null for hand-written workloads.</summary>
    public Duration? AppShutdown { get; private set; }

    /// <summary>Whether the app declared that it calls the network while starting; null when not declared.</summary>
    public bool? NeedsNetworkAtStart { get; private set; }

    /// <summary><c>isGateway(W)</c>: injection template <c>gateway</c>, label <c>istio: *gateway</c>, or a Gateway API gateway's pods.</summary>
    public bool IsGateway { get; private set; }

    /// <summary>Services in the same namespace whose (non-empty) selector is a subset of the pod labels (found on first use).</summary>
    public IReadOnlyList<Service> Services => _services ??= _mesh.References.Services(Namespace, Labels);

    /// <summary>HPAs in the same namespace whose <c>scaleTargetRef</c> names this workload (kind and name) (found on first use).</summary>
    public IReadOnlyList<HorizontalPodAutoscaler> Autoscalers => _autoscalers ??= _mesh.References.Autoscalers(Namespace, Owner);

    /// <summary>PDBs in the same namespace whose selector matches the pod labels (found on first use).</summary>
    public IReadOnlyList<PodDisruptionBudget> DisruptionBudgets => _budgets ??= _mesh.References.DisruptionBudgets(Namespace, Labels);

    /// <summary>"Deployment shop/web": argument {0} of every message.</summary>
    public override string ToString() => RuleContext.Describe(Owner);

    /// <summary>
    /// <c>preStopDelay(c)</c>: <c>lifecycle.preStop.sleep.seconds</c>, or N of an exec <c>sleep N</c>
    /// (also <c>sh -c "sleep N; ..."</c>); zero when the container has no such hook.
    /// </summary>
    public static Duration PreStopDelay(Container container)
    {
        ArgumentNullException.ThrowIfNull(container);
        var preStop = container.Lifecycle?.PreStop;
        if (preStop?.Sleep is { } sleep) return Duration.FromSeconds(Math.Max(0, sleep.Seconds));
        if (preStop?.Exec?.Command is { Count: > 0 } command) return ExecSleep(command) ?? default;
        return default;
    }

    /// <summary>True when the container's preStop delays its stop (a sleep action or an exec sleep).</summary>
    public static bool HasPreStopDelay(Container container)
    {
        ArgumentNullException.ThrowIfNull(container);
        var preStop = container.Lifecycle?.PreStop;
        return preStop?.Sleep is not null || (preStop?.Exec?.Command is { Count: > 0 } c && ExecSleep(c) is not null);
    }

    /// <summary>The sleep of an exec command: <c>["sleep","N"]</c>, <c>["/bin/sh","-c","sleep N; ..."]</c>; null otherwise.</summary>
    internal static Duration? ExecSleep(IList<string> command)
    {
        var program = Path.GetFileName(command[0] ?? "");
        if (program == "sleep") return command.Count > 1 ? SleepArgument(command[1]) : null;
        if (program is "sh" or "bash" or "ash" or "dash" or "busybox" && command.Count >= 3)
        {
            var c = command.IndexOf("-c");
            if (c < 0 || c + 1 >= command.Count) return null;
            var m = ShellSleep().Match(command[c + 1] ?? "");
            return m.Success ? SleepArgument(m.Groups[1].Value) : null;
        }
        return null;
    }

    /// <summary>An argument of coreutils <c>sleep</c>: a number with an optional s/m/h/d suffix.</summary>
    private static Duration? SleepArgument(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var unit = text[^1] switch { 's' => 1, 'm' => 60, 'h' => 3600, 'd' => 86400, _ => 0 };
        var number = unit == 0 ? text : text[..^1];
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
        return TimeSpan.FromSeconds(value * (unit == 0 ? 1 : unit));
    }

    [GeneratedRegex(@"(?:^|[;&|(]\s*|\s)sleep\s+([0-9]+(?:\.[0-9]+)?[smhd]?)(?=$|[\s;&|)])")]
    private static partial Regex ShellSleep();

    /// <summary>Facts of <paramref name="owner"/>, or null when it has no pod spec yet (half-built objects never throw).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static WorkloadFacts? TryCreate(KubernetesObject owner, MeshFacts mesh, RuleContext context)
    {
        WorkloadFacts facts;
        if (owner is Pod pod)
        {
            if (pod.Spec is null || pod.Metadata is null) return null;
            facts = new(mesh, owner, null, pod.Metadata, pod.Metadata.Labels, pod.Metadata.Annotations, pod.Spec);
        }
        else if (owner is IPodTemplateOwner templated)
        {
            PodTemplateSpec? template;
            try
            {
                template = templated.Template;
            }
            catch (NullReferenceException)
            {
                return null; // e.g. a CronJob without its job template
            }
            if (template?.Spec is null || template.Metadata is null) return null;
            facts = new(mesh, owner, template, template.Metadata, template.Metadata.Labels, template.Metadata.Annotations, template.Spec);
        }
        else
        {
            return null;
        }
        if (facts.PodSpec.Containers is null || facts.PodSpec.InitContainers is null || facts.Labels is null || facts.Annotations is null) return null;
        facts.Compute(mesh, context);
        return facts;
    }

    // The facts of every workload are computed in one go, 10,000 times at 10,000 apps, in a process that lives a
    // second: these methods are compiled optimized at once (no tier-0 code, no on-stack replacement).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Compute(MeshFacts mesh, RuleContext context)
    {
        var intent = Template is null ? null : WorkloadIntent.Get(Template);
        AppShutdown = intent?.AppShutdown;
        NeedsNetworkAtStart = intent?.NeedsNetworkAtStart;

        AppContainers = AppContainersOf(PodSpec.Containers);
        if (intent is not null)
        {
            foreach (var c in AppContainers)
            {
                if (c.Name == intent.AppContainer)
                {
                    MainContainer = c;
                    break;
                }
            }
        }
        MainContainer ??= AppContainers.Count > 0 ? AppContainers[0] : null;
        UserProxyContainer = ProxyContainerOf(PodSpec.Containers) ?? ProxyContainerOf(PodSpec.InitContainers);

        ComputeInjection(mesh);
        ComputeNative(mesh, context);
        ComputeProxy(mesh);
        ComputeGateway();
    }

    /// <summary>The containers except nulls and <c>istio-proxy</c>: the list itself when it has none of those (most pods).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static IReadOnlyList<Container> AppContainersOf(IList<Container>? containers)
    {
        if (containers is null || containers.Count == 0) return [];
        var all = true;
        foreach (var c in containers)
        {
            if (c is null || c.Name == ProxyContainerName)
            {
                all = false;
                break;
            }
        }
        if (all && containers is IReadOnlyList<Container> same) return same;
        var apps = new List<Container>(containers.Count);
        foreach (var c in containers)
        {
            if (c is not null && c.Name != ProxyContainerName) apps.Add(c);
        }
        return apps;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Container? ProxyContainerOf(IList<Container>? containers)
    {
        if (containers is null) return null;
        foreach (var c in containers)
        {
            if (c?.Name == ProxyContainerName) return c;
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ComputeInjection(MeshFacts mesh)
    {
        if (PodSpec.HostNetwork == true)
        {
            Injected = false;
            InjectionReason = "hostNetwork pods are never injected";
            return;
        }
        // The label wins over the deprecated annotation; "false" always opts out (I4 injectRequired).
        var explicitValue = Labels.TryGetValue(IstioLabels.SidecarInject, out var label) ? label
            : Annotations.TryGetValue(IstioLabels.SidecarInject, out var annotation) ? annotation : null;
        if (explicitValue is not null && ProxyConfigFalse(explicitValue))
        {
            Injected = false;
            InjectionReason = "sidecar.istio.io/inject is \"false\"";
            return;
        }
        if (label == "true")
        {
            Injected = true;
            InjectionReason = "label sidecar.istio.io/inject: \"true\"";
            return;
        }
        Injected = mesh.IsInjectedNamespace(Namespace, out var reason);
        InjectionReason = Injected ? reason : "neither the namespace nor the pod template is labelled for injection";

        static bool ProxyConfigFalse(string v) => MeshProxyConfig.ParseGoBool(v) == false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ComputeNative(MeshFacts mesh, RuleContext context)
    {
        if (Annotations.TryGetValue(IstioAnnotations.NativeSidecar, out var text) && MeshProxyConfig.ParseGoBool(text) is { } annotated)
        {
            if (context.Targets.Istio >= MeshFacts.NativeAnnotationIstio)
            {
                Native = annotated;
                NativeReason = annotated ? "sidecar.istio.io/nativeSidecar: true" : "sidecar.istio.io/nativeSidecar: false";
                return;
            }
            Native = mesh.NativeByDefault(out var fallback);
            NativeReason = $"{fallback}; sidecar.istio.io/nativeSidecar is ignored before Istio 1.24 ({context.IstioAssumption})";
            return;
        }
        Native = mesh.NativeByDefault(out var reason);
        NativeReason = reason;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ComputeProxy(MeshFacts mesh)
    {
        if (Annotations.TryGetValue(IstioAnnotations.ProxyConfig, out var text))
        {
            // GetProxyConfig reads the same annotation: without it there is no typed ProxyConfig either.
            AnnotationProxyConfig = Metadata switch
            {
                TemplateMetadata t => t.GetProxyConfig(),
                ObjectMeta o => o.GetProxyConfig(),
                _ => null,
            };
            if (text is not null) AnnotationText = mesh.ParseProxyConfig(text);
        }
        PodProxy = AnnotationProxyConfig is { } typed ? ProxySettings.From(typed, ProxySettingSource.PodAnnotation)
            : AnnotationText is { } raw ? ProxySettings.From(raw, Metadata)
            : ProxySettings.Empty;
        Proxy = mesh.MeshDefaults.With(PodProxy);

        ProxyConfigResource = FindProxyConfigResource(mesh);
        ExitOnZeroSetting = Proxy.ExitOnZeroActiveConnections;
        MinimumDrainSetting = Proxy.MinimumDrainDuration;
        if (ProxyConfigResource?.Spec is { } spec)
        {
            var env = spec.EnvironmentVariables;
            if (env.TryGetValue(Istio.Mesh.V1Alpha1.ProxyMetadataKeys.ExitOnZeroActiveConnections, out var ez) && MeshProxyConfig.ParseGoBool(ez) is { } b)
                ExitOnZeroSetting = new(b, ProxySettingSource.ProxyConfigResource, spec);
            if (env.TryGetValue(Istio.Mesh.V1Alpha1.ProxyMetadataKeys.MinimumDrainDuration, out var md) && Duration.TryParse(md, out var d))
                MinimumDrainSetting = new(d, ProxySettingSource.ProxyConfigResource, spec);
        }

#pragma warning disable CS0618 // the deprecated values flag still takes effect when the ProxyConfig field is unset
        Hold = Proxy.HoldApplicationUntilProxyStarts?.Value ?? mesh.GlobalProxy?.HoldApplicationUntilProxyStarts ?? false;
#pragma warning restore CS0618

        ProxyImageType = Annotations.TryGetValue(IstioAnnotations.ProxyImageType, out var imageType) ? imageType
            : ProxyConfigResource?.Spec?.Image?.ImageType ?? Proxy.ImageType?.Value;
    }

    private Istio.Networking.V1Beta1.ProxyConfig? FindProxyConfigResource(MeshFacts mesh)
    {
        Istio.Networking.V1Beta1.ProxyConfig? ns = null, root = null;
        foreach (var r in mesh.ProxyConfigResources)
        {
            if (r.Spec is null) continue;
            var rns = r.Metadata?.Namespace;
            var selector = r.Spec.Selector?.MatchLabels;
            if (rns == Namespace && selector is { Count: > 0 })
            {
                if (WorkloadReferences.IsSubset(selector, Labels)) return r;
            }
            else if (selector is null or { Count: 0 })
            {
                if (rns == Namespace) ns ??= r;
                else if (rns == mesh.RootNamespace) root ??= r;
            }
        }
        return ns ?? root;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ComputeGateway()
    {
        IsGateway =
            (Annotations.TryGetValue(IstioAnnotations.InjectTemplates, out var templates)
                && templates.Split(',').Any(t => t.Trim() == "gateway"))
            || (Labels.TryGetValue(IstioLabels.Istio, out var istio) && istio.EndsWith("gateway", StringComparison.Ordinal))
            || Labels.ContainsKey("gateway.networking.k8s.io/gateway-name");
    }
}
