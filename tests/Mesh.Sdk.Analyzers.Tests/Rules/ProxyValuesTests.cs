using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;
using static Mesh.Sdk.Analyzers.Tests.Rules.Sources;

namespace Mesh.Sdk.Analyzers.Tests.Rules;

/// <summary>MESH016 (shell or netstat preStop on istio-proxy) and MESH022 (hold via the deprecated values field).</summary>
public sealed class ProxyValuesTests
{
    private const string NetstatLoop = """
        Lifecycle = new()
        {
            PreStop = new()
            {
                Exec = new()
                {
                    Command = ["/bin/sh", "-c", "while [ $(netstat -plunt | grep tcp | grep -v envoy | wc -l | xargs) -ne 0 ]; do sleep 1; done"],
                },
            },
        },
        """;

    private static string Operator(string proxy, string global = "", string spec = "") => InBuild($$"""
                yield return new IstioOperator
                {
                    Metadata = new() { Name = "control-plane", Namespace = "istio-system" },
                    Spec = new()
                    {
                        {{spec}}
                        Values = new()
                        {
                            Global = new()
                            {
                                {{global}}
                                Proxy = new() //!
                                {
                                    {{proxy}}
                                },
                            },
                        },
                    },
                };
        """);

    [Test]
    public async Task ANetstatLoopInTheProxyValuesIsAWarningAtTheProxyValues()
    {
        var source = Operator(NetstatLoop);

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics, Has.Length.EqualTo(1), string.Join("\n", diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics[0].Id, Is.EqualTo("MESH016"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(Line(diagnostics[0]), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(diagnostics[0]), Does.StartWith(
                "IstioOperator istio-system/control-plane values.global.proxy: the istio-proxy preStop runs '/bin/sh -c while [ $(netstat"));
            Assert.That(Message(diagnostics[0]), Does.Contain("...', which needs a shell and netstat in the proxy image"));
        });
    }

    [TestCase("Variant = \"distroless\",", "", TestName = "Mesh016_DistrolessVariant")]
    [TestCase("", "MeshConfig = new() { DefaultConfig = new() { Image = new() { ImageType = ProxyImageTypes.Distroless } } },", TestName = "Mesh016_DistrolessImageType")]
    public async Task WithADistrolessProxyImageItIsAnError(string global, string spec)
    {
        var source = Operator(NetstatLoop, global, spec.Replace("ProxyImageTypes", "Mesh.Sdk.Istio.Networking.V1Beta1.ProxyImageTypes", StringComparison.Ordinal));

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, d.Severity, Line(d))), Is.EqualTo(new[] { ("MESH016", DiagnosticSeverity.Error, MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.Contain("which the distroless proxy image cannot run"));
            Assert.That(diagnostics.Single().Properties["Distroless"], Is.EqualTo("true"));
        });
    }

    [Test]
    public async Task AUserIstioProxyContainerWithAShellPreStopIsReportedAtTheContainer()
    {
        var container = $$"""
            new() { Name = "app", Image = "app:1" },
            new() //!
            {
                Name = "istio-proxy",
                Image = "auto",
                {{NetstatLoop}}
            },
            """;
        var source = Deployment(Injected, container);

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(new[] { ("MESH016", MarkedLines(source).Single()) }));
    }

    [TestCase("Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 5 } } },", TestName = "Compliant_SleepPreStop")]
    [TestCase("LogLevel = \"warning\",", TestName = "Compliant_NoLifecycle")]
    public async Task ProxyValuesWithoutAShellHookAreNotReported(string proxy)
    {
        var source = Operator(proxy);

        Assert.That(await AnalyzeMeshAsync(source), Is.Empty);
    }

    [Test]
    public async Task HoldInTheValuesIsInfoAtTheProxyValues()
    {
        var source = Operator("HoldApplicationUntilProxyStarts = true,");

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, d.Severity, Line(d))), Is.EqualTo(new[] { ("MESH022", DiagnosticSeverity.Info, MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.StartWith("IstioOperator istio-system/control-plane values.global.proxy: values.global.proxy.holdApplicationUntilProxyStarts is deprecated"));
            Assert.That(diagnostics.Single().Properties["HoldValue"], Is.EqualTo("true"));
        });
    }

    [Test]
    public async Task HoldInTheMeshConfigIsNotReported()
    {
        var source = Operator("LogLevel = \"info\",", spec: "MeshConfig = new() { DefaultConfig = new() { HoldApplicationUntilProxyStarts = true } },");

        Assert.That(await AnalyzeMeshAsync(source), Is.Empty);
    }
}
