using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Kubernetes.Policy.V1;
using Mesh.Sdk.Rules.Facts;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;
using Mesh.Sdk.Workloads;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;
using MeshProxyConfig = Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig;
using ProxyConfigResource = Mesh.Sdk.Istio.Networking.V1Beta1.ProxyConfig;

namespace Mesh.Sdk.Tests.Rules.Facts;

/// <summary>The Part A terms (injected, native, pc, grace, preStopDelay...) computed from model objects.</summary>
public sealed class WorkloadFactsTests
{
    private static IstioOperator Operator(MeshProxyConfig? defaults = null, string? nativeSidecars = null) => new()
    {
        Metadata = new() { Name = "mesh", Namespace = "istio-system" },
        Spec = new()
        {
            MeshConfig = defaults is null ? null : new() { DefaultConfig = defaults },
            Values = nativeSidecars is null ? null : new() { Pilot = new() { Env = { [PilotEnv.EnableNativeSidecars] = nativeSidecars } } },
        },
    };

    // Injection (I4 injectRequired)

    [Test]
    public void A_pod_in_a_namespace_labelled_istio_injection_enabled_is_injected()
    {
        var w = Workload(InjectedNamespace(), Deployment(App()));
        Assert.That(w.Injected, Is.True);
        Assert.That(w.InjectionReason, Does.Contain("istio-injection=enabled"));
    }

    [Test]
    public void A_pod_in_a_namespace_with_a_revision_label_is_injected()
    {
        var ns = new Namespace { Metadata = new() { Name = "shop", Labels = { [IstioLabels.IstioRev] = "canary" } } };
        Assert.That(Workload(ns, Deployment(App())).Injected, Is.True);
    }

    [Test]
    public void A_pod_whose_namespace_is_not_among_the_objects_is_not_injected()
    {
        Assert.That(Workload(Deployment(App())).Injected, Is.False);
    }

    [Test]
    public void The_template_label_opts_a_pod_in_without_a_namespace_label()
    {
        Assert.That(Workload(Deployment(App(), new TemplateMetadata().InjectSidecar(true))).Injected, Is.True);
    }

    [Test]
    public void The_template_label_false_opts_a_pod_out_of_an_injected_namespace()
    {
        Assert.That(Workload(InjectedNamespace(), Deployment(App(), new TemplateMetadata().InjectSidecar(false))).Injected, Is.False);
    }

    [Test]
    public void The_deprecated_annotation_true_alone_does_not_opt_a_pod_in()
    {
        var metadata = new TemplateMetadata { Annotations = { ["sidecar.istio.io/inject"] = "true" } };
        Assert.That(Workload(Deployment(App(), metadata)).Injected, Is.False);
    }

    [Test]
    public void The_deprecated_annotation_false_opts_a_pod_out_of_an_injected_namespace()
    {
        var metadata = new TemplateMetadata { Annotations = { ["sidecar.istio.io/inject"] = "false" } };
        Assert.That(Workload(InjectedNamespace(), Deployment(App(), metadata)).Injected, Is.False);
    }

    [Test]
    public void A_host_network_pod_is_never_injected()
    {
        var d = Deployment(App(), new TemplateMetadata().InjectSidecar(true));
        d.Spec.Template.Spec.HostNetwork = true;
        Assert.That(Workload(d).Injected, Is.False);
    }

    // Native sidecars (I4 DetectNativeSidecar, I11)

    [Test]
    public void At_the_default_targets_auto_gives_native_sidecars_and_says_why()
    {
        var w = Workload(Deployment(App()));
        Assert.That(w.Native, Is.True);
        Assert.That(w.NativeReason, Is.EqualTo("ENABLE_NATIVE_SIDECARS=auto (the default from Istio 1.27) with target Kubernetes 1.35 (default)"));
    }

    [Test]
    public void Auto_gives_legacy_sidecars_below_Kubernetes_1_33()
    {
        Assert.That(Workload(Targets("1.32", "1.30"), Deployment(App())).Native, Is.False);
    }

    [Test]
    public void Before_Istio_1_27_the_default_is_legacy_sidecars()
    {
        var w = Workload(Targets("1.35", "1.26"), Deployment(App()));
        Assert.That(w.Native, Is.False);
        Assert.That(w.NativeReason, Is.EqualTo("ENABLE_NATIVE_SIDECARS defaults to false before Istio 1.27 (target Istio 1.26)"));
    }

    [Test]
    public void From_Istio_1_27_auto_is_the_default()
    {
        // istio#56428 shipped in 1.27: compatibility-version-1.26.yaml turns it off under "1.27 behavioral changes".
        var w = Workload(Targets("1.33", "1.27"), Deployment(App()));
        Assert.That(w.Native, Is.True);
        Assert.That(w.NativeReason, Is.EqualTo("ENABLE_NATIVE_SIDECARS=auto (the default from Istio 1.27) with target Kubernetes 1.33"));
    }

    [TestCase("1.26", false)]
    [TestCase("1.24", false)]
    [TestCase("1.27", true)]
    public void A_compatibilityVersion_below_1_27_keeps_native_sidecars_off(string compatibilityVersion, bool native)
    {
        var op = Operator();
        op.Spec.CompatibilityVersion = compatibilityVersion;
        var w = Workload(op, Deployment(App()));
        Assert.That(w.Native, Is.EqualTo(native));
        if (!native) Assert.That(w.NativeReason, Is.EqualTo($"compatibilityVersion {compatibilityVersion} keeps ENABLE_NATIVE_SIDECARS=false (target Istio 1.30 (default))"));
    }

    [Test]
    public void ENABLE_NATIVE_SIDECARS_wins_over_a_compatibilityVersion()
    {
        var op = Operator(nativeSidecars: "true");
        op.Spec.CompatibilityVersion = "1.26";
        Assert.That(Workload(op, Deployment(App())).Native, Is.True);
    }

    [Test]
    public void ENABLE_NATIVE_SIDECARS_true_turns_native_sidecars_on_for_old_targets()
    {
        var w = Workload(Targets("1.30", "1.22"), Operator(nativeSidecars: "true"), Deployment(App()));
        Assert.That(w.Native, Is.True);
        Assert.That(w.NativeReason, Is.EqualTo("ENABLE_NATIVE_SIDECARS=true"));
    }

    [Test]
    public void ENABLE_NATIVE_SIDECARS_false_turns_native_sidecars_off_at_current_targets()
    {
        Assert.That(Workload(Operator(nativeSidecars: "false"), Deployment(App())).Native, Is.False);
    }

    [Test]
    public void The_pod_annotation_wins_over_the_mesh_setting()
    {
        var w = Workload(Operator(nativeSidecars: "false"), Deployment(App(), new TemplateMetadata().UseNativeSidecar(true)));
        Assert.That(w.Native, Is.True);
        Assert.That(w.NativeReason, Is.EqualTo("sidecar.istio.io/nativeSidecar: true"));
    }

    [Test]
    public void The_pod_annotation_is_ignored_before_Istio_1_24()
    {
        var w = Workload(Targets("1.30", "1.23"), Deployment(App(), new TemplateMetadata().UseNativeSidecar(true)));
        Assert.That(w.Native, Is.False);
        Assert.That(w.NativeReason, Does.Contain("ignored before Istio 1.24"));
    }

    // Effective ProxyConfig (P1: field-by-field replacement)

    [Test]
    public void Without_any_setting_the_Istio_and_Kubernetes_defaults_apply()
    {
        var w = Workload(Deployment(App()));
        Assert.That((w.Grace, w.TerminationDrain, w.Drain, w.MinimumDrain, w.ExitOnZero, w.Hold),
            Is.EqualTo((Duration.FromSeconds(30), Duration.FromSeconds(5), Duration.FromSeconds(45), Duration.FromSeconds(5), false, false)));
    }

    [Test]
    public void The_pod_annotation_replaces_mesh_defaults_field_by_field()
    {
        var meshDefaults = new MeshProxyConfig { TerminationDrainDuration = Duration.FromSeconds(20), DrainDuration = Duration.FromSeconds(30) };
        var podConfig = new MeshProxyConfig { DrainDuration = Duration.FromSeconds(10) };
        var w = Workload(Operator(meshDefaults), Deployment(App(), new TemplateMetadata().SetProxyConfig(podConfig)));

        Assert.That(w.TerminationDrain, Is.EqualTo(Duration.FromSeconds(20)));
        Assert.That(w.Proxy.TerminationDrainDuration!.Subject, Is.SameAs(meshDefaults));
        Assert.That(w.Drain, Is.EqualTo(Duration.FromSeconds(10)));
        Assert.That(w.Proxy.DrainDuration!.Source, Is.EqualTo(ProxySettingSource.PodAnnotation));
        Assert.That(w.AnnotationProxyConfig, Is.SameAs(podConfig));
    }

    [Test]
    public void Proxy_metadata_is_merged_key_by_key()
    {
        var meshDefaults = new MeshProxyConfig { MinimumDrainDuration = Duration.FromSeconds(8) };
        var w = Workload(Operator(meshDefaults), Deployment(App(), new TemplateMetadata().SetProxyConfig(new() { ExitOnZeroActiveConnections = true })));
        Assert.That((w.ExitOnZero, w.MinimumDrain), Is.EqualTo((true, Duration.FromSeconds(8))));
    }

    [Test]
    public void A_hand_written_annotation_overrides_only_the_proxyMetadata_keys_it_names()
    {
        // istio/istio pkg/config/mesh/mesh.go applyProxyConfig: the annotation's proxyMetadata is merged
        // into the mesh default's key by key (mergeMap); every other field it names replaces the default.
        var meshDefaults = new MeshProxyConfig { ExitOnZeroActiveConnections = true, MinimumDrainDuration = Duration.FromSeconds(8) };
        var metadata = new TemplateMetadata
        {
            Annotations =
            {
                [IstioAnnotations.ProxyConfig] = """
                    proxyMetadata:
                      MINIMUM_DRAIN_DURATION: 12s
                    """,
            },
        };
        var w = Workload(Operator(meshDefaults), Deployment(App(), metadata));

        Assert.That((w.ExitOnZero, w.MinimumDrain), Is.EqualTo((true, Duration.FromSeconds(12))));
        Assert.That(w.ExitOnZeroSetting!.Source, Is.EqualTo(ProxySettingSource.MeshDefault));
        Assert.That(w.MinimumDrainSetting!.Subject, Is.SameAs(metadata));
    }

    [Test]
    public void A_hand_written_annotation_is_read_from_its_text_and_located_at_its_metadata()
    {
        var metadata = new TemplateMetadata
        {
            Annotations =
            {
                [IstioAnnotations.ProxyConfig] = """
                    terminationDrainDuration: 25s
                    proxyMetadata:
                      EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
                    """,
            },
        };
        var w = Workload(Deployment(App(), metadata));
        Assert.That(w.AnnotationProxyConfig, Is.Null);
        Assert.That(w.TerminationDrain, Is.EqualTo(Duration.FromSeconds(25)));
        Assert.That(w.ExitOnZero, Is.True);
        Assert.That(w.Proxy.TerminationDrainDuration!.Subject, Is.SameAs(metadata));
    }

    [Test]
    public void A_json_annotation_is_read_too()
    {
        var metadata = new TemplateMetadata { Annotations = { [IstioAnnotations.ProxyConfig] = """{"holdApplicationUntilProxyStarts": true}""" } };
        Assert.That(Workload(Deployment(App(), metadata)).Hold, Is.True);
    }

    [Test]
    public void A_TSB_overlay_patch_sets_the_mesh_default_and_is_the_subject()
    {
        var patch = OverlayPatch.MeshDefaultConfig("drainDuration", "50s");
        var controlPlane = new ControlPlane
        {
            Metadata = new() { Name = "controlplane", Namespace = "istio-system" },
            Spec = new()
            {
                Hub = "r.example",
                ManagementPlane = new(),
                TelemetryStore = new(),
                Components = new() { Istio = new() { KubeSpec = new() { Overlays = [Mesh.Sdk.Tetrate.Install.V1Alpha1.KubernetesOverlay.IstioOperator(patch)] } } },
            },
        };
        var w = Workload(controlPlane, Deployment(App()));
        Assert.That(w.Drain, Is.EqualTo(Duration.FromSeconds(50)));
        Assert.That(w.Proxy.DrainDuration!.Subject, Is.SameAs(patch));
    }

    [Test]
    public void A_ProxyConfig_resource_in_the_namespace_sets_EXIT_ON_ZERO_ACTIVE_CONNECTIONS()
    {
        var resource = new ProxyConfigResource
        {
            Metadata = new() { Name = "drain", Namespace = "shop" },
            Spec = new() { EnvironmentVariables = { ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS"] = "true" } },
        };
        var w = Workload(resource, Deployment(App()));
        Assert.That(w.ExitOnZero, Is.True);
        Assert.That(w.ExitOnZeroSetting!.Source, Is.EqualTo(ProxySettingSource.ProxyConfigResource));
    }

    [Test]
    public void The_deprecated_values_hold_flag_counts_when_the_ProxyConfig_field_is_unset()
    {
#pragma warning disable CS0618
        var op = new IstioOperator
        {
            Metadata = new() { Name = "mesh" },
            Spec = new() { Values = new() { Global = new() { Proxy = new() { HoldApplicationUntilProxyStarts = true } } } },
        };
#pragma warning restore CS0618
        Assert.That(Workload(op, Deployment(App())).Hold, Is.True);
    }

    // preStop delay

    [TestCase(new[] { "sleep", "10" }, 10)]
    [TestCase(new[] { "/bin/sleep", "7s" }, 7)]
    [TestCase(new[] { "/bin/sh", "-c", "sleep 15 && nginx -s quit" }, 15)]
    [TestCase(new[] { "sh", "-c", "echo bye; sleep 3" }, 3)]
    [TestCase(new[] { "nginx", "-s", "quit" }, 0)]
    [TestCase(new[] { "sh", "-c", "while netstat -plunt | grep tcp; do sleep 1; done" }, 1)]
    public void An_exec_sleep_preStop_gives_its_delay(string[] command, int seconds)
    {
        var c = new Container { Name = "web", Image = "web:1", Lifecycle = new() { PreStop = new() { Exec = new() { Command = command } } } };
        Assert.That(WorkloadFacts.PreStopDelay(c), Is.EqualTo(Duration.FromSeconds(seconds)));
    }

    [Test]
    public void A_sleep_action_gives_its_seconds()
    {
        Assert.That(WorkloadFacts.PreStopDelay(AppWithSleep(12)), Is.EqualTo(Duration.FromSeconds(12)));
    }

    [Test]
    public void An_http_preStop_is_not_a_delay()
    {
        var c = new Container { Name = "web", Image = "web:1", Lifecycle = new() { PreStop = new() { HttpGet = new() { Path = "/quit", Port = 8080 } } } };
        Assert.That((WorkloadFacts.HasPreStopDelay(c), WorkloadFacts.PreStopDelay(c)), Is.EqualTo((false, default(Duration))));
    }

    // MeshedService intent, gateways, references

    [Test]
    public void A_MeshedService_workload_carries_its_declared_shutdown_and_network_needs()
    {
        var objects = new MeshedService
        {
            Name = "web", Namespace = "shop", Image = "web:1",
            AppShutdown = Duration.FromSeconds(12), NeedsNetworkAtStart = true,
        }.Expand(Current).ToArray();
        var w = Workload(objects);
        Assert.That((w.AppShutdown, w.NeedsNetworkAtStart, w.MainContainer?.Name), Is.EqualTo(((Duration?)Duration.FromSeconds(12), (bool?)true, "web")));
        Assert.That(w.Services.Select(s => s.Metadata.Name), Is.EqualTo(new[] { "web" }));
        Assert.That(w.DisruptionBudgets, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_hand_written_workload_declares_no_shutdown_budget()
    {
        var w = Workload(Deployment(App()));
        Assert.That((w.AppShutdown, w.NeedsNetworkAtStart), Is.EqualTo(((Duration?)null, (bool?)null)));
    }

    [Test]
    public void An_HPA_targets_a_workload_by_kind_and_name_in_its_namespace()
    {
        HorizontalPodAutoscaler Hpa(string kind, string? ns) => new()
        {
            Metadata = new() { Name = "web", Namespace = ns },
            Spec = new() { ScaleTargetRef = new() { Kind = kind, Name = "web" }, MaxReplicas = 3 },
        };
        var match = Hpa("Deployment", "shop");
        var w = Workload(match, Hpa("StatefulSet", "shop"), Hpa("Deployment", "other"), Deployment(App()));
        Assert.That(w.Autoscalers, Is.EqualTo(new[] { match }));
    }

    [Test]
    public void A_Service_selects_a_workload_when_its_selector_is_a_subset_of_the_pod_labels()
    {
        Service Svc(string app) => new() { Metadata = new() { Name = app, Namespace = "shop" }, Spec = new() { Selector = { ["app"] = app } } };
        var match = Svc("web");
        Assert.That(Workload(match, Svc("api"), Deployment(App())).Services, Is.EqualTo(new[] { match }));
    }

    [Test]
    public void A_PDB_with_an_empty_selector_is_not_counted()
    {
        var pdb = new PodDisruptionBudget { Metadata = new() { Name = "all", Namespace = "shop" }, Spec = new() { Selector = new(), MaxUnavailable = 1 } };
        Assert.That(Workload(pdb, Deployment(App())).DisruptionBudgets, Is.Empty);
    }

    [TestCase("istio", "ingressgateway")]
    [TestCase("gateway.networking.k8s.io/gateway-name", "edge")]
    public void A_gateway_is_recognised_by_its_labels(string key, string value)
    {
        Assert.That(Workload(Deployment(App(), new TemplateMetadata { Labels = { [key] = value } })).IsGateway, Is.True);
    }

    [Test]
    public void A_gateway_is_recognised_by_its_injection_template()
    {
        var metadata = new TemplateMetadata { Annotations = { [IstioAnnotations.InjectTemplates] = "gateway" } };
        Assert.That(Workload(Deployment(App(), metadata)).IsGateway, Is.True);
    }

    [Test]
    public void An_app_is_not_a_gateway()
    {
        Assert.That(Workload(Deployment(App())).IsGateway, Is.False);
    }

    [Test]
    public void Workloads_are_computed_once_per_context()
    {
        var context = new Mesh.Sdk.Rules.RuleContext([Deployment(App())], Current, []);
        var first = context.Workloads();
        Assert.That(context.Workloads(), Is.SameAs(first));
    }
}
