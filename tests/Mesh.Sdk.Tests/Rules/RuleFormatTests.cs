using Mesh.Sdk.Rules;

namespace Mesh.Sdk.Tests.Rules;

public sealed class RuleFormatTests
{
    [Test]
    public void Literal_braces_in_a_catalogue_message_are_kept_and_placeholders_filled()
    {
        Assert.That(RuleFormat.Message("{0}: write SetProxyConfig(new ProxyConfig { ... }) for {1}", ["Deployment shop/web", "it"]),
            Is.EqualTo("Deployment shop/web: write SetProxyConfig(new ProxyConfig { ... }) for it"));
    }

    [Test]
    public void The_MESH001_message_formats()
    {
        var text = RuleFormat.Message(Mesh.Sdk.Diagnostics.MeshRules.InvalidProxyConfigAnnotation.MessageFormat, ["Pod a", "is bad"]);
        Assert.That(text, Does.StartWith("Pod a: proxy.istio.io/config is bad;").And.EndWith("SetProxyConfig and a typed ProxyConfig"));
    }
}
