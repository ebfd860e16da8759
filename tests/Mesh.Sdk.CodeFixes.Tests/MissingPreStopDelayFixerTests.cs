using Mesh.Sdk.CodeFixes.Lifecycle;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class MissingPreStopDelayFixerTests
{
    private static readonly FixerUnderTest Fixer = new(new MissingPreStopDelayFixer(), MeshRules.MissingPreStopDelay, "Deployment/web", "app", "sleep");

    [TestCaseSource(nameof(Cases))]
    public Task Fixes(CodeFixCase fix) => Fixer.VerifyAsync(fix);

    private static string Web(string members) => UserCode.Class("Web", [Namespaces.CoreV1], members);

    private static IEnumerable<TestCaseData> Cases() => CodeFixCase.Table(
        new("Adds_a_10s_preStop_sleep_to_a_container_without_lifecycle", Web("""
            public static Container App() => /*!*/new Container
            {
                Name = "app",
                Image = "app:1",
            };
            """))
        {
            After = Web("""
                public static Container App() => new Container
                {
                    Name = "app",
                    Image = "app:1",
                    Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 10 } } },
                };
                """),
        },
        new("Keeps_a_one_line_container_on_one_line", Web("""
            public static Container App() => /*!*/new Container { Name = "app", Image = "app:1" };
            """))
        {
            After = Web("""
                public static Container App() => new Container { Name = "app", Image = "app:1", Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 10 } } } };
                """),
        },
        new("Uses_an_exec_sleep_when_the_target_Kubernetes_is_older_than_1_30", Web("""
            public static Container App() => /*!*/new Container
            {
                Name = "app",
                Image = "app:1"
            };
            """))
        {
            KubernetesVersion = "1.28",
            Titles = ["Add a preStop exec 'sleep 10' (target Kubernetes 1.28 has no sleep action)"],
            After = Web("""
                public static Container App() => new Container
                {
                    Name = "app",
                    Image = "app:1",
                    Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Exec = new ExecAction { Command = ["sleep", "10"] } } }
                };
                """),
        },
        new("Takes_the_action_and_seconds_the_analyzer_suggests", Web("""
            public static Container App() => /*!*/new Container { Name = "app", Image = "app:1" };
            """))
        {
            Properties = new Dictionary<string, string?> { ["PreStopAction"] = "Exec", ["PreStopSeconds"] = "5" },
            KubernetesVersion = "1.29",
            After = Web("""
                public static Container App() => new Container { Name = "app", Image = "app:1", Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Exec = new ExecAction { Command = ["sleep", "5"] } } } };
                """),
        },
        new("Adds_the_preStop_to_an_existing_lifecycle_that_has_none", Web("""
            public static Container App() => /*!*/new Container
            {
                Name = "app",
                Image = "app:1",
                Lifecycle = new Lifecycle { StopSignal = "SIGQUIT" },
            };
            """))
        {
            After = Web("""
                public static Container App() => new Container
                {
                    Name = "app",
                    Image = "app:1",
                    Lifecycle = new Lifecycle { StopSignal = "SIGQUIT", PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 10 } } },
                };
                """),
        },
        new("Adds_the_using_the_new_types_need", UserCode.Class("Web", [], """
            public static Mesh.Sdk.Kubernetes.Core.V1.Container App() => /*!*/new Mesh.Sdk.Kubernetes.Core.V1.Container { Name = "app", Image = "app:1" };
            """))
        {
            After = Web("""
                public static Mesh.Sdk.Kubernetes.Core.V1.Container App() => new Mesh.Sdk.Kubernetes.Core.V1.Container { Name = "app", Image = "app:1", Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 10 } } } };
                """),
        },
        new CodeFixCase("Sets_a_zero_MeshedService_PreStopDelay_to_10_seconds", UserCode.Class("Web", [Namespaces.Sdk, Namespaces.Workloads], """
            public static MeshedService Service() => /*!*/new MeshedService
            {
                Name = "web",
                Image = "web:1",
                PreStopDelay = Duration.FromSeconds(0),
            };
            """)).Replacing("Duration.FromSeconds(0)", "Duration.FromSeconds(10)"),
        new("Offers_nothing_when_the_container_already_has_a_preStop", Web("""
            public static Container App() => /*!*/new Container
            {
                Name = "app",
                Image = "app:1",
                Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { HttpGet = new HttpGetAction { Path = "/drain", Port = 8080 } } },
            };
            """))
        {
            Titles = [],
        },
        new("Offers_nothing_when_the_diagnostic_is_not_at_a_container", Web("""
            public static PodSpec Pod() => /*!*/new PodSpec { Containers = [new Container { Name = "app", Image = "app:1" }] };
            """))
        {
            Titles = [],
        });
}
