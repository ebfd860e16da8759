using Mesh.Sdk.CodeFixes.Startup;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class DeprecatedHoldValueFixerTests
{
    private static readonly DeprecatedHoldValueFixer Fixer = new();
    private static readonly MeshRule Rule = MeshRules.DeprecatedHoldValue;
    private static readonly object[] Args = ["IstioOperator/control-plane"];

    [Test]
    public async Task Moves_hold_into_a_new_MeshConfig_DefaultConfig()
    {
        const string source = """
            using Mesh.Sdk.Istio.Install.V1Alpha1;
            using Mesh.Sdk.Kubernetes.Meta.V1;

            namespace Shop;

            public static class ControlPlane
            {
                public static IstioOperator Install() => new IstioOperator
                {
                    Metadata = new ObjectMeta { Name = "control-plane", Namespace = "istio-system" },
                    Spec = new IstioOperatorSpec
                    {
                        Profile = "default",
                        Values = new IstioValues
                        {
                            Global = new GlobalValues
                            {
                                Proxy = /*!*/new ProxyValues
                                {
                                    HoldApplicationUntilProxyStarts = true,
                                    LogLevel = "warning",
                                },
                            },
                        },
                    },
                };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Istio.Install.V1Alpha1;
            using Mesh.Sdk.Istio.Mesh.V1Alpha1;
            using Mesh.Sdk.Kubernetes.Meta.V1;

            namespace Shop;

            public static class ControlPlane
            {
                public static IstioOperator Install() => new IstioOperator
                {
                    Metadata = new ObjectMeta { Name = "control-plane", Namespace = "istio-system" },
                    Spec = new IstioOperatorSpec
                    {
                        Profile = "default",
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
                        MeshConfig = new MeshConfig { DefaultConfig = new ProxyConfig { HoldApplicationUntilProxyStarts = true } },
                    },
                };
            }
            """));
    }

    [Test]
    public async Task Sets_hold_on_the_existing_DefaultConfig_and_drops_the_emptied_values()
    {
        const string source = """
            using Mesh.Sdk;
            using Mesh.Sdk.Istio.Install.V1Alpha1;
            using Mesh.Sdk.Istio.Mesh.V1Alpha1;
            using Mesh.Sdk.Kubernetes.Meta.V1;

            namespace Shop;

            public static class ControlPlane
            {
                public static IstioOperator Install() => new IstioOperator
                {
                    Metadata = new ObjectMeta { Name = "control-plane" },
                    Spec = new IstioOperatorSpec
                    {
                        MeshConfig = new MeshConfig
                        {
                            AccessLogFile = "/dev/stdout",
                            DefaultConfig = new ProxyConfig { TerminationDrainDuration = Duration.FromSeconds(20) },
                        },
                        Values = new IstioValues { Global = new GlobalValues { Proxy = /*!*/new ProxyValues { HoldApplicationUntilProxyStarts = true } } },
                    },
                };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk;
            using Mesh.Sdk.Istio.Install.V1Alpha1;
            using Mesh.Sdk.Istio.Mesh.V1Alpha1;
            using Mesh.Sdk.Kubernetes.Meta.V1;

            namespace Shop;

            public static class ControlPlane
            {
                public static IstioOperator Install() => new IstioOperator
                {
                    Metadata = new ObjectMeta { Name = "control-plane" },
                    Spec = new IstioOperatorSpec
                    {
                        MeshConfig = new MeshConfig
                        {
                            AccessLogFile = "/dev/stdout",
                            DefaultConfig = new ProxyConfig { TerminationDrainDuration = Duration.FromSeconds(20), HoldApplicationUntilProxyStarts = true },
                        },
                        Values = new IstioValues { Global = new GlobalValues { Proxy = new ProxyValues() } },
                    },
                };
            }
            """));
    }

    [Test]
    public async Task Adds_DefaultConfig_to_an_existing_MeshConfig()
    {
        const string source = """
            using Mesh.Sdk.Istio.Install.V1Alpha1;
            using Mesh.Sdk.Istio.Mesh.V1Alpha1;

            namespace Shop;

            public static class ControlPlane
            {
                public static IstioOperatorSpec Spec() => new IstioOperatorSpec
                {
                    MeshConfig = new MeshConfig { AccessLogFile = "/dev/stdout" },
                    Values = new() { Global = new() { Proxy = /*!*/new() { HoldApplicationUntilProxyStarts = true } } },
                };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Istio.Install.V1Alpha1;
            using Mesh.Sdk.Istio.Mesh.V1Alpha1;

            namespace Shop;

            public static class ControlPlane
            {
                public static IstioOperatorSpec Spec() => new IstioOperatorSpec
                {
                    MeshConfig = new MeshConfig { AccessLogFile = "/dev/stdout", DefaultConfig = new ProxyConfig { HoldApplicationUntilProxyStarts = true } },
                    Values = new() { Global = new() { Proxy = new() } },
                };
            }
            """));
    }

    [Test]
    public async Task Offers_nothing_when_the_proxy_values_are_not_inside_an_IstioOperatorSpec()
    {
        const string source = """
            using Mesh.Sdk.Istio.Install.V1Alpha1;

            namespace Shop;

            public static class ControlPlane
            {
                public static ProxyValues Proxy() => /*!*/new ProxyValues { HoldApplicationUntilProxyStarts = true };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(titles, Is.Empty);
    }
}
