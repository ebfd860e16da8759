using Mesh.Sdk.CodeFixes.Traffic;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class InvalidWarmupFixerTests
{
    private static readonly FixerUnderTest Fixer = new(
        new InvalidWarmupFixer(), MeshRules.InvalidWarmup, "DestinationRule/web", "only one of warmupDurationSecs or warmup can be set");

    [TestCaseSource(nameof(Cases))]
    public Task Fixes(CodeFixCase fix) => Fixer.VerifyAsync(fix);

    /// <summary>The class Web; <paramref name="members"/> start with <c>#pragma warning disable CS0618</c> to use the deprecated field.</summary>
    private static string Web(string members) => UserCode.Class("Web", [Namespaces.Sdk, Namespaces.IstioNetworking], members);

    private static IEnumerable<TestCaseData> Cases() => CodeFixCase.Table(
        new CodeFixCase("Removes_WarmupDurationSecs_when_Warmup_is_also_set", Web("""
            #pragma warning disable CS0618
            public static LoadBalancerSettings Lb() => /*!*/new LoadBalancerSettings
            {
                Simple = SimpleLoadBalancer.LeastRequest,
                WarmupDurationSecs = Duration.FromSeconds(30),
                Warmup = new WarmupConfiguration { Duration = Duration.FromSeconds(60) },
            };
            """)).Replacing("        WarmupDurationSecs = Duration.FromSeconds(30),\n", string.Empty),
        new CodeFixCase("Replaces_a_lone_WarmupDurationSecs_with_a_Warmup_block_of_the_same_duration", Web("""
            #pragma warning disable CS0618
            public static LoadBalancerSettings Lb() => /*!*/new LoadBalancerSettings
            {
                WarmupDurationSecs = Duration.FromSeconds(30), // slow start
                Simple = SimpleLoadBalancer.RoundRobin
            };
            """))
        {
            Titles = ["Replace WarmupDurationSecs with Warmup.Duration"],
        }.Replacing("WarmupDurationSecs = Duration.FromSeconds(30),", "Warmup = new WarmupConfiguration { Duration = Duration.FromSeconds(30) },"),
        new("Removes_the_last_member_without_a_trailing_comma_cleanly", Web("""
            #pragma warning disable CS0618
            public static LoadBalancerSettings Lb() => /*!*/new LoadBalancerSettings
            {
                Warmup = new WarmupConfiguration { Duration = Duration.FromSeconds(60) },
                WarmupDurationSecs = Duration.FromSeconds(30)
            };
            """))
        {
            After = Web("""
                #pragma warning disable CS0618
                public static LoadBalancerSettings Lb() => new LoadBalancerSettings
                {
                    Warmup = new WarmupConfiguration { Duration = Duration.FromSeconds(60) }
                };
                """),
        },
        new("Offers_nothing_for_an_analyzer_case_that_is_not_about_WarmupDurationSecs", Web("""
            #pragma warning disable CS0618
            public static LoadBalancerSettings Lb() => /*!*/new LoadBalancerSettings
            {
                WarmupDurationSecs = Duration.FromSeconds(30),
            };
            """))
        {
            Properties = new Dictionary<string, string?> { ["WarmupCase"] = "WarmupNeedsIstio124" },
            Titles = [],
        },
        new("Offers_nothing_for_a_warmup_problem_it_cannot_choose_a_value_for", Web("""
            public static LoadBalancerSettings Lb() => /*!*/new LoadBalancerSettings
            {
                Warmup = new WarmupConfiguration { Duration = Duration.FromSeconds(60), Aggression = 0 },
            };
            """))
        {
            Titles = [],
        });
}
