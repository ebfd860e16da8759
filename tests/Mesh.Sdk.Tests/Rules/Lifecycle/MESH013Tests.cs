using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules.Lifecycle;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Lifecycle;

public sealed class MESH013Tests
{
    private static readonly LegacySidecarExitsEarlyRule Rule = new();

    [Test]
    public void A_preStop_longer_than_the_default_drain_in_a_legacy_pod_is_reported_at_the_pod_spec()
    {
        var spec = new PodSpec { Containers = [AppWithSleep(15)] }; var at = Here();

        var f = Single(Check(Rule, Targets("1.30", "1.26"), InjectedNamespace(), Deployment(spec)));

        AssertFinding(f, MeshRules.LegacySidecarExitsEarly, MeshSeverity.Warning,
            "Deployment shop/web: the app needs 15s to stop (preStop + shutdown) but the legacy sidecar exits after terminationDrainDuration 5s (Istio's default; legacy sidecar: ENABLE_NATIVE_SIDECARS defaults to false before Istio 1.27 (target Istio 1.26))", at);
    }

    [Test]
    public void At_default_targets_auto_native_sidecars_make_it_safe()
    {
        None(Check(Rule, InjectedNamespace(), Deployment(AppWithSleep(15))));
    }

    [Test]
    public void Auto_below_Kubernetes_1_33_is_legacy_and_says_so()
    {
        var f = Single(Check(Rule, Targets("1.32", "1.30"), InjectedNamespace(), Deployment(AppWithSleep(15))));
        Assert.That(f.Message, Does.Contain("ENABLE_NATIVE_SIDECARS=auto (the default from Istio 1.27) with target Kubernetes 1.32"));
    }

    [Test]
    public void A_long_enough_terminationDrainDuration_is_fine()
    {
        var metadata = new TemplateMetadata().SetProxyConfig(new() { TerminationDrainDuration = Duration.FromSeconds(25) });
        None(Check(Rule, Targets("1.30", "1.26"), InjectedNamespace(), Deployment(AppWithSleep(15), metadata)));
    }

    [Test]
    public void EXIT_ON_ZERO_ACTIVE_CONNECTIONS_is_fine()
    {
        var metadata = new TemplateMetadata().SetProxyConfig(new() { ExitOnZeroActiveConnections = true });
        None(Check(Rule, Targets("1.30", "1.26"), InjectedNamespace(), Deployment(AppWithSleep(15), metadata)));
    }

    [Test]
    public void A_pod_without_a_sidecar_is_not_reported()
    {
        None(Check(Rule, Targets("1.30", "1.26"), Deployment(AppWithSleep(15))));
    }
}
