using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;

namespace Mesh.Sdk.Analyzers.Tests.Rules;

/// <summary>MESH050: an HPA Resource metric on a workload with an Istio sidecar.</summary>
public sealed class ResourceMetricWithSidecarTests
{
    private static string DeploymentAndHpa(string templateMetadata, string metric, string targetName = "catalog") => InBuild($$"""
                yield return new Deployment
                {
                    Metadata = new() { Name = "catalog", Namespace = "shop" },
                    Spec = new()
                    {
                        Selector = new() { MatchLabels = { ["app"] = "catalog" } },
                        Template = new()
                        {
                            Metadata = {{templateMetadata}},
                            Spec = new()
                            {
                                Containers = [new() { Name = "catalog", Image = "catalog:1", Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 10 } } } }],
                            },
                        },
                    },
                };
                yield return new HorizontalPodAutoscaler
                {
                    Metadata = new() { Name = "catalog", Namespace = "shop" },
                    Spec = new()
                    {
                        ScaleTargetRef = new() { Kind = Deployment.KindValue, Name = "{{targetName}}" },
                        MaxReplicas = 10,
                        Metrics =
                        [
                            {{metric}}
                        ],
                    },
                };
        """);

    private const string ResourceMetric = """
        new() //!
        {
            Type = MetricSourceType.Resource,
            Resource = new() { Name = ResourceNames.Cpu, Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 60 } },
        },
        """;

    private const string Injected = "new TemplateMetadata { Labels = { [\"app\"] = \"catalog\" } }.InjectSidecar(true)";

    [Test]
    public async Task ResourceMetricOnAnInjectedDeploymentIsReportedAtTheMetric()
    {
        var source = DeploymentAndHpa(Injected, ResourceMetric);

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics, Has.Length.EqualTo(1), string.Join("\n", diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics[0].Id, Is.EqualTo("MESH050"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(Line(diagnostics[0]), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(diagnostics[0]), Is.EqualTo(
                "HorizontalPodAutoscaler shop/catalog: a Resource metric for cpu averages the app and the istio-proxy sidecar together, so the sidecar skews scaling. Use a ContainerResource metric for container 'catalog'"));
            Assert.That(diagnostics[0].Properties["Container"], Is.EqualTo("catalog"));
            Assert.That(diagnostics[0].Properties["ContainerResourceAvailable"], Is.EqualTo("true"));
        });
    }

    [Test]
    public async Task TheInjectionLabelWrittenByHandCounts()
    {
        var source = DeploymentAndHpa("new() { Labels = { [\"app\"] = \"catalog\", [IstioLabels.SidecarInject] = \"true\" } }", ResourceMetric);

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(new[] { ("MESH050", MarkedLines(source).Single()) }));
    }

    [Test]
    public async Task BeforeKubernetes127TheMessageSaysContainerResourceIsNotAvailableYet()
    {
        var diagnostics = await AnalyzeMeshAsync(DeploymentAndHpa(Injected, ResourceMetric), kubernetes: "1.26");

        var mesh050 = diagnostics.Single(d => d.Id == "MESH050");
        Assert.Multiple(() =>
        {
            Assert.That(Message(mesh050), Does.EndWith("for container 'catalog' once the target Kubernetes has it (beta in 1.27; target Kubernetes 1.26)"));
            Assert.That(mesh050.Properties["ContainerResourceAvailable"], Is.EqualTo("false"));
        });
    }

    [TestCase("new() { Labels = { [\"app\"] = \"catalog\" } }", TestName = "Compliant_InjectionNotVisible")]
    [TestCase("new TemplateMetadata { Labels = { [\"app\"] = \"catalog\" } }.InjectSidecar(false)", TestName = "Compliant_NotInjected")]
    public async Task ResourceMetricWithoutVisibleInjectionIsNotReported(string metadata)
    {
        Assert.That(await AnalyzeMeshAsync(DeploymentAndHpa(metadata, ResourceMetric)), Is.Empty);
    }

    [Test]
    public async Task ContainerResourceMetricIsNotReported()
    {
        var metric = """
            new()
            {
                Type = MetricSourceType.ContainerResource,
                ContainerResource = new() { Name = ResourceNames.Cpu, Container = "catalog", Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 60 } },
            },
            """;

        Assert.That(await AnalyzeMeshAsync(DeploymentAndHpa(Injected, metric)), Is.Empty);
    }

    [Test]
    public async Task AnHpaForAnotherWorkloadIsNotReported()
    {
        Assert.That(await AnalyzeMeshAsync(DeploymentAndHpa(Injected, ResourceMetric, targetName: "other")), Is.Empty);
    }

    [Test]
    public async Task AResourceMetricOnAMeshedServiceDeploymentIsReported()
    {
        var source = InBuild("""
                foreach (var o in new MeshedService { Name = "catalog", Image = "catalog:1" }.Expand(TargetVersions.Default)) yield return o;
                yield return new HorizontalPodAutoscaler
                {
                    Metadata = new() { Name = "catalog-extra" },
                    Spec = new()
                    {
                        ScaleTargetRef = new() { Kind = "Deployment", Name = "catalog" },
                        MaxReplicas = 10,
                        Metrics = [new() { Type = MetricSourceType.Resource, Resource = new() { Name = "memory", Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 60 } } }], //!
                    },
                };
        """);

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(new[] { ("MESH050", MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.Contain("a Resource metric for memory").And.Contain("container 'catalog'"));
        });
    }

    [Test]
    public async Task AnAutoscaledMeshedServiceBeforeKubernetes127IsReportedAtItsNewKeyword()
    {
        var source = InBuild("""
                var catalog = new MeshedService //!
                {
                    Name = "catalog",
                    Image = "catalog:1",
                    Autoscaling = new() { MaxReplicas = 10 },
                };
                foreach (var o in catalog.Expand(TargetVersions.Default)) yield return o;
        """);

        var diagnostics = await AnalyzeMeshAsync(source, kubernetes: "1.26");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(new[] { ("MESH050", MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.StartWith("HorizontalPodAutoscaler catalog: a Resource metric for cpu"));
        });
    }

    [TestCase("1.27", "", TestName = "Compliant_MeshedServiceUsesContainerResource")]
    [TestCase("1.26", "Sidecar = SidecarMode.None,", TestName = "Compliant_MeshedServiceWithoutSidecar")]
    public async Task AMeshedServiceThatNeedsNoResourceMetricIsNotReported(string kubernetes, string sidecar)
    {
        var source = InBuild($$"""
                var catalog = new MeshedService { Name = "catalog", Image = "catalog:1", {{sidecar}} Autoscaling = new() { MaxReplicas = 10 } };
                foreach (var o in catalog.Expand(TargetVersions.Default)) yield return o;
        """);

        Assert.That(await AnalyzeMeshAsync(source, kubernetes: kubernetes), Is.Empty);
    }
}
