using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;
using static Mesh.Sdk.Analyzers.Tests.Rules.Sources;

namespace Mesh.Sdk.Analyzers.Tests.Rules;

/// <summary>MESH013: the legacy sidecar exits before the app has finished.</summary>
public sealed class LegacySidecarExitsEarlyTests
{
    [Test]
    public async Task OnTargetsWithoutNativeSidecarsALongPreStopIsReportedAtThePodSpec()
    {
        var source = Deployment(Injected, AppWithSleep(15), "TerminationGracePeriodSeconds = 45,", "new() //!");

        var diagnostics = await AnalyzeMeshAsync(source, kubernetes: "1.28", istio: "1.22");

        Assert.That(diagnostics, Has.Length.EqualTo(1), string.Join("\n", diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics[0].Id, Is.EqualTo("MESH013"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(Line(diagnostics[0]), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(diagnostics[0]), Does.StartWith(
                "Deployment shop/web: the app needs 15s to stop (preStop + shutdown) but the legacy sidecar exits after terminationDrainDuration 5s (Istio's default; legacy sidecar: target Istio 1.22 does not enable native sidecars by default)"));
            Assert.That(diagnostics[0].Properties["RequiredSeconds"], Is.EqualTo("15"));
        });
    }

    [Test]
    public async Task AnExplicitlyLegacySidecarIsReportedOnDefaultTargets()
    {
        var metadata = Injected + ".UseNativeSidecar(false).SetProxyConfig(new ProxyConfig { TerminationDrainDuration = Duration.FromSeconds(10) })";
        var source = Deployment(metadata, AppWithSleep(15), "TerminationGracePeriodSeconds = 45,", "new() //!");

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(new[] { ("MESH013", MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.Contain("terminationDrainDuration 10s (set in the pod's ProxyConfig; legacy sidecar: UseNativeSidecar(false))"));
        });
    }

    [Test]
    public async Task OnDefaultTargetsTheSidecarIsNativeAndNothingIsReported()
    {
        Assert.That(await AnalyzeMeshAsync(Deployment(Injected, AppWithSleep(15), "TerminationGracePeriodSeconds = 45,")), Is.Empty);
    }

    [TestCase(".SetProxyConfig(new ProxyConfig { TerminationDrainDuration = Duration.FromSeconds(25) })", TestName = "Compliant_DrainCoversPreStop")]
    [TestCase(".SetProxyConfig(new ProxyConfig { ExitOnZeroActiveConnections = true })", TestName = "Compliant_ExitOnZero")]
    [TestCase(".SetProxyConfig(new ProxyConfig { ProxyMetadata = { [ProxyMetadataKeys.ExitOnZeroActiveConnections] = \"true\" } })", TestName = "Compliant_ExitOnZeroMetadata")]
    [TestCase(".UseNativeSidecar(true)", TestName = "Compliant_NativeSidecar")]
    public async Task ASidecarThatOutlivesTheAppIsNotReported(string calls)
    {
        var source = Deployment(Injected + calls, AppWithSleep(15), "TerminationGracePeriodSeconds = 45,");

        Assert.That(await AnalyzeMeshAsync(source, kubernetes: "1.30", istio: "1.24"), Is.Empty);
    }

    [Test]
    public async Task APodWithoutVisibleInjectionIsNotReported()
    {
        var source = Deployment("new() { Labels = { [\"app\"] = \"web\" } }", AppWithSleep(15), "TerminationGracePeriodSeconds = 45,");

        Assert.That(await AnalyzeMeshAsync(source, kubernetes: "1.28", istio: "1.22"), Is.Empty);
    }
}
