using Mesh.Sdk.CodeFixes.Lifecycle;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class ShellPreStopOnProxyFixerTests
{
    private static readonly ShellPreStopOnProxyFixer Fixer = new();
    private static readonly MeshRule Rule = MeshRules.ShellPreStopOnProxy;
    private static readonly object[] Args = ["IstioOperator/control-plane", "/bin/sh -c while ... netstat ...", ""];

    [Test]
    public async Task Replaces_the_values_preStop_with_exit_on_zero_in_the_mesh_DefaultConfig()
    {
        const string source = """
            using Mesh.Sdk.Istio.Install.V1Alpha1;
            using Mesh.Sdk.Istio.Mesh.V1Alpha1;
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class ControlPlane
            {
                public static IstioOperatorSpec Spec() => new IstioOperatorSpec
                {
                    MeshConfig = new MeshConfig { DefaultConfig = new ProxyConfig { HoldApplicationUntilProxyStarts = true } },
                    Values = new IstioValues
                    {
                        Global = new GlobalValues
                        {
                            Proxy = /*!*/new ProxyValues
                            {
                                Lifecycle = new Lifecycle
                                {
                                    PreStop = new LifecycleHandler { Exec = new ExecAction { Command = ["/bin/sh", "-c", "while [ $(netstat -plunt | grep tcp | grep -v envoy | wc -l | xargs) -ne 0 ]; do sleep 1; done"] } },
                                },
                                LogLevel = "warning",
                            },
                        },
                    },
                };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, messageArgs: Args);
        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(titles, Is.EqualTo(new[] { "Replace the shell preStop hook with EXIT_ON_ZERO_ACTIVE_CONNECTIONS in MeshConfig.DefaultConfig" }));
        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Istio.Install.V1Alpha1;
            using Mesh.Sdk.Istio.Mesh.V1Alpha1;
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class ControlPlane
            {
                public static IstioOperatorSpec Spec() => new IstioOperatorSpec
                {
                    MeshConfig = new MeshConfig { DefaultConfig = new ProxyConfig { HoldApplicationUntilProxyStarts = true, ExitOnZeroActiveConnections = true } },
                    Values = new IstioValues
                    {
                        Global = new GlobalValues
                        {
                            Proxy = new ProxyValues
                            {
                                LogLevel = "warning",
                            },
                        },
                    },
                };
            }
            """));
    }

    [Test]
    public async Task Keeps_the_rest_of_the_lifecycle_of_a_user_istio_proxy_container()
    {
        const string source = """
            using Mesh.Sdk.Istio;
            using Mesh.Sdk.Istio.Mesh.V1Alpha1;
            using Mesh.Sdk.Kubernetes.Core.V1;
            using Mesh.Sdk.Kubernetes.Meta.V1;

            namespace Shop;

            public static class Web
            {
                public static PodTemplateSpec Template() => new PodTemplateSpec
                {
                    Metadata = new TemplateMetadata().SetProxyConfig(new ProxyConfig()),
                    Spec = new PodSpec
                    {
                        Containers =
                        [
                            new Container { Name = "app", Image = "app:1" },
                            /*!*/new Container
                            {
                                Name = "istio-proxy",
                                Image = "auto",
                                Lifecycle = new Lifecycle
                                {
                                    PostStart = new LifecycleHandler { Exec = new ExecAction { Command = ["pilot-agent", "wait"] } },
                                    PreStop = new LifecycleHandler { Exec = new ExecAction { Command = ["sh", "-c", "while netstat -plunt | grep -q tcp; do sleep 1; done"] } },
                                },
                            },
                        ],
                    },
                };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Istio;
            using Mesh.Sdk.Istio.Mesh.V1Alpha1;
            using Mesh.Sdk.Kubernetes.Core.V1;
            using Mesh.Sdk.Kubernetes.Meta.V1;

            namespace Shop;

            public static class Web
            {
                public static PodTemplateSpec Template() => new PodTemplateSpec
                {
                    Metadata = new TemplateMetadata().SetProxyConfig(new ProxyConfig { ExitOnZeroActiveConnections = true }),
                    Spec = new PodSpec
                    {
                        Containers =
                        [
                            new Container { Name = "app", Image = "app:1" },
                            new Container
                            {
                                Name = "istio-proxy",
                                Image = "auto",
                                Lifecycle = new Lifecycle
                                {
                                    PostStart = new LifecycleHandler { Exec = new ExecAction { Command = ["pilot-agent", "wait"] } },
                                },
                            },
                        ],
                    },
                };
            }
            """));
    }

    [Test]
    public async Task Only_removes_the_hook_and_says_so_when_there_is_no_ProxyConfig_in_reach()
    {
        const string source = """
            using Mesh.Sdk.Istio.Install.V1Alpha1;
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class ControlPlane
            {
                public static ProxyValues Proxy() => /*!*/new ProxyValues
                {
                    Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Exec = new ExecAction { Command = ["sh", "-c", "netstat -plunt"] } } },
                };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, messageArgs: Args);
        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(titles, Is.EqualTo(new[] { "Remove the shell preStop hook (then enable EXIT_ON_ZERO_ACTIVE_CONNECTIONS in the ProxyConfig yourself)" }));
        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Istio.Install.V1Alpha1;
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class ControlPlane
            {
                public static ProxyValues Proxy() => new ProxyValues();
            }
            """));
    }

    [Test]
    public async Task Offers_nothing_when_the_subject_has_no_lifecycle()
    {
        const string source = """
            using Mesh.Sdk.Istio.Install.V1Alpha1;

            namespace Shop;

            public static class ControlPlane
            {
                public static ProxyValues Proxy() => /*!*/new ProxyValues { LogLevel = "warning" };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(titles, Is.Empty);
    }
}
