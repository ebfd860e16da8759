using Mesh.Sdk.CodeFixes.Lifecycle;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class ShutdownBudgetExceedsGraceFixerTests
{
    private static readonly FixerUnderTest Fixer = new(
        new ShutdownBudgetExceedsGraceFixer(), MeshRules.ShutdownBudgetExceedsGrace, "Deployment/web", "preStop + app shutdown", 35, 30, 40);

    [TestCaseSource(nameof(Cases))]
    public Task Fixes(CodeFixCase fix) => Fixer.VerifyAsync(fix);

    private static string Web(string members) => UserCode.Class("Web", [Namespaces.CoreV1], members);

    private static IEnumerable<TestCaseData> Cases() => CodeFixCase.Table(
        new CodeFixCase("Replaces_the_grace_period_with_the_one_from_the_diagnostic_properties", Web("""
            public static PodSpec Pod() => /*!*/new PodSpec
            {
                TerminationGracePeriodSeconds = 30,
                Containers = [new Container { Name = "app", Image = "app:1" }],
            };
            """))
        {
            Properties = new Dictionary<string, string?> { ["MinimumGraceSeconds"] = "45" },
        }.Replacing("TerminationGracePeriodSeconds = 30", "TerminationGracePeriodSeconds = 45"),
        new("Adds_the_grace_period_from_the_message_when_the_property_is_absent", Web("""
            public static PodSpec Pod() => /*!*/new PodSpec
            {
                Containers = [new Container { Name = "app", Image = "app:1" }]
            };
            """))
        {
            Titles = ["Set TerminationGracePeriodSeconds to 40"],
            After = Web("""
                public static PodSpec Pod() => new PodSpec
                {
                    Containers = [new Container { Name = "app", Image = "app:1" }],
                    TerminationGracePeriodSeconds = 40
                };
                """),
        },
        new("Offers_nothing_when_the_diagnostic_is_not_at_a_pod_spec", Web("""
            public static Container App() => /*!*/new Container { Name = "app", Image = "app:1" };
            """))
        {
            Titles = [],
        });
}
