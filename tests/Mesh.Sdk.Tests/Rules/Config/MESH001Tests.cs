using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules.Config;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Config;

public sealed class MESH001Tests
{
    private static readonly InvalidProxyConfigAnnotationRule Rule = new();

    private static string MessageFor(string annotation, TargetVersions? targets = null)
    {
        var metadata = new TemplateMetadata { Annotations = { [IstioAnnotations.ProxyConfig] = annotation } };
        return Single(Check(Rule, targets ?? Current, Deployment(App(), metadata))).Message;
    }

    [Test]
    public void The_seed_flow_map_with_a_typo_and_a_removed_field_is_an_error_at_the_metadata()
    {
        var metadata = new TemplateMetadata { Annotations = { [IstioAnnotations.ProxyConfig] = "{holdApplicationUntilProxyStart: true, parentShutdownDuration: 60s}" } }; var at = Here();

        var f = Single(Check(Rule, Deployment(App(), metadata)));

        AssertFinding(f, MeshRules.InvalidProxyConfigAnnotation, MeshSeverity.Error,
            "Deployment shop/web: proxy.istio.io/config has the unknown field 'holdApplicationUntilProxyStart' (did you mean 'holdApplicationUntilProxyStarts'?); " +
            "has 'parentShutdownDuration', which Istio removed in 1.17 (target Istio 1.30 (default)) and now ignores", at);
    }

    [Test]
    public void ParentShutdownDuration_is_known_before_Istio_1_17()
    {
        None(Check(Rule, Targets("1.22", "1.16"), Deployment(App(), new TemplateMetadata { Annotations = { [IstioAnnotations.ProxyConfig] = "parentShutdownDuration: 60s" } })));
    }

    [Test]
    public void Text_that_does_not_parse_says_where()
    {
        Assert.That(MessageFor("{drainDuration: 5s"), Does.Contain("does not parse as YAML or JSON (line 1: '}' is missing)"));
    }

    [Test]
    public void A_bare_number_is_not_a_duration()
    {
        Assert.That(MessageFor("terminationDrainDuration: 30"), Does.Contain("terminationDrainDuration '30' is not a duration"));
    }

    [Test]
    public void An_unknown_enum_value_lists_the_valid_ones()
    {
        Assert.That(MessageFor("interceptionMode: TPROXI"), Does.Contain("interceptionMode 'TPROXI' is not one of REDIRECT, TPROXY, NONE"));
    }

    [Test]
    public void An_unquoted_boolean_in_proxyMetadata_must_be_quoted()
    {
        Assert.That(MessageFor("proxyMetadata:\n  EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true\n"),
            Does.Contain("proxyMetadata.EXIT_ON_ZERO_ACTIVE_CONNECTIONS true is not a string; quote it (\"true\")"));
    }

    [Test]
    public void A_TSB_overlay_setting_the_annotation_to_a_map_is_reported_at_the_patch()
    {
        var patch = OverlayPatch.Set(@"spec.template.metadata.annotations.proxy\.istio\.io/config", new Dictionary<string, object> { ["gatewayTopology"] = new Dictionary<string, object> { ["numTrustedProxies"] = 1 } }); var at = Here();
        var gateway = new IngressGateway
        {
            Metadata = new() { Name = "edge", Namespace = "gw" },
            Spec = new() { KubeSpec = new() { Overlays = [TsbOverlayFor(patch)] } },
        };

        AssertFinding(Single(Check(Rule, gateway)), MeshRules.InvalidProxyConfigAnnotation, MeshSeverity.Error,
            "IngressGateway gw/edge: proxy.istio.io/config at spec.template.metadata.annotations.proxy\\.istio\\.io/config is a map", at);
    }

    private static Mesh.Sdk.Tetrate.Install.V1Alpha1.KubernetesOverlay TsbOverlayFor(OverlayPatch patch) =>
        Mesh.Sdk.Tetrate.Install.V1Alpha1.KubernetesOverlay.Deployment("edge", patch);

    [TestCase("holdApplicationUntilProxyStarts: true\nterminationDrainDuration: 25s\n")]
    [TestCase("{\"holdApplicationUntilProxyStarts\": true, \"proxyMetadata\": {\"MINIMUM_DRAIN_DURATION\": \"10s\"}}")]
    [TestCase("drain_duration: 45s\nconcurrency: 2\ngatewayTopology:\n  numTrustedProxies: 1\n  forwardClientCertDetails: SANITIZE_SET\n")]
    [TestCase("proxyMetadata: {EXIT_ON_ZERO_ACTIVE_CONNECTIONS: 'true'}\nextraStatTags: [a, b]\n")]
    public void Valid_hand_written_values_are_fine(string annotation)
    {
        None(Check(Rule, Deployment(App(), new TemplateMetadata { Annotations = { [IstioAnnotations.ProxyConfig] = annotation } })));
    }

    [Test]
    public void A_typed_ProxyConfig_is_valid_by_construction()
    {
        None(Check(Rule, Deployment(App(), new TemplateMetadata().SetProxyConfig(new() { TerminationDrainDuration = Duration.FromSeconds(20), ExitOnZeroActiveConnections = true }))));
    }
}
