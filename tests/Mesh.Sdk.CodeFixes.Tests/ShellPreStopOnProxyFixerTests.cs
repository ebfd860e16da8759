using Mesh.Sdk.CodeFixes.Lifecycle;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class ShellPreStopOnProxyFixerTests
{
    private static readonly FixerUnderTest Fixer = new(
        new ShellPreStopOnProxyFixer(), MeshRules.ShellPreStopOnProxy, "IstioOperator/control-plane", "/bin/sh -c while ... netstat ...", "");

    [TestCaseSource(nameof(Cases))]
    public Task Fixes(CodeFixCase fix) => Fixer.VerifyAsync(fix);

    private static IEnumerable<TestCaseData> Cases() => CodeFixCase.Table(
        new CodeFixCase("Replaces_the_values_preStop_with_exit_on_zero_in_the_mesh_DefaultConfig", UserCode.Class("ControlPlane", [Namespaces.IstioInstall, Namespaces.IstioMesh, Namespaces.CoreV1], """
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
            """))
        {
            Titles = ["Replace the shell preStop hook with EXIT_ON_ZERO_ACTIVE_CONNECTIONS in MeshConfig.DefaultConfig"],
        }
            .Replacing("HoldApplicationUntilProxyStarts = true }", "HoldApplicationUntilProxyStarts = true, ExitOnZeroActiveConnections = true }")
            .Replacing(
                """
                                    Lifecycle = new Lifecycle
                                    {
                                        PreStop = new LifecycleHandler { Exec = new ExecAction { Command = ["/bin/sh", "-c", "while [ $(netstat -plunt | grep tcp | grep -v envoy | wc -l | xargs) -ne 0 ]; do sleep 1; done"] } },
                                    },

                """,
                string.Empty),
        new CodeFixCase("Keeps_the_rest_of_the_lifecycle_of_a_user_istio_proxy_container", UserCode.Class("Web", [Namespaces.Istio, Namespaces.IstioMesh, Namespaces.CoreV1, Namespaces.MetaV1], """
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
            """))
            .Replacing("new ProxyConfig()", "new ProxyConfig { ExitOnZeroActiveConnections = true }")
            .Replacing(
                """
                                        PreStop = new LifecycleHandler { Exec = new ExecAction { Command = ["sh", "-c", "while netstat -plunt | grep -q tcp; do sleep 1; done"] } },

                """,
                string.Empty),
        new("Only_removes_the_hook_and_says_so_when_there_is_no_ProxyConfig_in_reach", UserCode.Class("ControlPlane", [Namespaces.IstioInstall, Namespaces.CoreV1], """
            public static ProxyValues Proxy() => /*!*/new ProxyValues
            {
                Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Exec = new ExecAction { Command = ["sh", "-c", "netstat -plunt"] } } },
            };
            """))
        {
            Titles = ["Remove the shell preStop hook (then enable EXIT_ON_ZERO_ACTIVE_CONNECTIONS in the ProxyConfig yourself)"],
            After = UserCode.Class("ControlPlane", [Namespaces.IstioInstall, Namespaces.CoreV1], """
                public static ProxyValues Proxy() => new ProxyValues();
                """),
        },
        new("Offers_nothing_when_the_subject_has_no_lifecycle", UserCode.Class("ControlPlane", [Namespaces.IstioInstall], """
            public static ProxyValues Proxy() => /*!*/new ProxyValues { LogLevel = "warning" };
            """))
        {
            Titles = [],
        });
}
