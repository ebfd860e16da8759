using Mesh.Sdk.CodeFixes.Lifecycle;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class OnlyDrainDurationRaisedFixerTests
{
    private static readonly OnlyDrainDurationRaisedFixer Fixer = new();
    private static readonly MeshRule Rule = MeshRules.OnlyDrainDurationRaised;
    private static readonly object[] Args = ["IstioOperator/control-plane", "50s", "5s"];

    private const string ProxyConfigSource = """
        using Mesh.Sdk;
        using Mesh.Sdk.Istio.Mesh.V1Alpha1;

        namespace Shop;

        public static class Mesh
        {
            public static ProxyConfig Defaults() => /*!*/new ProxyConfig
            {
                DrainDuration = Duration.FromSeconds(50),
                HoldApplicationUntilProxyStarts = true,
            };
        }
        """;

    [Test]
    public async Task Offers_terminationDrainDuration_and_exit_on_zero_on_a_ProxyConfig()
    {
        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, ProxyConfigSource, messageArgs: Args);

        Assert.That(titles, Is.EqualTo(new[] { "Use terminationDrainDuration instead of drainDuration", "Enable EXIT_ON_ZERO_ACTIVE_CONNECTIONS" }));
    }

    [Test]
    public async Task Renames_DrainDuration_to_TerminationDrainDuration()
    {
        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, ProxyConfigSource, "Use terminationDrainDuration instead of drainDuration", messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo(CodeFixTest.Unmarked(ProxyConfigSource).Replace(
            "DrainDuration = Duration.FromSeconds(50)", "TerminationDrainDuration = Duration.FromSeconds(50)", StringComparison.Ordinal)));
    }

    [Test]
    public async Task Moves_the_drain_value_into_an_existing_TerminationDrainDuration()
    {
        const string source = """
            using Mesh.Sdk;
            using Mesh.Sdk.Istio.Mesh.V1Alpha1;

            namespace Shop;

            public static class Mesh
            {
                public static ProxyConfig Defaults() => /*!*/new ProxyConfig
                {
                    TerminationDrainDuration = Duration.FromSeconds(5),
                    DrainDuration = Duration.FromSeconds(50),
                };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, "Use terminationDrainDuration instead of drainDuration", messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk;
            using Mesh.Sdk.Istio.Mesh.V1Alpha1;

            namespace Shop;

            public static class Mesh
            {
                public static ProxyConfig Defaults() => new ProxyConfig
                {
                    TerminationDrainDuration = Duration.FromSeconds(50),
                };
            }
            """));
    }

    [Test]
    public async Task Enables_exit_on_zero_on_the_ProxyConfig()
    {
        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, ProxyConfigSource, "Enable EXIT_ON_ZERO_ACTIVE_CONNECTIONS", messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo(CodeFixTest.Unmarked(ProxyConfigSource).Replace(
            "        HoldApplicationUntilProxyStarts = true,\n",
            "        HoldApplicationUntilProxyStarts = true,\n        ExitOnZeroActiveConnections = true,\n",
            StringComparison.Ordinal)));
    }

    [Test]
    public async Task Rewrites_the_path_of_a_TSB_overlay_patch()
    {
        const string source = """
            using Mesh.Sdk;
            using Mesh.Sdk.Tetrate.Install.V1Alpha1;

            namespace Shop;

            public static class ControlPlaneOverlay
            {
                public static OverlayPatch Drain() => /*!*/new OverlayPatch { Path = "spec.meshConfig.defaultConfig.drainDuration", Value = Duration.FromSeconds(50) };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo(CodeFixTest.Unmarked(source).Replace(
            "defaultConfig.drainDuration", "defaultConfig.terminationDrainDuration", StringComparison.Ordinal)));
    }

    [Test]
    public async Task Rewrites_the_OverlayPaths_constant_of_a_patch()
    {
        const string source = """
            using Mesh.Sdk;
            using Mesh.Sdk.Tetrate.Install.V1Alpha1;

            namespace Shop;

            public static class ControlPlaneOverlay
            {
                public static OverlayPatch Drain() => /*!*/new OverlayPatch { Path = OverlayPaths.DrainDuration, Value = Duration.FromSeconds(50) };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo(CodeFixTest.Unmarked(source).Replace(
            "OverlayPaths.DrainDuration", "OverlayPaths.TerminationDrainDuration", StringComparison.Ordinal)));
    }

    [Test]
    public async Task Rewrites_the_field_of_a_MeshDefaultConfig_patch()
    {
        const string source = """
            using Mesh.Sdk;
            using Mesh.Sdk.Tetrate.Install.V1Alpha1;

            namespace Shop;

            public static class ControlPlaneOverlay
            {
                public static OverlayPatch Drain() => /*!*/OverlayPatch.MeshDefaultConfig("drainDuration", Duration.FromSeconds(50));
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo(CodeFixTest.Unmarked(source).Replace(
            "(\"drainDuration\"", "(\"terminationDrainDuration\"", StringComparison.Ordinal)));
    }

    [Test]
    public async Task Offers_nothing_for_a_patch_of_another_path()
    {
        const string source = """
            using Mesh.Sdk.Tetrate.Install.V1Alpha1;

            namespace Shop;

            public static class ControlPlaneOverlay
            {
                public static OverlayPatch Hold() => /*!*/new OverlayPatch { Path = OverlayPaths.HoldApplicationUntilProxyStarts, Value = true };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(titles, Is.Empty);
    }
}
