using Mesh.Sdk.Rules;
using Mesh.Sdk.Workloads;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules;

/// <summary>The samples' recommended way (MeshedService defaults) passes every workload rule.</summary>
public sealed class MeshedServiceDefaultsTests
{
    private static IEnumerable<IMeshRule> WorkloadRules() =>
        MeshRuleEngine.Rules.Where(r => string.CompareOrdinal(r.Rule.Id, "MESH030") < 0);

    private static MeshedService Web() => new()
    {
        Name = "web",
        Namespace = "shop",
        Image = "ghcr.io/acme/web:1.4.2",
        ReadinessPath = "/healthz/ready",
        NeedsNetworkAtStart = true,
        Autoscaling = new() { MinReplicas = 3, MaxReplicas = 10 },
        Warmup = Duration.FromSeconds(30),
    };

    [Test]
    public void The_workload_rules_are_all_registered()
    {
        Assert.That(WorkloadRules().Select(r => r.Rule.Id), Is.EqualTo(new[]
        {
            "MESH001", "MESH002", "MESH003", "MESH010", "MESH011", "MESH012", "MESH013", "MESH014", "MESH015",
            "MESH016", "MESH017", "MESH018", "MESH020", "MESH021", "MESH022", "MESH023", "MESH024", "MESH025",
        }));
    }

    [Test]
    public void At_the_default_targets_a_MeshedService_has_no_finding()
    {
        None(MeshRuleEngine.Check([.. Web().Expand(Current), InjectedNamespace()], Current, WorkloadRules()));
    }

    [TestCase("1.26", "1.22")]
    [TestCase("1.29", "1.24")]
    [TestCase("1.32", "1.30")]
    public void At_older_targets_a_MeshedService_has_no_finding(string kubernetes, string istio)
    {
        var targets = Targets(kubernetes, istio);
        None(MeshRuleEngine.Check([.. Web().Expand(targets), InjectedNamespace()], targets, WorkloadRules()));
    }

    [TestCase(SidecarMode.Native)]
    [TestCase(SidecarMode.None)]
    public void The_native_and_no_sidecar_modes_have_no_finding(SidecarMode mode)
    {
        var service = Web();
        service.Sidecar = mode;
        None(MeshRuleEngine.Check([.. service.Expand(Current), InjectedNamespace()], Current, WorkloadRules()));
    }

    [Test]
    public void The_legacy_mode_at_the_default_targets_is_a_legacy_sidecar_with_no_finding()
    {
        // Istio 1.30 defaults to native sidecars on Kubernetes 1.35: Legacy opts out per pod, so its
        // EXIT_ON_ZERO_ACTIVE_CONNECTIONS and hold take effect instead of being MESH018 no-ops.
        var service = Web();
        service.Sidecar = SidecarMode.Legacy;
        var objects = service.Expand(Current);

        var workload = Workload([.. objects, InjectedNamespace()]);
        Assert.That((workload.Injected, workload.Native, workload.ExitOnZero, workload.Hold), Is.EqualTo((true, false, true, true)));
        Assert.That(workload.NativeReason, Is.EqualTo("sidecar.istio.io/nativeSidecar: false"));
        None(MeshRuleEngine.Check([.. objects, InjectedNamespace()], Current, WorkloadRules()));
    }

    [Test]
    public void The_legacy_mode_has_no_finding_where_sidecars_are_legacy()
    {
        var targets = Targets("1.28", "1.26");
        var service = Web();
        service.Sidecar = SidecarMode.Legacy;
        None(MeshRuleEngine.Check([.. service.Expand(targets), InjectedNamespace()], targets, WorkloadRules()));
    }
}

/// <summary>The engine never throws on half-built objects (a rule that throws is reported as MESH2006).</summary>
public sealed class HalfBuiltObjectsTests
{
    [Test]
    public void Null_collections_and_missing_specs_give_no_rule_failure()
    {
        var objects = new Mesh.Sdk.Model.KubernetesObject[]
        {
            new Mesh.Sdk.Kubernetes.Apps.V1.Deployment { Metadata = new() { Name = "a" }, Spec = new() { Selector = null!, Template = null! } },
            new Mesh.Sdk.Kubernetes.Apps.V1.Deployment { Metadata = new() { Name = "b" }, Spec = new() { Selector = new(), Template = new() { Spec = new() { Containers = null! } } } },
            new Mesh.Sdk.Kubernetes.Core.V1.Pod { Metadata = new() { Name = "c" }, Spec = new() { Containers = [new() { Name = null!, Image = null! }] } },
            new Mesh.Sdk.Istio.Install.V1Alpha1.IstioOperator { Metadata = new() { Name = "d" }, Spec = new() { Values = new() { Global = new() { Proxy = new() { Lifecycle = new() { PreStop = new() { Exec = new() { Command = [null!] } } } } } } } },
            new Mesh.Sdk.Kubernetes.Core.V1.Service { Metadata = new() { Name = "e" }, Spec = null! },
        };
        var findings = MeshRuleEngine.Check(objects, TargetVersions.Default,
            MeshRuleEngine.Rules.Where(r => string.CompareOrdinal(r.Rule.Id, "MESH030") < 0));
        Assert.That(findings.Where(f => f.Rule.Id == "MESH2006"), Is.Empty, string.Join("\n", findings));
    }
}
