using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules.Config;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Config;

public sealed class MESH003Tests
{
    private static readonly UnknownIstioKeyRule Rule = new();

    [Test]
    public void The_typo_from_Istio_s_release_note_is_a_warning_at_the_metadata_with_a_suggestion()
    {
        var metadata = new TemplateMetadata { Annotations = { ["sidecar.istio.io/native-side"] = "true" } }; var at = Here();

        AssertFinding(Single(Check(Rule, Deployment(App(), metadata))), MeshRules.UnknownIstioKey, MeshSeverity.Warning,
            "Deployment shop/web: annotation 'sidecar.istio.io/native-side' is not an Istio annotation, so Istio ignores it (IST0108). Did you mean 'sidecar.istio.io/nativeSidecar'?", at);
    }

    [Test]
    public void A_plural_typo_is_caught()
    {
        var metadata = new TemplateMetadata { Annotations = { ["sidecar.istio.io/nativeSidecars"] = "true" } };
        Assert.That(Single(Check(Rule, Deployment(App(), metadata))).Message, Does.Contain("Did you mean 'sidecar.istio.io/nativeSidecar'?"));
    }

    [Test]
    public void The_inject_annotation_is_deprecated_info()
    {
#pragma warning disable CS0618
        var metadata = new TemplateMetadata { Annotations = { [IstioAnnotations.SidecarInject] = "true" } };
#pragma warning restore CS0618
        var f = Single(Check(Rule, Deployment(App(), metadata)));
        Assert.That(f.Severity, Is.EqualTo(MeshSeverity.Info));
        Assert.That(f.Message, Does.Contain("annotation 'sidecar.istio.io/inject' is deprecated (IST0135)"));
    }

    [Test]
    public void An_annotation_key_used_as_a_label_is_reported()
    {
        var metadata = new TemplateMetadata { Labels = { [IstioAnnotations.NativeSidecar] = "true" } };
        Assert.That(Single(Check(Rule, Deployment(App(), metadata))).Message, Does.Contain("label 'sidecar.istio.io/nativeSidecar' is an annotation, not a label"));
    }

    [Test]
    public void Catalogued_keys_are_fine()
    {
        var metadata = new TemplateMetadata().InjectSidecar(true).UseNativeSidecar(true).SetProxyResources(cpu: Quantity.Millicores(100), memory: Quantity.Mebibytes(128))
            .SetProxyConfig(new() { HoldApplicationUntilProxyStarts = true });
        metadata.Annotations[IstioAnnotations.ExcludeOutboundIPRanges] = "10.0.0.0/8";
        None(Check(Rule, Deployment(App(), metadata)));
    }

    [Test]
    public void Keys_outside_the_judged_namespaces_are_not_judged()
    {
        var metadata = new TemplateMetadata { Labels = { ["istio.io/dataplane-mode"] = "ambient", ["example.com/x"] = "y" } };
        None(Check(Rule, Deployment(App(), metadata)));
    }
}
