using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;

namespace Mesh.Sdk.Analyzers.Tests.Rules;

/// <summary>MESH010: a serving container without a preStop delay.</summary>
public sealed class MissingPreStopDelayTests
{
    private static string Deployment(string container, string podSpecExtra = "") => InBuild($$"""
                yield return new Deployment
                {
                    Metadata = new() { Name = "checkout", Namespace = "shop" },
                    Spec = new()
                    {
                        Selector = new() { MatchLabels = { ["app"] = "checkout" } },
                        Template = new()
                        {
                            Metadata = new() { Labels = { ["app"] = "checkout" } },
                            Spec = new()
                            {
                                {{podSpecExtra}}
                                Containers =
                                [
                                    {{container}}
                                ],
                            },
                        },
                    },
                };
        """);

    [Test]
    public async Task ContainerWithPortsAndNoLifecycleIsReportedAtItsNewKeyword()
    {
        var source = Deployment("""
            new() //!
            {
                Name = "app",
                Image = "app:1",
                Ports = [new() { Port = 8080 }],
            },
            """);

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics, Has.Length.EqualTo(1), string.Join("\n", diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics[0].Id, Is.EqualTo("MESH010"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(Line(diagnostics[0]), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(diagnostics[0]), Does.StartWith("Deployment shop/checkout: container 'app' serves traffic but has no preStop delay"));
            Assert.That(Message(diagnostics[0]), Does.Contain("Add Lifecycle.PreStop Sleep of 5-15 seconds"));
            Assert.That(diagnostics[0].Properties["PreStopAction"], Is.EqualTo("Sleep"));
        });
    }

    [Test]
    public async Task ZeroSecondSleepIsNoDelay()
    {
        var source = Deployment("""
            new() //!
            {
                Name = "app",
                Image = "app:1",
                Ports = [new() { Port = 8080 }],
                Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 0 } } },
            },
            """);

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(new[] { ("MESH010", MarkedLines(source).Single()) }));
    }

    [Test]
    public async Task BeforeKubernetes130TheFixIsAnExecSleep()
    {
        var source = Deployment("""
            new() //!
            {
                Name = "app",
                Image = "app:1",
                Ports = [new() { Port = 8080 }],
            },
            """);

        var diagnostics = await AnalyzeMeshAsync(source, kubernetes: "1.28");

        var d = diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(Line(d), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(d), Does.Contain("Exec [\"sleep\", \"N\"] (the Sleep action needs Kubernetes 1.30; target Kubernetes 1.28)"));
            Assert.That(d.Properties["PreStopAction"], Is.EqualTo("Exec"));
        });
    }

    [Test]
    public async Task ASuggestedDelayStaysInsideAShortGracePeriod()
    {
        var source = Deployment("""
            new() { Name = "app", Image = "app:1", Ports = [new() { Port = 8080 }] },
            """, "TerminationGracePeriodSeconds = 8,");

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics.Single().Properties["PreStopSeconds"], Is.EqualTo("3"));
    }

    [TestCase("Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 10 } } },", TestName = "Compliant_SleepAction")]
    [TestCase("Lifecycle = new() { PreStop = new() { Exec = new() { Command = [\"sleep\", \"10\"] } } },", TestName = "Compliant_ExecSleep")]
    [TestCase("Lifecycle = new() { PreStop = new() { HttpGet = new() { Path = \"/drain\", Port = 8080 } } },", TestName = "Compliant_OtherHookMayDelay")]
    [TestCase("Lifecycle = MakeLifecycle(),", TestName = "Compliant_LifecycleNotVisible")]
    public async Task ContainersWithAPreStopHookAreNotReported(string lifecycle)
    {
        var source = Deployment($$"""
            new()
            {
                Name = "app",
                Image = "app:1",
                Ports = [new() { Port = 8080 }],
                {{lifecycle}}
            },
            """);
        source = source.Replace("public static class Definitions\n{", "public static class Definitions\n{\n    static Lifecycle MakeLifecycle() => new() { PreStop = new() { Sleep = new() { Seconds = 5 } } };", StringComparison.Ordinal);

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics, Is.Empty);
    }

    [TestCase("new() { Name = \"worker\", Image = \"app:1\" },", "", TestName = "Compliant_NoPorts")]
    [TestCase("new() { Name = \"istio-proxy\", Image = \"proxy\", Ports = [new() { Port = 15090 }] },", "", TestName = "Compliant_UserIstioProxy")]
    [TestCase("new() { Name = \"app\", Image = \"app:1\" },",
        "InitContainers = [new() { Name = \"log\", Image = \"log:1\", RestartPolicy = ContainerRestartPolicy.Always, Ports = [new() { Port = 9000 }] }],",
        TestName = "Compliant_NativeSidecarInitContainer")]
    public async Task NonServingOrNonAppContainersAreNotReported(string container, string podSpecExtra)
    {
        var diagnostics = await AnalyzeMeshAsync(Deployment(container, podSpecExtra));

        Assert.That(diagnostics, Is.Empty);
    }

    [Test]
    public async Task AContainerBuiltInAVariableIsLeftToTheBuild()
    {
        var source = InBuild("""
                var app = new Container { Name = "app", Image = "app:1", Ports = [new() { Port = 8080 }] };
                app.Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 10 } } };
                yield return new Pod { Metadata = new() { Name = "p" }, Spec = new() { Containers = [app] } };
        """);

        Assert.That(await AnalyzeMeshAsync(source), Is.Empty);
    }

    [Test]
    public async Task MeshedServiceWithoutPreStopDelayIsReportedAtItsNewKeyword()
    {
        var source = InBuild("""
                var web = new MeshedService //!
                {
                    Name = "web",
                    Namespace = "shop",
                    Image = "web:1",
                    PreStopDelay = Duration.FromSeconds(0),
                };
                foreach (var o in web.Expand(TargetVersions.Default)) yield return o;
        """);

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics, Has.Length.EqualTo(1), string.Join("\n", diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics[0].Id, Is.EqualTo("MESH010"));
            Assert.That(Line(diagnostics[0]), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(diagnostics[0]), Does.StartWith("Deployment shop/web: container 'web' serves traffic"));
            Assert.That(diagnostics[0].Properties["PreStopAction"], Is.EqualTo("PreStopDelay"));
        });
    }

    [TestCase("PreStopDelay = Duration.FromSeconds(5),", TestName = "Compliant_MeshedServiceDelay")]
    [TestCase("", TestName = "Compliant_MeshedServiceDefaultDelay")]
    public async Task MeshedServiceWithADelayIsNotReported(string delay)
    {
        var source = InBuild($$"""
                var web = new MeshedService { Name = "web", Image = "web:1", {{delay}} };
                foreach (var o in web.Expand(TargetVersions.Default)) yield return o;
        """);

        Assert.That(await AnalyzeMeshAsync(source), Is.Empty);
    }
}
