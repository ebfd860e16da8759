using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Tests.Rules.Facts;

/// <summary>The proxy.istio.io/config reader: the YAML and JSON forms annotations use.</summary>
public sealed class ProxyConfigTextTests
{
    [Test]
    public void Block_yaml_with_nested_maps_reads_as_fields()
    {
        var t = ProxyConfigText.Parse("""
            holdApplicationUntilProxyStarts: true   # start order
            proxyMetadata:
              EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
              MINIMUM_DRAIN_DURATION: '10s'
            """);
        Assert.That(t.Error, Is.Null);
        Assert.That(t.Scalar("holdApplicationUntilProxyStarts"), Is.EqualTo(new ProxyConfigScalar("true", false)));
        Assert.That(t.Map("proxyMetadata")!["MINIMUM_DRAIN_DURATION"], Is.EqualTo(new ProxyConfigScalar("10s", true)));
    }

    [Test]
    public void Flow_yaml_reads_as_fields()
    {
        var t = ProxyConfigText.Parse("{drainDuration: 2s, gatewayTopology: {numTrustedProxies: 1}, extraStatTags: [a, b]}");
        Assert.That(t.Fields!.Keys, Is.EqualTo(new[] { "drainDuration", "gatewayTopology", "extraStatTags" }));
        Assert.That(t.Fields["extraStatTags"], Is.EqualTo(new[] { new ProxyConfigScalar("a", false), new ProxyConfigScalar("b", false) }));
    }

    [Test]
    public void Json_reads_as_fields()
    {
        var t = ProxyConfigText.Parse("""{"discoveryAddress": "istiod.istio-system.svc:15012", "concurrency": 2}""");
        Assert.That(t.Scalar("discoveryAddress")!.Value, Is.EqualTo("istiod.istio-system.svc:15012"));
        Assert.That(t.Scalar("concurrency"), Is.EqualTo(new ProxyConfigScalar("2", false)));
    }

    [Test]
    public void A_block_sequence_under_a_key_reads_as_a_list()
    {
        var t = ProxyConfigText.Parse("extraStatTags:\n- a\n- b\n");
        Assert.That(t.Fields!["extraStatTags"], Has.Count.EqualTo(2));
    }

    [Test]
    public void An_empty_text_is_an_empty_mapping()
    {
        Assert.That(ProxyConfigText.Parse("  \n").Fields, Is.Empty);
    }

    [TestCase("{drainDuration: 2s", "'}' is missing")]
    [TestCase("drainDuration: \"2s", "not closed")]
    [TestCase("just text", "not a mapping")]
    [TestCase("a: 1\n\tb: 2", "tabs")]
    [TestCase("a: 1\n   b: 2", "line 2")]
    public void Text_that_does_not_parse_says_why(string text, string reason)
    {
        var t = ProxyConfigText.Parse(text);
        Assert.That(t.Fields, Is.Null);
        Assert.That(t.Error, Does.Contain(reason));
    }

    [Test]
    public void Anchors_are_unsupported_not_errors()
    {
        var t = ProxyConfigText.Parse("a: &x 1\nb: *x");
        Assert.That((t.IsUnsupported, t.Error), Is.EqualTo((true, (string?)null)));
    }
}
