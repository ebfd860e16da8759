using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;

namespace Mesh.Sdk.Analyzers.Tests.Rules;

/// <summary>MESH001 (invalid proxy.istio.io/config annotation) and MESH002 (drainDuration not whole seconds).</summary>
public sealed class ConfigTests
{
    private static string Annotated(string annotation) => InBuild($$"""
                yield return new Pod
                {
                    Metadata = new() //!
                    {
                        Name = "web",
                        Annotations = { [IstioAnnotations.ProxyConfig] = {{annotation}} },
                    },
                    Spec = new() { Containers = [new() { Name = "app", Image = "app:1" }] },
                };
        """);

    [TestCase("\"parentShutdownDuration: 60s\\n\"", "has the key 'parentShutdownDuration', removed in Istio 1.17", TestName = "Mesh001_RemovedKey")]
    [TestCase("\"{\\\"holdApplicationUntilProxyStart\\\": true}\"", "has the unknown key 'holdApplicationUntilProxyStart' (did you mean 'holdApplicationUntilProxyStarts'?)", TestName = "Mesh001_TypoInJson")]
    [TestCase("\"terminationDrainDuration: soon\"", "terminationDrainDuration 'soon' is not a duration", TestName = "Mesh001_BadDuration")]
    [TestCase("\"holdApplicationUntilProxyStarts true\"", "is not a YAML mapping (line 1: 'holdApplicationUntilProxyStarts true' is not 'key: value')", TestName = "Mesh001_NotAMapping")]
    [TestCase("\"{drainDuration: 5s\"", "does not parse (unbalanced braces or quotes)", TestName = "Mesh001_UnbalancedBraces")]
    public async Task AnInvalidAnnotationIsAnErrorAtTheMetadata(string annotation, string problem)
    {
        var source = Annotated(annotation);

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics, Has.Length.EqualTo(1), string.Join("\n", diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics[0].Id, Is.EqualTo("MESH001"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(Line(diagnostics[0]), Is.EqualTo(MarkedLines(source).Single()));
            // The catalogue's MESH001 format has literal braces ("new ProxyConfig { ... }"), so the
            // compiler cannot format it; the arguments are what the message would show.
            Assert.That(Arguments(diagnostics[0]), Is.EqualTo(new[] { "Pod web", problem }));
        });
    }

    [TestCase("\"holdApplicationUntilProxyStarts: true\\nterminationDrainDuration: 30s\\nproxyMetadata:\\n  EXIT_ON_ZERO_ACTIVE_CONNECTIONS: \\\"true\\\"\\n\"", TestName = "Compliant_YamlBlock")]
    [TestCase("\"{\\\"holdApplicationUntilProxyStarts\\\": true, \\\"proxyMetadata\\\": {\\\"A\\\": \\\"b\\\"}}\"", TestName = "Compliant_Json")]
    [TestCase("\"somethingNewInIstio131: 3\"", TestName = "Compliant_UnknownButFarFromEveryField")]
    [TestCase("Text()", TestName = "Compliant_NotConstant")]
    public async Task AValidOrInvisibleAnnotationIsNotReported(string annotation)
    {
        var source = Annotated(annotation).Replace("public static class Definitions\n{", "public static class Definitions\n{\n    static string Text() => \"parentShutdownDuration: 1s\";", StringComparison.Ordinal);

        Assert.That(await AnalyzeMeshAsync(source), Is.Empty);
    }

    [Test]
    public async Task AnAnnotationReplacedBySetProxyConfigIsNotJudged()
    {
        var source = InBuild("""
                yield return new Pod
                {
                    Metadata = new ObjectMeta { Name = "web", Annotations = { [IstioAnnotations.ProxyConfig] = "parentShutdownDuration: 60s" } }.SetProxyConfig(new ProxyConfig { Concurrency = 2 }),
                    Spec = new() { Containers = [new() { Name = "app", Image = "app:1" }] },
                };
        """);

        Assert.That(await AnalyzeMeshAsync(source), Is.Empty);
    }

    [TestCase("Duration.FromMilliseconds(1500)", "drainDuration 1.5s is not whole seconds", "2s", TestName = "Mesh002_Fraction")]
    [TestCase("Duration.FromMilliseconds(500)", "drainDuration 0.5s is less than 1s", "1s", TestName = "Mesh002_BelowOneSecond")]
    [TestCase("Duration.Parse(\"1m0.25s\")", "drainDuration 60.25s is not whole seconds", "61s", TestName = "Mesh002_Parsed")]
    public async Task ADrainDurationThatIsNotWholeSecondsIsAnErrorAtTheProxyConfig(string drain, string problem, string fix)
    {
        var source = InBuild($$"""
                yield return new IstioOperator
                {
                    Metadata = new() { Name = "cp", Namespace = "istio-system" },
                    Spec = new() { MeshConfig = new() { DefaultConfig = new() { DrainDuration = {{drain}}, TerminationDrainDuration = Duration.FromSeconds(90) } } }, //!
                };
        """);

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, d.Severity, Line(d))), Is.EqualTo(new[] { ("MESH002", DiagnosticSeverity.Error, MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Is.EqualTo(
                $"IstioOperator istio-system/cp meshConfig.defaultConfig: {problem}; Istio requires whole seconds of at least 1s and rejects the pod otherwise. Use {fix}"));
        });
    }

    [Test]
    public async Task AHandWrittenFractionalDrainDurationIsReportedAtTheMetadata()
    {
        var source = Annotated("\"drainDuration: 1500ms\"");

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(new[] { ("MESH002", MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.StartWith("Pod web: drainDuration 1500ms is not whole seconds"));
        });
    }

    [TestCase("Duration.FromSeconds(2)", TestName = "Compliant_WholeSeconds")]
    [TestCase("Duration.FromMinutes(1)", TestName = "Compliant_Minutes")]
    public async Task AWholeSecondDrainDurationIsNotReported(string drain)
    {
        var source = InBuild($$"""
                yield return new IstioOperator
                {
                    Metadata = new() { Name = "cp", Namespace = "istio-system" },
                    Spec = new() { MeshConfig = new() { DefaultConfig = new() { DrainDuration = {{drain}}, TerminationDrainDuration = Duration.FromSeconds(90) } } },
                };
        """);

        Assert.That(await AnalyzeMeshAsync(source), Is.Empty);
    }
}
