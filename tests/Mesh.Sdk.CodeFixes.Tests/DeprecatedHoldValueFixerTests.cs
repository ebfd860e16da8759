using Mesh.Sdk.CodeFixes.Startup;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class DeprecatedHoldValueFixerTests
{
    private static readonly FixerUnderTest Fixer = new(new DeprecatedHoldValueFixer(), MeshRules.DeprecatedHoldValue, "IstioOperator/control-plane");

    [TestCaseSource(nameof(Cases))]
    public Task Fixes(CodeFixCase fix) => Fixer.VerifyAsync(fix);

    private static string ControlPlane(string[] usings, string members) => UserCode.Class("ControlPlane", usings, members);

    private static IEnumerable<TestCaseData> Cases() => CodeFixCase.Table(
        new("Moves_hold_into_a_new_MeshConfig_DefaultConfig", ControlPlane([Namespaces.IstioInstall, Namespaces.MetaV1], """
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
            """))
        {
            After = ControlPlane([Namespaces.IstioInstall, Namespaces.IstioMesh, Namespaces.MetaV1], """
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
                """),
        },
        new CodeFixCase("Sets_hold_on_the_existing_DefaultConfig_and_drops_the_emptied_values", ControlPlane([Namespaces.Sdk, Namespaces.IstioInstall, Namespaces.IstioMesh, Namespaces.MetaV1], """
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
            """))
            .Replacing("Duration.FromSeconds(20) }", "Duration.FromSeconds(20), HoldApplicationUntilProxyStarts = true }")
            .Replacing("new ProxyValues { HoldApplicationUntilProxyStarts = true }", "new ProxyValues()"),
        new CodeFixCase("Adds_DefaultConfig_to_an_existing_MeshConfig", ControlPlane([Namespaces.IstioInstall, Namespaces.IstioMesh], """
            public static IstioOperatorSpec Spec() => new IstioOperatorSpec
            {
                MeshConfig = new MeshConfig { AccessLogFile = "/dev/stdout" },
                Values = new() { Global = new() { Proxy = /*!*/new() { HoldApplicationUntilProxyStarts = true } } },
            };
            """))
            .Replacing("\"/dev/stdout\" }", "\"/dev/stdout\", DefaultConfig = new ProxyConfig { HoldApplicationUntilProxyStarts = true } }")
            .Replacing("new() { HoldApplicationUntilProxyStarts = true }", "new()"),
        new("Offers_nothing_when_the_proxy_values_are_not_inside_an_IstioOperatorSpec", ControlPlane([Namespaces.IstioInstall], """
            public static ProxyValues Proxy() => /*!*/new ProxyValues { HoldApplicationUntilProxyStarts = true };
            """))
        {
            Titles = [],
        });
}
