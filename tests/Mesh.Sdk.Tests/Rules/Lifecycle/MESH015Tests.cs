using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules.Lifecycle;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Lifecycle;

public sealed class MESH015Tests
{
    private static readonly ExitOnZeroSemanticsRule Rule = new();
    private static readonly TargetVersions Legacy = Targets("1.30", "1.26");

    [Test]
    public void A_terminationDrainDuration_next_to_EXIT_ON_ZERO_is_info_at_the_pod_spec()
    {
        var metadata = new TemplateMetadata().SetProxyConfig(new() { TerminationDrainDuration = Duration.FromSeconds(30), ExitOnZeroActiveConnections = true });
        var spec = new PodSpec { Containers = [App()] }; var at = Here();

        var f = Single(Check(Rule, Legacy, InjectedNamespace(), Deployment(spec, metadata)));

        AssertFinding(f, MeshRules.ExitOnZeroSemantics, MeshSeverity.Info,
            "Deployment shop/web: terminationDrainDuration 30s (set in proxy.istio.io/config) has no effect with EXIT_ON_ZERO_ACTIVE_CONNECTIONS", at);
    }

    [Test]
    public void A_minimum_drain_as_long_as_the_grace_period_is_a_warning()
    {
        var metadata = new TemplateMetadata().SetProxyConfig(new() { ExitOnZeroActiveConnections = true, MinimumDrainDuration = Duration.FromSeconds(30) });
        var f = Single(Check(Rule, Legacy, InjectedNamespace(), Deployment(App(), metadata)));
        Assert.That((f.Severity, f.Message), Is.EqualTo((MeshSeverity.Warning,
            "Deployment shop/web: MINIMUM_DRAIN_DURATION 30s is not less than terminationGracePeriodSeconds (30s), so the kubelet kills the sidecar before it ever checks for active connections. Keep MINIMUM_DRAIN_DURATION below the grace period")));
    }

    [Test]
    public void Both_cases_are_one_warning()
    {
        var metadata = new TemplateMetadata().SetProxyConfig(new() { ExitOnZeroActiveConnections = true, MinimumDrainDuration = Duration.FromSeconds(40), TerminationDrainDuration = Duration.FromSeconds(10) });
        var f = Single(Check(Rule, Legacy, InjectedNamespace(), Deployment(App(), metadata)));
        Assert.That(f.Severity, Is.EqualTo(MeshSeverity.Warning));
        Assert.That(f.Message, Does.Contain("; also terminationDrainDuration 10s"));
    }

    [Test]
    public void EXIT_ON_ZERO_with_a_short_minimum_drain_is_fine()
    {
        var metadata = new TemplateMetadata().SetProxyConfig(new() { ExitOnZeroActiveConnections = true, MinimumDrainDuration = Duration.FromSeconds(10) });
        None(Check(Rule, Legacy, InjectedNamespace(), Deployment(App(), metadata)));
    }

    [Test]
    public void Without_EXIT_ON_ZERO_terminationDrainDuration_is_in_use()
    {
        var metadata = new TemplateMetadata().SetProxyConfig(new() { TerminationDrainDuration = Duration.FromSeconds(30) });
        None(Check(Rule, Legacy, InjectedNamespace(), Deployment(App(), metadata)));
    }
}
