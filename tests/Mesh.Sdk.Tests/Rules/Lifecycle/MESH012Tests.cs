using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules.Lifecycle;
using Mesh.Sdk.Workloads;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Lifecycle;

public sealed class MESH012Tests
{
    private static readonly ShutdownBudgetExceedsGraceRule Rule = new();

    [Test]
    public void A_preStop_as_long_as_the_grace_period_is_reported_at_the_pod_spec()
    {
        var spec = new PodSpec { Containers = [AppWithSleep(30)] }; var at = Here();

        var f = Single(Check(Rule, Deployment(spec)));

        AssertFinding(f, MeshRules.ShutdownBudgetExceedsGrace, MeshSeverity.Warning,
            "Deployment shop/web: the preStop delay of 'web' (30s) is not less than terminationGracePeriodSeconds (30s)", at);
        Assert.That(f.Message, Does.EndWith("Set TerminationGracePeriodSeconds to at least 35"));
    }

    [Test]
    public void A_MeshedService_s_declared_shutdown_counts_with_its_preStop()
    {
        var objects = new MeshedService { Name = "web", Namespace = "shop", Image = "web:1", PreStopDelay = Duration.FromSeconds(20), AppShutdown = Duration.FromSeconds(15) }.Expand(Current);
        objects.Deployment.Spec.Template.Spec.TerminationGracePeriodSeconds = 30;

        var f = Single(Check(Rule, [.. objects]));

        Assert.That(f.Message, Does.Contain("the preStop delay + app shutdown of 'web' (20s + 15s) (35s) is not less than terminationGracePeriodSeconds (30s)")
            .And.EndWith("at least 40"));
    }

    [Test]
    public void A_legacy_sidecar_s_terminationDrainDuration_as_long_as_the_grace_period_is_reported()
    {
        var metadata = new TemplateMetadata().InjectSidecar(true).UseNativeSidecar(false)
            .SetProxyConfig(new() { TerminationDrainDuration = Duration.FromSeconds(40) });
        var f = Single(Check(Rule, Deployment(App(), metadata)));
        Assert.That(f.Message, Does.Contain("the legacy sidecar's terminationDrainDuration (set in proxy.istio.io/config) (40s)"));
    }

    [Test]
    public void MINIMUM_DRAIN_DURATION_counts_with_EXIT_ON_ZERO_ACTIVE_CONNECTIONS()
    {
        var metadata = new TemplateMetadata().InjectSidecar(true).UseNativeSidecar(false)
            .SetProxyConfig(new() { ExitOnZeroActiveConnections = true, MinimumDrainDuration = Duration.FromSeconds(30) });
        Assert.That(Single(Check(Rule, Deployment(App(), metadata))).Message, Does.Contain("MINIMUM_DRAIN_DURATION"));
    }

    [Test]
    public void A_native_sidecar_s_drain_settings_do_not_count()
    {
        var metadata = new TemplateMetadata().InjectSidecar(true).UseNativeSidecar(true)
            .SetProxyConfig(new() { TerminationDrainDuration = Duration.FromSeconds(40) });
        None(Check(Rule, Deployment(App(), metadata)));
    }

    [Test]
    public void A_budget_below_the_grace_period_is_fine()
    {
        None(Check(Rule, Deployment(AppWithSleep(10), grace: 30)));
    }

    [Test]
    public void MeshedService_defaults_fit_their_grace_period()
    {
        None(Check(Rule, [.. new MeshedService { Name = "web", Namespace = "shop", Image = "web:1" }.Expand(Targets("1.26", "1.22"))]));
    }
}
