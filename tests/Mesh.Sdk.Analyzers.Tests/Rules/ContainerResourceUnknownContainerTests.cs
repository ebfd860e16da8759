using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;

namespace Mesh.Sdk.Analyzers.Tests.Rules;

/// <summary>MESH052: a ContainerResource metric names a container the pod template does not have.</summary>
public sealed class ContainerResourceUnknownContainerTests
{
    private static string Source(string container, string initContainers = "", string containers = "new() { Name = \"app\", Image = \"app:1\" }") => InBuild($$"""
                yield return new Deployment
                {
                    Metadata = new() { Name = "catalog", Namespace = "shop" },
                    Spec = new()
                    {
                        Selector = new() { MatchLabels = { ["app"] = "catalog" } },
                        Template = new()
                        {
                            Metadata = new TemplateMetadata { Labels = { ["app"] = "catalog" } }.InjectSidecar(false),
                            Spec = new() { {{initContainers}} Containers = [{{containers}}] },
                        },
                    },
                };
                yield return new HorizontalPodAutoscaler
                {
                    Metadata = new() { Name = "catalog", Namespace = "shop" },
                    Spec = new()
                    {
                        ScaleTargetRef = new() { Kind = "Deployment", Name = "catalog" },
                        MaxReplicas = 10,
                        Metrics =
                        [
                            new() //!
                            {
                                Type = MetricSourceType.ContainerResource,
                                ContainerResource = new() { Name = ResourceNames.Cpu, Container = "{{container}}", Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 60 } },
                            },
                        ],
                    },
                };
        """);

    [Test]
    public async Task AContainerNameNotInTheTemplateIsAnErrorAtTheMetric()
    {
        var source = Source("application");

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics, Has.Length.EqualTo(1), string.Join("\n", diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics[0].Id, Is.EqualTo("MESH052"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(Line(diagnostics[0]), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(diagnostics[0]), Is.EqualTo(
                "HorizontalPodAutoscaler shop/catalog: the ContainerResource metric names container 'application', which Deployment shop/catalog has no such container (its containers are app); pods without it are ignored. Use one of: app"));
            Assert.That(diagnostics[0].Properties["Containers"], Is.EqualTo("app"));
        });
    }

    [Test]
    public async Task IstioProxyInAPodWithoutSidecarIsReported()
    {
        var source = Source("istio-proxy");

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(new[] { ("MESH052", MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.Contain("(the pod has no istio-proxy sidecar)"));
        });
    }

    [TestCase("app", "", TestName = "Compliant_MainContainer")]
    [TestCase("log", "InitContainers = [new() { Name = \"log\", Image = \"log:1\", RestartPolicy = ContainerRestartPolicy.Always }],", TestName = "Compliant_NativeSidecar")]
    public async Task AContainerInTheTemplateIsNotReported(string container, string initContainers)
    {
        Assert.That(await AnalyzeMeshAsync(Source(container, initContainers)), Is.Empty);
    }

    [Test]
    public async Task ATemplateWithContainersNotAllVisibleIsNotJudged()
    {
        var source = Source("application", containers: "new() { Name = \"app\", Image = \"app:1\" }, .. Extra()")
            .Replace("public static class Definitions\n{", "public static class Definitions\n{\n    static Container[] Extra() => [];", StringComparison.Ordinal);

        Assert.That(await AnalyzeMeshAsync(source), Is.Empty);
    }
}
