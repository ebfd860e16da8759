using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;
using static Mesh.Sdk.Analyzers.Tests.Rules.Sources;

namespace Mesh.Sdk.Analyzers.Tests.Rules;

/// <summary>MESH011: a preStop sleep action out of range or unsupported.</summary>
public sealed class InvalidPreStopSleepTests
{
    private static string Sleep(int seconds) =>
        $$"""
        new() //!
        {
            Name = "app",
            Image = "app:1",
            Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = {{seconds}} } } },
        },
        """;

    [TestCase(40, "TerminationGracePeriodSeconds = 20,", null, "preStop sleep of 40s is longer than terminationGracePeriodSeconds (20s), which the API server rejects; shorten it or set TerminationGracePeriodSeconds to at least 45", TestName = "Mesh011_LongerThanGrace")]
    [TestCase(31, "", null, "of 31s is longer than terminationGracePeriodSeconds (30s)", TestName = "Mesh011_LongerThanDefaultGrace")]
    [TestCase(10, "", "1.29", "preStop sleep of 10s is not available: the sleep action is on by default from Kubernetes 1.30 (target Kubernetes 1.29); use Exec [\"sleep\", \"10\"] instead", TestName = "Mesh011_SleepActionBefore130")]
    [TestCase(0, "", "1.32", "preStop sleep of 0s is rejected before Kubernetes 1.33 (target Kubernetes 1.32)", TestName = "Mesh011_ZeroBefore133")]
    [TestCase(-1, "", null, "preStop sleep of -1s is negative", TestName = "Mesh011_Negative")]
    public async Task AnInvalidSleepIsAnErrorAtTheContainer(int seconds, string grace, string? kubernetes, string message)
    {
        var source = Deployment("new()", Sleep(seconds), grace);

        var diagnostics = await AnalyzeMeshAsync(source, kubernetes: kubernetes);

        var mesh011 = diagnostics.Where(d => d.Id == "MESH011").ToList();
        Assert.That(mesh011, Has.Count.EqualTo(1), string.Join("\n", diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(mesh011[0].Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(Line(mesh011[0]), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(mesh011[0]), Does.StartWith("Deployment shop/web: container 'app' preStop sleep "));
            Assert.That(Message(mesh011[0]), Does.Contain(message));
        });
    }

    [TestCase(10, "", null, TestName = "Compliant_WithinGrace")]
    [TestCase(30, "", null, TestName = "Compliant_EqualToGrace")]
    [TestCase(0, "", "1.33", TestName = "Compliant_ZeroFrom133")]
    [TestCase(10, "", "1.30", TestName = "Compliant_SleepFrom130")]
    public async Task AValidSleepIsNotReported(int seconds, string grace, string? kubernetes)
    {
        var diagnostics = await AnalyzeMeshAsync(Deployment("new()", Sleep(seconds), grace), kubernetes: kubernetes);

        Assert.That(diagnostics.Where(d => d.Id == "MESH011"), Is.Empty);
    }

    [Test]
    public async Task AMeshedServiceWithoutDelayOnKubernetes131IsReported()
    {
        var source = InBuild("""
                var web = new MeshedService //!
                {
                    Name = "web",
                    Image = "web:1",
                    PreStopDelay = TimeSpan.Zero,
                };
                foreach (var o in web.Expand(TargetVersions.Default)) yield return o;
        """);

        var diagnostics = await AnalyzeMeshAsync(source, kubernetes: "1.31");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => d.Id), Is.EquivalentTo(new[] { "MESH010", "MESH011" }));
            Assert.That(diagnostics.Select(Line), Has.All.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(diagnostics.Single(d => d.Id == "MESH011")), Does.Contain("(PreStopDelay is zero) is rejected before Kubernetes 1.33 (target Kubernetes 1.31)"));
        });
    }
}
