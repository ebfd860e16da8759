using Mesh.Sdk.CodeFixes.Lifecycle;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class OnlyDrainDurationRaisedFixerTests
{
    private const string UseTermination = "Use terminationDrainDuration instead of drainDuration";
    private const string ExitOnZero = "Enable EXIT_ON_ZERO_ACTIVE_CONNECTIONS";

    private static readonly FixerUnderTest Fixer = new(new OnlyDrainDurationRaisedFixer(), MeshRules.OnlyDrainDurationRaised, "IstioOperator/control-plane", "50s", "5s");

    private static readonly string ProxyConfigSource = MeshDefaults("""
        public static ProxyConfig Defaults() => /*!*/new ProxyConfig
        {
            DrainDuration = Duration.FromSeconds(50),
            HoldApplicationUntilProxyStarts = true,
        };
        """);

    [TestCaseSource(nameof(Cases))]
    public Task Fixes(CodeFixCase fix) => Fixer.VerifyAsync(fix);

    private static string MeshDefaults(string members) => UserCode.Class("Mesh", [Namespaces.Sdk, Namespaces.IstioMesh], members);

    private static string Overlay(string[] usings, string members) => UserCode.Class("ControlPlaneOverlay", usings, members);

    private static IEnumerable<TestCaseData> Cases() => CodeFixCase.Table(
        new("Offers_terminationDrainDuration_and_exit_on_zero_on_a_ProxyConfig", ProxyConfigSource) { Titles = [UseTermination, ExitOnZero] },
        new CodeFixCase("Renames_DrainDuration_to_TerminationDrainDuration", ProxyConfigSource) { Title = UseTermination }
            .Replacing("DrainDuration = Duration.FromSeconds(50)", "TerminationDrainDuration = Duration.FromSeconds(50)"),
        new("Moves_the_drain_value_into_an_existing_TerminationDrainDuration", MeshDefaults("""
            public static ProxyConfig Defaults() => /*!*/new ProxyConfig
            {
                TerminationDrainDuration = Duration.FromSeconds(5),
                DrainDuration = Duration.FromSeconds(50),
            };
            """))
        {
            Title = UseTermination,
            After = MeshDefaults("""
                public static ProxyConfig Defaults() => new ProxyConfig
                {
                    TerminationDrainDuration = Duration.FromSeconds(50),
                };
                """),
        },
        new CodeFixCase("Enables_exit_on_zero_on_the_ProxyConfig", ProxyConfigSource) { Title = ExitOnZero }.Replacing(
            "        HoldApplicationUntilProxyStarts = true,\n",
            "        HoldApplicationUntilProxyStarts = true,\n        ExitOnZeroActiveConnections = true,\n"),
        new CodeFixCase("Rewrites_the_path_of_a_TSB_overlay_patch", Overlay([Namespaces.Sdk, Namespaces.TetrateInstall], """
            public static OverlayPatch Drain() => /*!*/new OverlayPatch { Path = "spec.meshConfig.defaultConfig.drainDuration", Value = Duration.FromSeconds(50) };
            """)).Replacing("defaultConfig.drainDuration", "defaultConfig.terminationDrainDuration"),
        new CodeFixCase("Rewrites_the_OverlayPaths_constant_of_a_patch", Overlay([Namespaces.Sdk, Namespaces.TetrateInstall], """
            public static OverlayPatch Drain() => /*!*/new OverlayPatch { Path = OverlayPaths.DrainDuration, Value = Duration.FromSeconds(50) };
            """)).Replacing("OverlayPaths.DrainDuration", "OverlayPaths.TerminationDrainDuration"),
        new CodeFixCase("Rewrites_the_field_of_a_MeshDefaultConfig_patch", Overlay([Namespaces.Sdk, Namespaces.TetrateInstall], """
            public static OverlayPatch Drain() => /*!*/OverlayPatch.MeshDefaultConfig("drainDuration", Duration.FromSeconds(50));
            """)).Replacing("(\"drainDuration\"", "(\"terminationDrainDuration\""),
        new("Offers_nothing_for_a_patch_of_another_path", Overlay([Namespaces.TetrateInstall], """
            public static OverlayPatch Hold() => /*!*/new OverlayPatch { Path = OverlayPaths.HoldApplicationUntilProxyStarts, Value = true };
            """))
        {
            Titles = [],
        });
}
