using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;
using static Mesh.Sdk.Tests.Rules.TrafficRuleKit;

namespace Mesh.Sdk.Tests.Rules;

public sealed class MESH033Tests
{
    private static readonly TsbDuplicateOverlayRule Rule = new();

    private static ControlPlane ControlPlane(params KubernetesOverlay[] overlays) => new()
    {
        Metadata = new() { Name = "controlplane", Namespace = "istio-system" },
        Spec = new()
        {
            Hub = "docker.io/tetrate",
            ManagementPlane = new() { Host = "tsb.example.com", Port = 8443, ClusterName = "app-1" },
            TelemetryStore = new() { Elastic = new() { Host = "es.example.com", Port = 443 } },
            Components = new() { Istio = new() { KubeSpec = new() { Overlays = [.. overlays] } } },
        },
    };

    [Test]
    public void Two_overlays_on_the_tsb_istio_operator_are_an_error_at_the_second()
    {
        var first = KubernetesOverlay.IstioOperator(
            OverlayPatch.MeshDefaultConfig("terminationDrainDuration", Duration.FromSeconds(20)));
        var second = KubernetesOverlay.IstioOperator(
            OverlayPatch.Set("spec.values.global.proxy.resources", new Dictionary<string, object?>()));

        var d = Single(Run(Rule, ControlPlane(first, second)), "MESH033", second);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Error));
        Assert.That(d.Message, Does.StartWith("ControlPlane istio-system/controlplane: two kubeSpec overlays target IstioOperator tsb-istiocontrolplane (install.istio.io/v1alpha1) in spec.components.istio.kubeSpec.overlays"));
        Assert.That(d.Message, Does.Contain("only the last one is applied"));
    }

    [Test]
    public void A_third_duplicate_is_reported_too()
    {
        var a = new KubernetesOverlay { ApiVersion = "apps/v1", Kind = "Deployment", Name = "istiod" };
        var b = new KubernetesOverlay { ApiVersion = "apps/v1", Kind = "Deployment", Name = "istiod" };
        var c = new KubernetesOverlay { ApiVersion = "apps/v1", Kind = "Deployment", Name = "istiod" };

        var found = Run(Rule, ControlPlane(a, b, c));

        Assert.That(found.Select(d => d.Location), Is.EqualTo(new[] { b.Origin, c.Origin }));
    }

    [Test]
    public void Duplicate_overlays_in_a_gateway_kubeSpec_are_reported_at_the_later_one()
    {
        var first = KubernetesOverlay.Deployment("edge", OverlayPatch.Set(OverlayPaths.TerminationGracePeriodSeconds, 45));
        var second = KubernetesOverlay.Deployment("edge", OverlayPatch.Set("spec.replicas", 3));
        var gateway = new IngressGateway
        {
            Metadata = new() { Name = "edge", Namespace = "bookinfo" },
            Spec = new() { KubeSpec = new() { Overlays = [first, second] } },
        };

        var d = Single(Run(Rule, gateway), "MESH033", second);

        Assert.That(d.Message, Does.Contain("IngressGateway bookinfo/edge: two kubeSpec overlays target Deployment edge (apps/v1) in spec.kubeSpec.overlays"));
    }

    [Test]
    public void One_overlay_with_both_patches_is_compliant()
    {
        var overlay = KubernetesOverlay.IstioOperator(
            OverlayPatch.MeshDefaultConfig("terminationDrainDuration", Duration.FromSeconds(20)),
            OverlayPatch.Set("spec.values.global.proxy.resources", new Dictionary<string, object?>()));

        Assert.That(Run(Rule, ControlPlane(overlay)), Is.Empty);
    }

    [Test]
    public void Overlays_on_different_objects_are_compliant()
    {
        var operatorOverlay = KubernetesOverlay.IstioOperator(OverlayPatch.MeshDefaultConfig("drainDuration", Duration.FromSeconds(20)));
        var sameNameOtherKind = new KubernetesOverlay { ApiVersion = "v1", Kind = "Service", Name = "tsb-istiocontrolplane" };
        var sameKindOtherName = new KubernetesOverlay { ApiVersion = KubernetesOverlay.IstioOperatorApiVersion, Kind = "IstioOperator", Name = "other" };

        Assert.That(Run(Rule, ControlPlane(operatorOverlay, sameNameOtherKind, sameKindOtherName)), Is.Empty);
    }

    [Test]
    public void The_same_object_in_two_components_is_not_a_duplicate()
    {
        var plane = ControlPlane(new KubernetesOverlay { ApiVersion = "apps/v1", Kind = "Deployment", Name = "x" });
        plane.Spec.Components!.Oap = new() { KubeSpec = new() { Overlays = [new KubernetesOverlay { ApiVersion = "apps/v1", Kind = "Deployment", Name = "x" }] } };

        Assert.That(Run(Rule, plane), Is.Empty);
    }
}
