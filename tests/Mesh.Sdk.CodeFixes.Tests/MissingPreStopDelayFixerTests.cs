using Mesh.Sdk.CodeFixes.Lifecycle;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class MissingPreStopDelayFixerTests
{
    private static readonly MissingPreStopDelayFixer Fixer = new();
    private static readonly MeshRule Rule = MeshRules.MissingPreStopDelay;
    private static readonly object[] Args = ["Deployment/web", "app", "sleep"];

    [Test]
    public async Task Adds_a_10s_preStop_sleep_to_a_container_without_lifecycle()
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static Container App() => /*!*/new Container
                {
                    Name = "app",
                    Image = "app:1",
                };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static Container App() => new Container
                {
                    Name = "app",
                    Image = "app:1",
                    Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 10 } } },
                };
            }
            """));
    }

    [Test]
    public async Task Keeps_a_one_line_container_on_one_line()
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static Container App() => /*!*/new Container { Name = "app", Image = "app:1" };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static Container App() => new Container { Name = "app", Image = "app:1", Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 10 } } } };
            }
            """));
    }

    [Test]
    public async Task Uses_an_exec_sleep_when_the_target_Kubernetes_is_older_than_1_30()
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static Container App() => /*!*/new Container
                {
                    Name = "app",
                    Image = "app:1"
                };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, kubernetesVersion: "1.28", messageArgs: Args);
        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, kubernetesVersion: "1.28", messageArgs: Args);

        Assert.That(titles, Is.EqualTo(new[] { "Add a preStop exec 'sleep 10' (target Kubernetes 1.28 has no sleep action)" }));
        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static Container App() => new Container
                {
                    Name = "app",
                    Image = "app:1",
                    Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Exec = new ExecAction { Command = ["sleep", "10"] } } }
                };
            }
            """));
    }

    [Test]
    public async Task Takes_the_action_and_seconds_the_analyzer_suggests()
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static Container App() => /*!*/new Container { Name = "app", Image = "app:1" };
            }
            """;
        var properties = new Dictionary<string, string?> { ["PreStopAction"] = "Exec", ["PreStopSeconds"] = "5" };

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, properties: properties, kubernetesVersion: "1.29", messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static Container App() => new Container { Name = "app", Image = "app:1", Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Exec = new ExecAction { Command = ["sleep", "5"] } } } };
            }
            """));
    }

    [Test]
    public async Task Adds_the_preStop_to_an_existing_lifecycle_that_has_none()
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static Container App() => /*!*/new Container
                {
                    Name = "app",
                    Image = "app:1",
                    Lifecycle = new Lifecycle { StopSignal = "SIGQUIT" },
                };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static Container App() => new Container
                {
                    Name = "app",
                    Image = "app:1",
                    Lifecycle = new Lifecycle { StopSignal = "SIGQUIT", PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 10 } } },
                };
            }
            """));
    }

    [Test]
    public async Task Adds_the_using_the_new_types_need()
    {
        const string source = """
            namespace Shop;

            public static class Web
            {
                public static Mesh.Sdk.Kubernetes.Core.V1.Container App() => /*!*/new Mesh.Sdk.Kubernetes.Core.V1.Container { Name = "app", Image = "app:1" };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static Mesh.Sdk.Kubernetes.Core.V1.Container App() => new Mesh.Sdk.Kubernetes.Core.V1.Container { Name = "app", Image = "app:1", Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 10 } } } };
            }
            """));
    }

    [Test]
    public async Task Sets_a_zero_MeshedService_PreStopDelay_to_10_seconds()
    {
        const string source = """
            using Mesh.Sdk;
            using Mesh.Sdk.Workloads;

            namespace Shop;

            public static class Web
            {
                public static MeshedService Service() => /*!*/new MeshedService
                {
                    Name = "web",
                    Image = "web:1",
                    PreStopDelay = Duration.FromSeconds(0),
                };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk;
            using Mesh.Sdk.Workloads;

            namespace Shop;

            public static class Web
            {
                public static MeshedService Service() => new MeshedService
                {
                    Name = "web",
                    Image = "web:1",
                    PreStopDelay = Duration.FromSeconds(10),
                };
            }
            """));
    }

    [Test]
    public async Task Offers_nothing_when_the_container_already_has_a_preStop()
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static Container App() => /*!*/new Container
                {
                    Name = "app",
                    Image = "app:1",
                    Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { HttpGet = new HttpGetAction { Path = "/drain", Port = 8080 } } },
                };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(titles, Is.Empty);
    }

    [Test]
    public async Task Offers_nothing_when_the_diagnostic_is_not_at_a_container()
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static PodSpec Pod() => /*!*/new PodSpec { Containers = [new Container { Name = "app", Image = "app:1" }] };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(titles, Is.Empty);
    }
}
