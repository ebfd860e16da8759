using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;
using static Mesh.Sdk.Analyzers.Tests.Rules.Sources;

namespace Mesh.Sdk.Analyzers.Tests.Rules;

/// <summary>MESH012: the shutdown budget is not less than the grace period.</summary>
public sealed class ShutdownBudgetExceedsGraceTests
{
    [Test]
    public async Task PreStopDelayEqualToTheGracePeriodIsReportedAtThePodSpec()
    {
        var source = Deployment("new() { Labels = { [\"app\"] = \"web\" } }", AppWithSleep(20), "TerminationGracePeriodSeconds = 20,", "new() //!");

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics, Has.Length.EqualTo(1), string.Join("\n", diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics[0].Id, Is.EqualTo("MESH012"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(Line(diagnostics[0]), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(diagnostics[0]), Is.EqualTo(
                "Deployment shop/web: the preStop delay of 'app' (20s) is not less than terminationGracePeriodSeconds (20s), so the kubelet kills the pod mid-shutdown. Set TerminationGracePeriodSeconds to at least 25"));
            Assert.That(diagnostics[0].Properties["MinimumGraceSeconds"], Is.EqualTo("25"));
        });
    }

    [Test]
    public async Task AnExecSleepLongerThanTheDefaultGracePeriodIsReported()
    {
        var container = """new() { Name = "app", Image = "app:1", Lifecycle = new() { PreStop = new() { Exec = new() { Command = ["/bin/sh", "-c", "sleep 40"] } } } },""";
        var source = Deployment("new()", container, podSpecNew: "new() //!");

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(new[] { ("MESH012", MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.Contain("(40s) is not less than terminationGracePeriodSeconds (30s)"));
        });
    }

    [Test]
    public async Task ALegacySidecarDrainAsLongAsTheGracePeriodIsReported()
    {
        var metadata = Injected + ".SetProxyConfig(new ProxyConfig { TerminationDrainDuration = Duration.FromSeconds(30) })";
        var source = Deployment(metadata, AppWithSleep(5), "TerminationGracePeriodSeconds = 30,", "new() //!");

        var diagnostics = await AnalyzeMeshAsync(source, kubernetes: "1.28", istio: "1.22");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(new[] { ("MESH012", MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.StartWith("Deployment shop/web: the legacy sidecar's terminationDrainDuration (set in the pod's ProxyConfig) (30s) is not less than terminationGracePeriodSeconds (30s)"));
        });
    }

    [Test]
    public async Task TheMinimumDrainCountsWhenExitOnZeroIsOn()
    {
        var metadata = Injected + ".SetProxyConfig(new ProxyConfig { ExitOnZeroActiveConnections = true, MinimumDrainDuration = Duration.FromSeconds(40) })";
        var source = Deployment(metadata, AppWithSleep(5), "", "new() //!");

        var diagnostics = await AnalyzeMeshAsync(source, kubernetes: "1.28", istio: "1.22");

        Assert.That(Message(diagnostics.Single(d => d.Id == "MESH012")), Does.Contain("the sidecar's MINIMUM_DRAIN_DURATION (set in the pod's ProxyConfig) with EXIT_ON_ZERO_ACTIVE_CONNECTIONS (40s)"));
    }

    [Test]
    public async Task WithNativeSidecarsTheSidecarDrainDoesNotCount()
    {
        var metadata = Injected + ".UseNativeSidecar(true).SetProxyConfig(new ProxyConfig { TerminationDrainDuration = Duration.FromSeconds(30) })";
        var diagnostics = await AnalyzeMeshAsync(Deployment(metadata, AppWithSleep(5), "TerminationGracePeriodSeconds = 30,"));

        Assert.That(diagnostics.Where(d => d.Id == "MESH012"), Is.Empty);
    }

    [TestCase("TerminationGracePeriodSeconds = 45,", TestName = "Compliant_GraceCoversPreStop")]
    [TestCase("", TestName = "Compliant_DefaultGrace")]
    [TestCase("TerminationGracePeriodSeconds = GraceFromConfig(),", TestName = "Compliant_GraceNotVisible")]
    public async Task APreStopInsideTheGracePeriodIsNotReported(string grace)
    {
        var source = Deployment("new()", AppWithSleep(20), grace)
            .Replace("public static class Definitions\n{", "public static class Definitions\n{\n    static long GraceFromConfig() => 10;", StringComparison.Ordinal);

        Assert.That(await AnalyzeMeshAsync(source), Is.Empty);
    }
}
