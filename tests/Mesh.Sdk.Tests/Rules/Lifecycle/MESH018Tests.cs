using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules.Lifecycle;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Lifecycle;

public sealed class MESH018Tests
{
    private static readonly LegacyKnobUnderNativeSidecarRule Rule = new();

    [Test]
    public void A_terminationDrainDuration_on_a_native_pod_is_info_at_the_pod_spec()
    {
        var metadata = new TemplateMetadata().InjectSidecar(true).UseNativeSidecar(true)
            .SetProxyConfig(new() { TerminationDrainDuration = Duration.FromSeconds(30) });
        var spec = new PodSpec { Containers = [App()] }; var at = Here();

        var f = Single(Check(Rule, Deployment(spec, metadata)));

        AssertFinding(f, MeshRules.LegacyKnobUnderNativeSidecar, MeshSeverity.Info,
            "Deployment shop/web: terminationDrainDuration has no effect because the pod uses native sidecars (sidecar.istio.io/nativeSidecar: true)", at);
    }

    [Test]
    public void Every_legacy_knob_is_named()
    {
        var metadata = new TemplateMetadata().InjectSidecar(true)
            .SetProxyConfig(new() { HoldApplicationUntilProxyStarts = true, ExitOnZeroActiveConnections = true });
        var f = Single(Check(Rule, Deployment(App(), metadata)));
        Assert.That(f.Message, Does.Contain("holdApplicationUntilProxyStarts, EXIT_ON_ZERO_ACTIVE_CONNECTIONS has no effect").And.Contain("ENABLE_NATIVE_SIDECARS=auto"));
    }

    [Test]
    public void The_same_knobs_on_a_legacy_pod_are_fine()
    {
        var metadata = new TemplateMetadata().InjectSidecar(true).UseNativeSidecar(false)
            .SetProxyConfig(new() { HoldApplicationUntilProxyStarts = true, TerminationDrainDuration = Duration.FromSeconds(30) });
        None(Check(Rule, Deployment(App(), metadata)));
    }

    [Test]
    public void A_native_pod_without_legacy_knobs_is_fine()
    {
        None(Check(Rule, Deployment(AppWithSleep(10), new TemplateMetadata().InjectSidecar(true).UseNativeSidecar(true))));
    }
}
