using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;
using static Mesh.Sdk.Tests.Rules.TrafficRuleKit;

namespace Mesh.Sdk.Tests.Rules;

public sealed class MESH032Tests
{
    private static readonly TsbDrainExceedsGraceRule Rule = new();

    [Test]
    public void A_drain_of_45s_with_the_default_grace_is_reported_at_the_spec()
    {
        var spec = new IngressGatewaySpec { ConnectionDrainDuration = Duration.FromSeconds(45) };
        var gateway = new IngressGateway { Metadata = new() { Name = "bookinfo-gw", Namespace = "bookinfo" }, Spec = spec };

        var d = Single(Run(Rule, gateway), "MESH032", spec);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Warning));
        Assert.That(d.Message, Does.StartWith("IngressGateway bookinfo/bookinfo-gw: connectionDrainDuration 45s is not shorter than the gateway pod's terminationGracePeriodSeconds (30s, the Kubernetes default)"));
    }

    [Test]
    public void A_drain_equal_to_the_grace_is_reported()
    {
        var spec = new EgressGatewaySpec { ConnectionDrainDuration = Duration.FromSeconds(30) };
        var gateway = new EgressGateway { Metadata = new() { Name = "egress", Namespace = "egress" }, Spec = spec };

        Single(Run(Rule, gateway), "MESH032", spec);
    }

    [Test]
    public void The_grace_comes_from_the_gateway_deployment_overlay()
    {
        var spec = new Tier1GatewaySpec
        {
            ConnectionDrainDuration = Duration.FromSeconds(50),
            KubeSpec = new()
            {
                Overlays = [KubernetesOverlay.Deployment("tier1", OverlayPatch.Set(OverlayPaths.TerminationGracePeriodSeconds, 45))],
            },
        };
        var gateway = new Tier1Gateway { Metadata = new() { Name = "tier1", Namespace = "tier1" }, Spec = spec };

        var d = Single(Run(Rule, gateway), "MESH032", spec);

        Assert.That(d.Message, Does.Contain("(45s, from the Deployment overlay)"));
    }

    [Test]
    public void A_drain_shorter_than_the_overlaid_grace_is_compliant()
    {
        var gateway = new IngressGateway
        {
            Metadata = new() { Name = "bookinfo-gw", Namespace = "bookinfo" },
            Spec = new()
            {
                ConnectionDrainDuration = Duration.FromSeconds(40),
                KubeSpec = new()
                {
                    Overlays = [KubernetesOverlay.Deployment("bookinfo-gw", OverlayPatch.Set(OverlayPaths.TerminationGracePeriodSeconds, "60"))],
                },
            },
        };

        Assert.That(Run(Rule, gateway), Is.Empty);
    }

    [Test]
    public void A_drain_of_20s_with_the_default_grace_is_compliant()
    {
        var gateway = new IngressGateway
        {
            Metadata = new() { Name = "bookinfo-gw", Namespace = "bookinfo" },
            Spec = new() { ConnectionDrainDuration = Duration.FromSeconds(20) },
        };

        Assert.That(Run(Rule, gateway), Is.Empty);
    }

    [Test]
    public void No_drain_duration_is_compliant()
    {
        var gateway = new IngressGateway { Metadata = new() { Name = "gw" }, Spec = new() };

        Assert.That(Run(Rule, gateway), Is.Empty);
    }

    [Test]
    public void Only_the_last_overlay_of_the_deployment_counts()
    {
        // TSB applies only the last overlay per object (MESH033), so the 60s grace is lost.
        var spec = new IngressGatewaySpec
        {
            ConnectionDrainDuration = Duration.FromSeconds(40),
            KubeSpec = new()
            {
                Overlays =
                [
                    KubernetesOverlay.Deployment("gw", OverlayPatch.Set(OverlayPaths.TerminationGracePeriodSeconds, 60)),
                    KubernetesOverlay.Deployment("gw", OverlayPatch.Set("spec.replicas", 2)),
                ],
            },
        };
        var gateway = new IngressGateway { Metadata = new() { Name = "gw" }, Spec = spec };

        var d = Single(Run(Rule, gateway), "MESH032", spec);

        Assert.That(d.Message, Does.Contain("(30s, the Kubernetes default)"));
    }

    [Test]
    public void A_grace_patch_that_is_not_a_number_is_not_guessed()
    {
        var gateway = new IngressGateway
        {
            Metadata = new() { Name = "gw" },
            Spec = new()
            {
                ConnectionDrainDuration = Duration.FromSeconds(45),
                KubeSpec = new() { Overlays = [KubernetesOverlay.Deployment("gw", OverlayPatch.Set(OverlayPaths.TerminationGracePeriodSeconds, "$(GRACE)"))] },
            },
        };

        Assert.That(Run(Rule, gateway), Is.Empty);
    }
}
