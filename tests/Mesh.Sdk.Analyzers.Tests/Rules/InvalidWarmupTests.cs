using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;

namespace Mesh.Sdk.Analyzers.Tests.Rules;

/// <summary>MESH041 (invalid or deprecated warmup) and MESH040 (warmup ignored for the load balancer).</summary>
public sealed class InvalidWarmupTests
{
    internal static string DestinationRule(string loadBalancer) => InBuild($$"""
                yield return new DestinationRule
                {
                    Metadata = new() { Name = "reviews", Namespace = "shop" },
                    Spec = new()
                    {
                        Host = "reviews",
                        TrafficPolicy = new()
                        {
                            LoadBalancer = {{loadBalancer}}
                        },
                    },
                };
        """);

    [TestCase("new() { Simple = SimpleLoadBalancer.LeastRequest, Warmup = new() { Duration = Duration.FromSeconds(30), Aggression = 0 } }, //!",
        "Aggression", "Warmup.Aggression 0 must be greater than 0", TestName = "Mesh041_AggressionZero")]
    [TestCase("new() { Warmup = new() { Duration = Duration.FromSeconds(30), MinimumPercent = 120 } }, //!",
        "MinimumPercent", "Warmup.MinimumPercent 120 is outside 0-100", TestName = "Mesh041_MinimumPercentOver100")]
    [TestCase("new() { WarmupDurationSecs = Duration.FromSeconds(30), Warmup = new() { Duration = Duration.FromSeconds(30) } }, //!",
        "Both", "WarmupDurationSecs and Warmup are both set", TestName = "Mesh041_BothSet")]
    public async Task InvalidWarmupIsAnErrorAtTheLoadBalancerSettings(string loadBalancer, string warmupCase, string message)
    {
        var source = DestinationRule(loadBalancer);

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics, Has.Length.EqualTo(1), string.Join("\n", diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics[0].Id, Is.EqualTo("MESH041"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(Line(diagnostics[0]), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(diagnostics[0]), Does.StartWith("DestinationRule shop/reviews: " + message));
            Assert.That(diagnostics[0].Properties["WarmupCase"], Is.EqualTo(warmupCase));
        });
    }

    [Test]
    public async Task WarmupOnATargetBeforeIstio124IsAnError()
    {
        var source = DestinationRule("new() { Warmup = new() { Duration = Duration.FromSeconds(30) } }, //!");

        var diagnostics = await AnalyzeMeshAsync(source, istio: "1.22");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, d.Severity, Line(d))), Is.EqualTo(new[] { ("MESH041", DiagnosticSeverity.Error, MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.Contain("Warmup needs Istio ≥ 1.24 (target Istio 1.22)"));
        });
    }

    [Test]
    public async Task TheDeprecatedFieldIsInfoFromIstio124()
    {
        var source = DestinationRule("new() { WarmupDurationSecs = Duration.FromSeconds(30) }, //!");

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, d.Severity, Line(d))), Is.EqualTo(new[] { ("MESH041", DiagnosticSeverity.Info, MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.Contain("deprecated since Istio 1.24 (target Istio 1.30 (default))"));
        });
    }

    [TestCase("new() { Warmup = new() { Duration = Duration.FromSeconds(30), MinimumPercent = 10, Aggression = 1.0 } },", null, TestName = "Compliant_Warmup")]
    [TestCase("new() { WarmupDurationSecs = Duration.FromSeconds(30) },", "1.22", TestName = "Compliant_DeprecatedFieldOnOldIstio")]
    [TestCase("new() { Warmup = new() { Duration = Duration.FromSeconds(30), Aggression = Aggression() } },", null, TestName = "Compliant_AggressionNotVisible")]
    public async Task ValidWarmupIsNotReported(string loadBalancer, string? istio)
    {
        var source = DestinationRule(loadBalancer)
            .Replace("public static class Definitions\n{", "public static class Definitions\n{\n    static double Aggression() => 0;", StringComparison.Ordinal);

        Assert.That(await AnalyzeMeshAsync(source, istio: istio), Is.Empty);
    }

    [TestCase("new() { Simple = SimpleLoadBalancer.Random, Warmup = new() { Duration = Duration.FromSeconds(60) } }, //!", "RANDOM", TestName = "Mesh040_Random")]
    [TestCase("new() { ConsistentHash = new() { UseSourceIp = true }, Warmup = new() { Duration = Duration.FromSeconds(60) } }, //!", "consistentHash", TestName = "Mesh040_ConsistentHash")]
    public async Task WarmupWithALoadBalancerThatIgnoresItIsReported(string loadBalancer, string algorithm)
    {
        var source = DestinationRule(loadBalancer);

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, d.Severity, Line(d))), Is.EqualTo(new[] { ("MESH040", DiagnosticSeverity.Warning, MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.StartWith($"DestinationRule shop/reviews: warmup is set but the load balancer is {algorithm};"));
        });
    }

    [TestCase("new() { Simple = SimpleLoadBalancer.RoundRobin, Warmup = new() { Duration = Duration.FromSeconds(60) } },", TestName = "Compliant_RoundRobin")]
    [TestCase("new() { Warmup = new() { Duration = Duration.FromSeconds(60) } },", TestName = "Compliant_DefaultLeastRequest")]
    [TestCase("new() { Simple = SimpleLoadBalancer.Random },", TestName = "Compliant_RandomWithoutWarmup")]
    public async Task WarmupWithALoadBalancerThatHonoursItIsNotReported(string loadBalancer)
    {
        Assert.That(await AnalyzeMeshAsync(DestinationRule(loadBalancer)), Is.Empty);
    }
}
