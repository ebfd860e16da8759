using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Networking.V1;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Policy.V1;
using Mesh.Sdk.Model;
using MeshProxyConfig = Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig;

namespace Mesh.Sdk.Workloads;

internal static class MeshedServiceExpander
{
    private const string NameLabel = "app.kubernetes.io/name";

    private static readonly Version SleepAction = new(1, 30);           // KEP-3960 beta, on by default
    private static readonly Version SidecarContainers = new(1, 29);     // KEP-753 beta, on by default
    private static readonly Version ContainerResourceMetric = new(1, 27); // KEP-1610 beta
    private static readonly Version UnhealthyEviction = new(1, 27);     // KEP-3017 beta
    private static readonly Version NativeSidecarAnnotation = new(1, 24); // Istio release note native-sidecar-annotation
    private static readonly Version WarmupBlock = new(1, 24);           // Istio warmup{duration,...}

    public static MeshedServiceObjects Expand(MeshedService s, TargetVersions t)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(t);
        var decisions = new List<WorkloadDecision>();
        void Decide(string setting, string value, string reason) => decisions.Add(new(setting, value, reason));
        var versions = $"Kubernetes {t.Kubernetes.ToString(2)}, Istio {t.Istio.ToString(2)}{(t.IsDefault ? " (defaults: no MeshKubernetesVersion/MeshIstioVersion set)" : "")}";

        var labels = new Dictionary<string, string>(s.Labels, StringComparer.Ordinal) { [NameLabel] = s.Name };
        var selector = new Dictionary<string, string>(StringComparer.Ordinal) { [NameLabel] = s.Name };

        // Sidecar mode.
        var mode = s.Sidecar;
        if (mode == SidecarMode.Auto)
        {
            mode = t.Kubernetes >= SidecarContainers && t.Istio >= NativeSidecarAnnotation ? SidecarMode.Native : SidecarMode.Legacy;
            Decide("sidecar", mode.ToString(), mode == SidecarMode.Native
                ? $"{versions}: Kubernetes native sidecars (≥ 1.29) and Istio's per-pod nativeSidecar annotation (≥ 1.24) are available; the sidecar starts before and stops after the app"
                : $"{versions}: native sidecars need Kubernetes ≥ 1.29 and Istio ≥ 1.24; the legacy sidecar is drained with EXIT_ON_ZERO_ACTIVE_CONNECTIONS");
        }

        // preStop and grace period.
        var preStopSeconds = CeilSeconds(s.PreStopDelay);
        LifecycleHandler preStop = t.Kubernetes >= SleepAction
            ? new() { Sleep = new() { Seconds = preStopSeconds } }
            : new() { Exec = new() { Command = ["sleep", preStopSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)] } };
        Decide("preStop", preStop.Sleep is not null ? $"sleep {preStopSeconds}s" : $"exec sleep {preStopSeconds}",
            "keep serving while endpoints are removed from kube-proxy and every sidecar (EDS pushes are debounced up to 10 s)" +
            (preStop.Sleep is null ? $"; the sleep action needs Kubernetes ≥ 1.30 ({versions}), so the image needs a sleep binary" : ""));
        var grace = CeilSeconds(s.PreStopDelay + s.AppShutdown) + 5;
        Decide("terminationGracePeriodSeconds", grace.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"preStop {preStopSeconds}s + app shutdown {CeilSeconds(s.AppShutdown)}s + 5s headroom: preStop counts against the grace period, then SIGKILL");

        // Pod template metadata: injection, sidecar mode, per-pod ProxyConfig.
        var templateMetadata = new Kubernetes.Meta.V1.TemplateMetadata();
        foreach (var (k, v) in labels) templateMetadata.Labels[k] = v;
        templateMetadata.InjectSidecar(mode != SidecarMode.None);
        MeshProxyConfig? proxyConfig = null;
        switch (mode)
        {
            case SidecarMode.Native:
                templateMetadata.UseNativeSidecar(true);
                if (s.NeedsNetworkAtStart)
                    Decide("start order", "native sidecar", "a native sidecar is started and ready before the app; holdApplicationUntilProxyStarts is not needed (and is ignored)");
                break;
            case SidecarMode.Legacy:
                if (t.Istio >= Rules.Facts.MeshFacts.NativeAutoDefault) // ENABLE_NATIVE_SIDECARS=auto by default (istio#56428)
                {
                    templateMetadata.UseNativeSidecar(false);
                    Decide("nativeSidecar", "\"false\"",
                        $"{versions}: from Istio 1.27 ENABLE_NATIVE_SIDECARS defaults to auto (native on Kubernetes ≥ 1.33), so a legacy sidecar must be asked for per pod");
                }
                proxyConfig = new MeshProxyConfig { ExitOnZeroActiveConnections = true, Origin = s.Origin };
                Decide("proxy drain", "EXIT_ON_ZERO_ACTIVE_CONNECTIONS=true",
                    "otherwise the agent kills Envoy after terminationDrainDuration (5s) whatever the app is doing; with it Envoy exits once connections reach zero");
                if (s.NeedsNetworkAtStart)
                {
                    proxyConfig.HoldApplicationUntilProxyStarts = true;
                    Decide("start order", "holdApplicationUntilProxyStarts: true", "the app calls the network while starting; the per-pod ProxyConfig field replaces the deprecated values.global.proxy setting");
                }
                break;
            case SidecarMode.None:
                Decide("sidecar", "none", "sidecar.istio.io/inject: \"false\"");
                break;
        }
        if (proxyConfig is not null) templateMetadata.SetProxyConfig(proxyConfig);

        // App container.
        var resources = s.Resources ?? new ResourceRequirements();
        if (s.Autoscaling is not null && !resources.Requests.ContainsKey(ResourceNames.Cpu))
        {
            resources.Requests[ResourceNames.Cpu] = Quantity.Millicores(100);
            if (!resources.Requests.ContainsKey(ResourceNames.Memory)) resources.Requests[ResourceNames.Memory] = Quantity.Mebibytes(128);
            Decide("resources.requests", "cpu 100m, memory 128Mi", "CPU utilization is undefined without a CPU request, and the HPA would take no action");
        }
        var app = new Container
        {
            Name = s.Name,
            Image = s.Image,
            Ports = [new() { Name = s.Protocol, Port = s.Port }],
            Env = [.. s.Env],
            Resources = resources.Requests.Count + resources.Limits.Count > 0 ? resources : null,
            ReadinessProbe = s.ReadinessPath is { } ready ? new() { HttpGet = new() { Path = ready, Port = s.Protocol }, PeriodSeconds = 5 } : null,
            LivenessProbe = s.LivenessPath is { } live ? new() { HttpGet = new() { Path = live, Port = s.Protocol }, PeriodSeconds = 10 } : null,
            Lifecycle = new() { PreStop = preStop },
        };

        var deployment = new Deployment
        {
            Metadata = new() { Name = s.Name, Namespace = s.Namespace, Labels = new Dictionary<string, string>(labels) },
            Spec = new()
            {
                Replicas = s.Autoscaling is null ? s.Replicas : null,
                Selector = new() { MatchLabels = new Dictionary<string, string>(selector) },
                Strategy = new() { Type = DeploymentStrategyType.RollingUpdate, RollingUpdate = new() { MaxSurge = "25%", MaxUnavailable = 0 } },
                Template = new()
                {
                    Metadata = templateMetadata,
                    Spec = new() { TerminationGracePeriodSeconds = grace, Containers = [app] },
                },
            },
        };
        WorkloadIntent.Set(deployment.Spec.Template, new WorkloadIntent(s.AppShutdown, s.NeedsNetworkAtStart, app.Name));
        Decide("strategy", "RollingUpdate maxSurge 25%, maxUnavailable 0", "capacity never drops during a rollout");

        var service = new Service
        {
            Metadata = new() { Name = s.Name, Namespace = s.Namespace, Labels = new Dictionary<string, string>(labels) },
            Spec = new()
            {
                Selector = new Dictionary<string, string>(selector),
                Ports = [new() { Name = s.Protocol, Port = s.ServicePort, TargetPort = s.Protocol, AppProtocol = s.Protocol }],
            },
        };

        HorizontalPodAutoscaler? hpa = null;
        if (s.Autoscaling is { } scaling)
        {
            var containerMetric = t.Kubernetes >= ContainerResourceMetric;
            var target = new MetricTarget { Type = MetricTargetType.Utilization, AverageUtilization = scaling.CpuUtilization };
            hpa = new HorizontalPodAutoscaler
            {
                Metadata = new() { Name = s.Name, Namespace = s.Namespace, Labels = new Dictionary<string, string>(labels) },
                Spec = new()
                {
                    ScaleTargetRef = new() { ApiVersion = Deployment.ApiVersionValue, Kind = Deployment.KindValue, Name = s.Name },
                    MinReplicas = scaling.MinReplicas,
                    MaxReplicas = scaling.MaxReplicas,
                    Metrics =
                    [
                        containerMetric
                            ? new() { Type = MetricSourceType.ContainerResource, ContainerResource = new() { Name = ResourceNames.Cpu, Container = s.Name, Target = target } }
                            : new() { Type = MetricSourceType.Resource, Resource = new() { Name = ResourceNames.Cpu, Target = target } },
                    ],
                },
            };
            Decide("hpa metric", containerMetric ? "ContainerResource cpu of the app container" : "Resource cpu",
                containerMetric
                    ? "Resource utilization averages every container, sidecar included; ContainerResource isolates the app"
                    : $"ContainerResource needs Kubernetes ≥ 1.27 ({versions}); the sidecar's CPU skews this metric");
        }

        PodDisruptionBudget? pdb = null;
        if (s.DisruptionBudget)
        {
            pdb = new PodDisruptionBudget
            {
                Metadata = new() { Name = s.Name, Namespace = s.Namespace, Labels = new Dictionary<string, string>(labels) },
                Spec = new()
                {
                    Selector = new() { MatchLabels = new Dictionary<string, string>(selector) },
                    MaxUnavailable = 1,
                    UnhealthyPodEvictionPolicy = t.Kubernetes >= UnhealthyEviction ? UnhealthyPodEvictionPolicyType.AlwaysAllow : null,
                },
            };
            Decide("pdb", "maxUnavailable 1", "node drains evict one pod at a time; unhealthy pods do not block drains");
        }

        DestinationRule? destinationRule = null;
        if (s.Warmup is { } warmup)
        {
            var host = s.Namespace is null ? s.Name : $"{s.Name}.{s.Namespace}.svc.cluster.local";
            var loadBalancer = new LoadBalancerSettings { Simple = SimpleLoadBalancer.LeastRequest };
            if (t.Istio >= WarmupBlock) loadBalancer.Warmup = new() { Duration = warmup };
#pragma warning disable CS0618 // the deprecated field is the only one older Istio versions read
            else loadBalancer.WarmupDurationSecs = warmup;
#pragma warning restore CS0618
            destinationRule = new DestinationRule
            {
                Metadata = new() { Name = s.Name, Namespace = s.Namespace, Labels = new Dictionary<string, string>(labels) },
                Spec = new() { Host = host, TrafficPolicy = new() { LoadBalancer = loadBalancer } },
            };
            Decide("warmup", (t.Istio >= WarmupBlock ? "warmup.duration " : "warmupDurationSecs ") + warmup,
                "new pods get a ramp of traffic; warmup only applies to ROUND_ROBIN and LEAST_REQUEST, so LEAST_REQUEST is set explicitly");
        }

        var result = new MeshedServiceObjects(deployment, service, hpa, pdb, destinationRule, decisions);
        foreach (var obj in result) ModelGraph.AssignOrigin(obj, s.Origin);
        return result;
    }

    private static long CeilSeconds(Duration d) => (long)Math.Ceiling(d.TotalSeconds);
}
