using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;
using static Mesh.Sdk.Analyzers.Tests.Rules.Sources;

namespace Mesh.Sdk.Analyzers.Tests.Rules;

/// <summary>MESH014: only drainDuration raised to lengthen the sidecar's shutdown.</summary>
public sealed class OnlyDrainDurationRaisedTests
{
    private static string Operator(string defaultConfig, string values = "") => InBuild($$"""
                yield return new IstioOperator
                {
                    Metadata = new() { Name = "control-plane", Namespace = "istio-system" },
                    Spec = new()
                    {
                        {{values}}
                        MeshConfig = new()
                        {
                            DefaultConfig = {{defaultConfig}}
                        },
                    },
                };
        """);

    [Test]
    public async Task MeshWideDrainDurationAloneIsReportedAtTheProxyConfig()
    {
        var source = Operator("""
            new() //!
            {
                DrainDuration = Duration.FromSeconds(50),
            },
            """);

        var diagnostics = await AnalyzeMeshAsync(source, kubernetes: "1.28", istio: "1.22");

        Assert.That(diagnostics, Has.Length.EqualTo(1), string.Join("\n", diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics[0].Id, Is.EqualTo("MESH014"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(Line(diagnostics[0]), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(diagnostics[0]), Does.StartWith(
                "IstioOperator istio-system/control-plane meshConfig.defaultConfig: drainDuration 50s is longer than terminationDrainDuration 5s (Istio's default)"));
            Assert.That(diagnostics[0].Properties["DrainSeconds"], Is.EqualTo("50"));
        });
    }

    [Test]
    public async Task MeshWideNativeSidecarsSwitchedOffKeepTheRuleOnNewTargets()
    {
        var source = Operator("new() { DrainDuration = Duration.FromSeconds(50) }, //!", """Values = new() { Pilot = new() { Env = { [PilotEnv.EnableNativeSidecars] = "false" } } },""");

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(new[] { ("MESH014", MarkedLines(source).Single()) }));
    }

    [TestCase("1.26", true)]
    [TestCase("1.24", true)]
    [TestCase("1.27", false)]
    public async Task ACompatibilityVersionBelow127KeepsSidecarsLegacy(string compatibilityVersion, bool reported)
    {
        // The 1.24-1.26 compatibility profiles set ENABLE_NATIVE_SIDECARS=false (istio/istio manifests/helm-profiles).
        var source = Operator("new() { DrainDuration = Duration.FromSeconds(50) }, //!", $"CompatibilityVersion = \"{compatibilityVersion}\",");

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(reported ? new[] { ("MESH014", MarkedLines(source).Single()) } : []));
    }

    [Test]
    public async Task APodProxyConfigWithOnlyDrainDurationIsReported()
    {
        var source = InBuild("""
                yield return new Pod
                {
                    Metadata = new ObjectMeta { Name = "web" }.InjectSidecar(true).SetProxyConfig(new ProxyConfig { DrainDuration = Duration.FromSeconds(30), TerminationDrainDuration = Duration.FromSeconds(10) }), //!
                    Spec = new() { Containers = [new() { Name = "app", Image = "app:1" }] },
                };
        """);

        var diagnostics = await AnalyzeMeshAsync(source, kubernetes: "1.28", istio: "1.22");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(new[] { ("MESH014", MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.StartWith("Pod web: drainDuration 30s is longer than terminationDrainDuration 10s,"));
        });
    }

    [TestCase("new() { DrainDuration = Duration.FromSeconds(50), TerminationDrainDuration = Duration.FromSeconds(50) },", TestName = "Compliant_TerminationDrainAsLong")]
    [TestCase("new() { TerminationDrainDuration = Duration.FromSeconds(25) },", TestName = "Compliant_OnlyTerminationDrain")]
    [TestCase("new() { DrainDuration = Duration.FromSeconds(50), ExitOnZeroActiveConnections = true },", TestName = "Compliant_ExitOnZero")]
    [TestCase("new() { DrainDuration = Duration.FromSeconds(3) },", TestName = "Compliant_ShortDrain")]
    public async Task ProxyConfigsThatLengthenShutdownProperlyAreNotReported(string defaultConfig)
    {
        Assert.That(await AnalyzeMeshAsync(Operator(defaultConfig), kubernetes: "1.28", istio: "1.22"), Is.Empty);
    }

    [Test]
    public async Task OnDefaultTargetsSidecarsAreNativeAndTheDrainSettingDoesNotMatter()
    {
        Assert.That(await AnalyzeMeshAsync(Operator("new() { DrainDuration = Duration.FromSeconds(50) },")), Is.Empty);
    }

    [Test]
    public async Task APodProxyConfigOnANativeSidecarIsNotReported()
    {
        var metadata = Injected + ".UseNativeSidecar(true).SetProxyConfig(new ProxyConfig { DrainDuration = Duration.FromSeconds(30) })";

        var diagnostics = await AnalyzeMeshAsync(Deployment(metadata, AppWithSleep(5)), kubernetes: "1.30", istio: "1.24");

        Assert.That(diagnostics.Where(d => d.Id == "MESH014"), Is.Empty);
    }
}
