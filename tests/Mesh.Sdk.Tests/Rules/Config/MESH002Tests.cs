using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules.Config;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;
using MeshProxyConfig = Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig;

namespace Mesh.Sdk.Tests.Rules.Config;

public sealed class MESH002Tests
{
    private static readonly DrainDurationNotWholeSecondsRule Rule = new();

    [Test]
    public void A_sub_second_drainDuration_in_the_annotation_text_is_an_error_at_the_metadata()
    {
        var metadata = new TemplateMetadata { Annotations = { [IstioAnnotations.ProxyConfig] = "drainDuration: 1500ms" } }; var at = Here();

        var f = Single(Check(Rule, Deployment(App(), metadata)));

        AssertFinding(f, MeshRules.DrainDurationNotWholeSeconds, MeshSeverity.Error, "Deployment shop/web: drainDuration 1.500s is not whole seconds", at);
        Assert.That(f.Message, Does.EndWith("Use 2s"));
    }

    [Test]
    public void A_typed_mesh_default_below_one_second_is_reported_at_the_ProxyConfig()
    {
        var defaults = new MeshProxyConfig { DrainDuration = Duration.FromMilliseconds(500) }; var at = Here();
        var op = new IstioOperator { Metadata = new() { Name = "mesh", Namespace = "istio-system" }, Spec = new() { MeshConfig = new() { DefaultConfig = defaults } } };

        AssertFinding(Single(Check(Rule, op)), MeshRules.DrainDurationNotWholeSeconds, MeshSeverity.Error,
            "IstioOperator istio-system/mesh: drainDuration 0.500s is shorter than 1s", at);
    }

    [Test]
    public void A_TSB_overlay_patch_is_reported_at_the_patch()
    {
        var patch = OverlayPatch.MeshDefaultConfig("drainDuration", "2.5s"); var at = Here();
        var cp = new ControlPlane
        {
            Metadata = new() { Name = "cp", Namespace = "istio-system" },
            Spec = new()
            {
                Hub = "r", ManagementPlane = new(), TelemetryStore = new(),
                Components = new() { Istio = new() { KubeSpec = new() { Overlays = [Mesh.Sdk.Tetrate.Install.V1Alpha1.KubernetesOverlay.IstioOperator(patch)] } } },
            },
        };
        Assert.That(Single(Check(Rule, cp)).Location, Is.EqualTo(at));
    }

    [Test]
    public void Whole_seconds_are_fine()
    {
        var metadata = new TemplateMetadata().SetProxyConfig(new() { DrainDuration = Duration.FromSeconds(2) });
        None(Check(Rule, Deployment(App(), metadata)));
    }
}
