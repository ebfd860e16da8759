using Mesh.Sdk.CodeFixes.Autoscaling;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class HpaResourceMetricWithSidecarFixerTests
{
    private static readonly HpaResourceMetricWithSidecarFixer Fixer = new();
    private static readonly MeshRule Rule = MeshRules.HpaResourceMetricWithSidecar;
    private static readonly object[] Args = ["HorizontalPodAutoscaler/web", "cpu", "web", ""];

    [Test]
    public async Task Rewrites_a_Resource_metric_into_a_ContainerResource_metric_for_the_app_container()
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Autoscaling.V2;

            namespace Shop;

            public static class Web
            {
                public static MetricSpec Cpu() => /*!*/new MetricSpec
                {
                    Type = MetricSourceType.Resource,
                    Resource = new ResourceMetricSource
                    {
                        Name = "cpu",
                        Target = new MetricTarget { Type = MetricTargetType.Utilization, AverageUtilization = 60 },
                    },
                };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(
            Fixer, Rule, source, properties: new Dictionary<string, string?> { ["Container"] = "app" }, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Kubernetes.Autoscaling.V2;

            namespace Shop;

            public static class Web
            {
                public static MetricSpec Cpu() => new MetricSpec
                {
                    Type = MetricSourceType.ContainerResource,
                    ContainerResource = new ContainerResourceMetricSource
                    {
                        Name = "cpu",
                        Container = "app",
                        Target = new MetricTarget { Type = MetricTargetType.Utilization, AverageUtilization = 60 },
                    },
                };
            }
            """));
    }

    [Test]
    public async Task Takes_the_container_from_the_message_and_keeps_target_typed_new()
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Autoscaling.V2;

            namespace Shop;

            public static class Web
            {
                public static MetricSpec Cpu() => /*!*/new() { Type = MetricSourceType.Resource, Resource = new() { Name = "cpu", Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 60 } } };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, messageArgs: Args);
        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(titles, Is.EqualTo(new[] { "Use a ContainerResource metric for container 'web'" }));
        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Kubernetes.Autoscaling.V2;

            namespace Shop;

            public static class Web
            {
                public static MetricSpec Cpu() => new() { Type = MetricSourceType.ContainerResource, ContainerResource = new() { Name = "cpu", Container = "web", Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 60 } } };
            }
            """));
    }

    [Test]
    public async Task Offers_nothing_when_the_target_Kubernetes_has_no_ContainerResource_metrics()
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Autoscaling.V2;

            namespace Shop;

            public static class Web
            {
                public static MetricSpec Cpu() => /*!*/new MetricSpec { Type = MetricSourceType.Resource, Resource = new ResourceMetricSource { Name = "cpu", Target = new MetricTarget { Type = MetricTargetType.Utilization, AverageUtilization = 60 } } };
            }
            """;
        var properties = new Dictionary<string, string?> { ["Container"] = "app", ["ContainerResourceAvailable"] = "false" };

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, properties: properties, messageArgs: Args);

        Assert.That(titles, Is.Empty);
    }

    [Test]
    public async Task Offers_nothing_when_the_metric_is_not_a_Resource_metric()
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Autoscaling.V2;

            namespace Shop;

            public static class Web
            {
                public static MetricSpec Rps() => /*!*/new MetricSpec
                {
                    Type = MetricSourceType.Pods,
                    Pods = new PodsMetricSource
                    {
                        Metric = new MetricIdentifier { Name = "rps" },
                        Target = new MetricTarget { Type = MetricTargetType.AverageValue, AverageValue = "100" },
                    },
                };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(titles, Is.Empty);
    }
}
