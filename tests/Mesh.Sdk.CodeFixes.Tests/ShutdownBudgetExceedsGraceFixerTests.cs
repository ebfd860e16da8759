using Mesh.Sdk.CodeFixes.Lifecycle;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class ShutdownBudgetExceedsGraceFixerTests
{
    private static readonly ShutdownBudgetExceedsGraceFixer Fixer = new();
    private static readonly MeshRule Rule = MeshRules.ShutdownBudgetExceedsGrace;
    private static readonly object[] Args = ["Deployment/web", "preStop + app shutdown", 35, 30, 40];

    [Test]
    public async Task Replaces_the_grace_period_with_the_one_from_the_diagnostic_properties()
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static PodSpec Pod() => /*!*/new PodSpec
                {
                    TerminationGracePeriodSeconds = 30,
                    Containers = [new Container { Name = "app", Image = "app:1" }],
                };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(
            Fixer, Rule, source, properties: new Dictionary<string, string?> { ["MinimumGraceSeconds"] = "45" }, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static PodSpec Pod() => new PodSpec
                {
                    TerminationGracePeriodSeconds = 45,
                    Containers = [new Container { Name = "app", Image = "app:1" }],
                };
            }
            """));
    }

    [Test]
    public async Task Adds_the_grace_period_from_the_message_when_the_property_is_absent()
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static PodSpec Pod() => /*!*/new PodSpec
                {
                    Containers = [new Container { Name = "app", Image = "app:1" }]
                };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, messageArgs: Args);
        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(titles, Is.EqualTo(new[] { "Set TerminationGracePeriodSeconds to 40" }));
        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static PodSpec Pod() => new PodSpec
                {
                    Containers = [new Container { Name = "app", Image = "app:1" }],
                    TerminationGracePeriodSeconds = 40
                };
            }
            """));
    }

    [Test]
    public async Task Offers_nothing_when_the_diagnostic_is_not_at_a_pod_spec()
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static Container App() => /*!*/new Container { Name = "app", Image = "app:1" };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(titles, Is.Empty);
    }
}
