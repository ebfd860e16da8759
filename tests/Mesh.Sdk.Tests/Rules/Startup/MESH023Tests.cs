using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules.Startup;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Startup;

public sealed class MESH023Tests
{
    private static readonly NativeSidecarUnsupportedRule Rule = new();

    [Test]
    public void The_annotation_on_Kubernetes_1_27_is_an_error_at_the_pod_spec()
    {
        var spec = new PodSpec { Containers = [App()] }; var at = Here();

        var f = Single(Check(Rule, Targets("1.27", "1.24"), Deployment(spec, new TemplateMetadata().UseNativeSidecar(true))));

        AssertFinding(f, MeshRules.NativeSidecarUnsupported, MeshSeverity.Error,
            "Deployment shop/web: sidecar.istio.io/nativeSidecar: \"true\" is requested but Kubernetes runs native sidecars from 1.29 (target Kubernetes 1.27)", at);
    }

    [Test]
    public void The_annotation_before_Istio_1_24_is_a_warning_that_it_is_ignored()
    {
        var f = Single(Check(Rule, Targets("1.30", "1.23"), Deployment(App(), new TemplateMetadata().UseNativeSidecar(true))));
        Assert.That(f.Severity, Is.EqualTo(MeshSeverity.Warning));
        Assert.That(f.Message, Does.Contain("Istio reads this annotation from 1.24 (target Istio 1.23), so it is ignored"));
    }

    [Test]
    public void ENABLE_NATIVE_SIDECARS_true_on_old_Istio_is_an_error_at_the_pilot_values()
    {
        var pilot = new PilotValues { Env = { [PilotEnv.EnableNativeSidecars] = "true" } }; var at = Here();
        var op = new IstioOperator { Metadata = new() { Name = "mesh", Namespace = "istio-system" }, Spec = new() { Values = new() { Pilot = pilot } } };

        var f = Single(Check(Rule, Targets("1.30", "1.18"), op));

        AssertFinding(f, MeshRules.NativeSidecarUnsupported, MeshSeverity.Error,
            "IstioOperator istio-system/mesh: ENABLE_NATIVE_SIDECARS=true is requested but Istio injects native sidecars from 1.19 (target Istio 1.18)", at);
    }

    [Test]
    public void The_annotation_at_supported_versions_is_fine()
    {
        None(Check(Rule, Targets("1.29", "1.24"), Deployment(App(), new TemplateMetadata().UseNativeSidecar(true))));
    }

    [Test]
    public void The_annotation_false_is_fine_anywhere()
    {
        None(Check(Rule, Targets("1.27", "1.20"), Deployment(App(), new TemplateMetadata().UseNativeSidecar(false))));
    }
}
