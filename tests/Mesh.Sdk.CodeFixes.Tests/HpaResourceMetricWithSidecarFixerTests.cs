using Mesh.Sdk.CodeFixes.Autoscaling;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class HpaResourceMetricWithSidecarFixerTests
{
    private static readonly FixerUnderTest Fixer = new(new HpaResourceMetricWithSidecarFixer(), MeshRules.HpaResourceMetricWithSidecar, "HorizontalPodAutoscaler/web", "cpu", "web", "");

    [TestCaseSource(nameof(Cases))]
    public Task Fixes(CodeFixCase fix) => Fixer.VerifyAsync(fix);

    private static string Web(string members) => UserCode.Class("Web", [Namespaces.AutoscalingV2], members);

    private static IEnumerable<TestCaseData> Cases() => CodeFixCase.Table(
        new("Rewrites_a_Resource_metric_into_a_ContainerResource_metric_for_the_app_container", Web("""
            public static MetricSpec Cpu() => /*!*/new MetricSpec
            {
                Type = MetricSourceType.Resource,
                Resource = new ResourceMetricSource
                {
                    Name = "cpu",
                    Target = new MetricTarget { Type = MetricTargetType.Utilization, AverageUtilization = 60 },
                },
            };
            """))
        {
            Properties = new Dictionary<string, string?> { ["Container"] = "app" },
            After = Web("""
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
                """),
        },
        new("Takes_the_container_from_the_message_and_keeps_target_typed_new", Web("""
            public static MetricSpec Cpu() => /*!*/new() { Type = MetricSourceType.Resource, Resource = new() { Name = "cpu", Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 60 } } };
            """))
        {
            Titles = ["Use a ContainerResource metric for container 'web'"],
            After = Web("""
                public static MetricSpec Cpu() => new() { Type = MetricSourceType.ContainerResource, ContainerResource = new() { Name = "cpu", Container = "web", Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 60 } } };
                """),
        },
        new("Offers_nothing_when_the_target_Kubernetes_has_no_ContainerResource_metrics", Web("""
            public static MetricSpec Cpu() => /*!*/new MetricSpec { Type = MetricSourceType.Resource, Resource = new ResourceMetricSource { Name = "cpu", Target = new MetricTarget { Type = MetricTargetType.Utilization, AverageUtilization = 60 } } };
            """))
        {
            Properties = new Dictionary<string, string?> { ["Container"] = "app", ["ContainerResourceAvailable"] = "false" },
            Titles = [],
        },
        new("Offers_nothing_when_the_metric_is_not_a_Resource_metric", Web("""
            public static MetricSpec Rps() => /*!*/new MetricSpec
            {
                Type = MetricSourceType.Pods,
                Pods = new PodsMetricSource
                {
                    Metric = new MetricIdentifier { Name = "rps" },
                    Target = new MetricTarget { Type = MetricTargetType.AverageValue, AverageValue = "100" },
                },
            };
            """))
        {
            Titles = [],
        });
}
