using Mesh.Sdk.CodeFixes.Traffic;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class InvalidWarmupFixerTests
{
    private static readonly InvalidWarmupFixer Fixer = new();
    private static readonly MeshRule Rule = MeshRules.InvalidWarmup;
    private static readonly object[] Args = ["DestinationRule/web", "only one of warmupDurationSecs or warmup can be set"];

    [Test]
    public async Task Removes_WarmupDurationSecs_when_Warmup_is_also_set()
    {
        const string source = """
            using Mesh.Sdk;
            using Mesh.Sdk.Istio.Networking.V1;

            namespace Shop;

            public static class Web
            {
                #pragma warning disable CS0618
                public static LoadBalancerSettings Lb() => /*!*/new LoadBalancerSettings
                {
                    Simple = SimpleLoadBalancer.LeastRequest,
                    WarmupDurationSecs = Duration.FromSeconds(30),
                    Warmup = new WarmupConfiguration { Duration = Duration.FromSeconds(60) },
                };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk;
            using Mesh.Sdk.Istio.Networking.V1;

            namespace Shop;

            public static class Web
            {
                #pragma warning disable CS0618
                public static LoadBalancerSettings Lb() => new LoadBalancerSettings
                {
                    Simple = SimpleLoadBalancer.LeastRequest,
                    Warmup = new WarmupConfiguration { Duration = Duration.FromSeconds(60) },
                };
            }
            """));
    }

    [Test]
    public async Task Replaces_a_lone_WarmupDurationSecs_with_a_Warmup_block_of_the_same_duration()
    {
        const string source = """
            using Mesh.Sdk;
            using Mesh.Sdk.Istio.Networking.V1;

            namespace Shop;

            public static class Web
            {
                #pragma warning disable CS0618
                public static LoadBalancerSettings Lb() => /*!*/new LoadBalancerSettings
                {
                    WarmupDurationSecs = Duration.FromSeconds(30), // slow start
                    Simple = SimpleLoadBalancer.RoundRobin
                };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, messageArgs: Args);
        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(titles, Is.EqualTo(new[] { "Replace WarmupDurationSecs with Warmup.Duration" }));
        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk;
            using Mesh.Sdk.Istio.Networking.V1;

            namespace Shop;

            public static class Web
            {
                #pragma warning disable CS0618
                public static LoadBalancerSettings Lb() => new LoadBalancerSettings
                {
                    Warmup = new WarmupConfiguration { Duration = Duration.FromSeconds(30) }, // slow start
                    Simple = SimpleLoadBalancer.RoundRobin
                };
            }
            """));
    }

    [Test]
    public async Task Removes_the_last_member_without_a_trailing_comma_cleanly()
    {
        const string source = """
            using Mesh.Sdk;
            using Mesh.Sdk.Istio.Networking.V1;

            namespace Shop;

            public static class Web
            {
                #pragma warning disable CS0618
                public static LoadBalancerSettings Lb() => /*!*/new LoadBalancerSettings
                {
                    Warmup = new WarmupConfiguration { Duration = Duration.FromSeconds(60) },
                    WarmupDurationSecs = Duration.FromSeconds(30)
                };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk;
            using Mesh.Sdk.Istio.Networking.V1;

            namespace Shop;

            public static class Web
            {
                #pragma warning disable CS0618
                public static LoadBalancerSettings Lb() => new LoadBalancerSettings
                {
                    Warmup = new WarmupConfiguration { Duration = Duration.FromSeconds(60) }
                };
            }
            """));
    }

    [Test]
    public async Task Offers_nothing_for_an_analyzer_case_that_is_not_about_WarmupDurationSecs()
    {
        const string source = """
            using Mesh.Sdk;
            using Mesh.Sdk.Istio.Networking.V1;

            namespace Shop;

            public static class Web
            {
                #pragma warning disable CS0618
                public static LoadBalancerSettings Lb() => /*!*/new LoadBalancerSettings
                {
                    WarmupDurationSecs = Duration.FromSeconds(30),
                };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(
            Fixer, Rule, source, properties: new Dictionary<string, string?> { ["WarmupCase"] = "WarmupNeedsIstio124" }, messageArgs: Args);

        Assert.That(titles, Is.Empty);
    }

    [Test]
    public async Task Offers_nothing_for_a_warmup_problem_it_cannot_choose_a_value_for()
    {
        const string source = """
            using Mesh.Sdk;
            using Mesh.Sdk.Istio.Networking.V1;

            namespace Shop;

            public static class Web
            {
                public static LoadBalancerSettings Lb() => /*!*/new LoadBalancerSettings
                {
                    Warmup = new WarmupConfiguration { Duration = Duration.FromSeconds(60), Aggression = 0 },
                };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(titles, Is.Empty);
    }
}
