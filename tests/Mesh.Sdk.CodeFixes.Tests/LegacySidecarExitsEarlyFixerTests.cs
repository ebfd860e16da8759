using Mesh.Sdk.CodeFixes.Lifecycle;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class LegacySidecarExitsEarlyFixerTests
{
    private static readonly LegacySidecarExitsEarlyFixer Fixer = new();
    private static readonly MeshRule Rule = MeshRules.LegacySidecarExitsEarly;
    private static readonly object[] Args = ["Deployment/web", 25, 5, "default"];

    private const string WithProxyConfig = """
        using Mesh.Sdk;
        using Mesh.Sdk.Istio;
        using Mesh.Sdk.Istio.Mesh.V1Alpha1;
        using Mesh.Sdk.Kubernetes.Core.V1;
        using Mesh.Sdk.Kubernetes.Meta.V1;

        namespace Shop;

        public static class Web
        {
            public static PodTemplateSpec Template() => new PodTemplateSpec
            {
                Metadata = new TemplateMetadata { Labels = { ["app"] = "web" } }
                    .SetProxyConfig(new ProxyConfig { HoldApplicationUntilProxyStarts = true }),
                Spec = /*!*/new PodSpec { Containers = [new Container { Name = "app", Image = "app:1" }] },
            };
        }
        """;

    [Test]
    public async Task Offers_exit_on_zero_and_terminationDrainDuration()
    {
        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, WithProxyConfig, messageArgs: Args);

        Assert.That(titles, Is.EqualTo(new[]
        {
            "Enable EXIT_ON_ZERO_ACTIVE_CONNECTIONS in the pod's ProxyConfig",
            "Use terminationDrainDuration: set TerminationDrainDuration to 25s in the pod's ProxyConfig",
        }));
    }

    [Test]
    public async Task Enables_exit_on_zero_in_the_pods_existing_ProxyConfig()
    {
        var fixedSource = await CodeFixTest.ApplyAsync(
            Fixer, Rule, WithProxyConfig, "Enable EXIT_ON_ZERO_ACTIVE_CONNECTIONS in the pod's ProxyConfig", messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo(CodeFixTest.Unmarked(WithProxyConfig).Replace(
            "new ProxyConfig { HoldApplicationUntilProxyStarts = true }",
            "new ProxyConfig { HoldApplicationUntilProxyStarts = true, ExitOnZeroActiveConnections = true }",
            StringComparison.Ordinal)));
    }

    [Test]
    public async Task Sets_terminationDrainDuration_to_the_seconds_the_app_needs()
    {
        var fixedSource = await CodeFixTest.ApplyAsync(
            Fixer,
            Rule,
            WithProxyConfig,
            "Use terminationDrainDuration: set TerminationDrainDuration to 30s in the pod's ProxyConfig",
            properties: new Dictionary<string, string?> { ["RequiredSeconds"] = "30" },
            messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo(CodeFixTest.Unmarked(WithProxyConfig).Replace(
            "new ProxyConfig { HoldApplicationUntilProxyStarts = true }",
            "new ProxyConfig { HoldApplicationUntilProxyStarts = true, TerminationDrainDuration = Duration.FromSeconds(30) }",
            StringComparison.Ordinal)));
    }

    [Test]
    public async Task Creates_the_metadata_ProxyConfig_and_usings_when_the_template_has_none()
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static PodTemplateSpec Template() => new PodTemplateSpec
                {
                    Spec = /*!*/new PodSpec { Containers = [new Container { Name = "app", Image = "app:1" }] },
                };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(
            Fixer, Rule, source, "Enable EXIT_ON_ZERO_ACTIVE_CONNECTIONS in the pod's ProxyConfig", messageArgs: Args);

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
                    Spec = new PodSpec { Containers = [new Container { Name = "app", Image = "app:1" }] },
                    Metadata = new TemplateMetadata().SetProxyConfig(new ProxyConfig { ExitOnZeroActiveConnections = true }),
                };
            }
            """));
    }

    [Test]
    public async Task Adds_SetProxyConfig_to_target_typed_metadata()
    {
        const string source = """
            using Mesh.Sdk.Istio;
            using Mesh.Sdk.Istio.Mesh.V1Alpha1;
            using Mesh.Sdk.Kubernetes.Core.V1;
            using Mesh.Sdk.Kubernetes.Meta.V1;

            namespace Shop;

            public static class Web
            {
                public static PodTemplateSpec Template() => new()
                {
                    Metadata = new() { Labels = { ["app"] = "web" } },
                    Spec = /*!*/new() { Containers = [new() { Name = "app", Image = "app:1" }] },
                };
            }
            """;

        var fixedSource = await CodeFixTest.ApplyAsync(
            Fixer, Rule, source, "Enable EXIT_ON_ZERO_ACTIVE_CONNECTIONS in the pod's ProxyConfig", messageArgs: Args);

        Assert.That(fixedSource, Is.EqualTo("""
            using Mesh.Sdk.Istio;
            using Mesh.Sdk.Istio.Mesh.V1Alpha1;
            using Mesh.Sdk.Kubernetes.Core.V1;
            using Mesh.Sdk.Kubernetes.Meta.V1;

            namespace Shop;

            public static class Web
            {
                public static PodTemplateSpec Template() => new()
                {
                    Metadata = new TemplateMetadata { Labels = { ["app"] = "web" } }.SetProxyConfig(new ProxyConfig { ExitOnZeroActiveConnections = true }),
                    Spec = new() { Containers = [new() { Name = "app", Image = "app:1" }] },
                };
            }
            """));
    }

    [Test]
    public async Task Offers_nothing_when_the_ProxyConfig_annotation_is_hand_written()
    {
        const string source = """
            using Mesh.Sdk.Istio;
            using Mesh.Sdk.Kubernetes.Core.V1;
            using Mesh.Sdk.Kubernetes.Meta.V1;

            namespace Shop;

            public static class Web
            {
                public static PodTemplateSpec Template() => new PodTemplateSpec
                {
                    Metadata = new TemplateMetadata { Annotations = { [IstioAnnotations.ProxyConfig] = "terminationDrainDuration: 5s" } },
                    Spec = /*!*/new PodSpec { Containers = [new Container { Name = "app", Image = "app:1" }] },
                };
            }
            """;

        var titles = await CodeFixTest.TitlesAsync(Fixer, Rule, source, messageArgs: Args);

        Assert.That(titles, Is.Empty);
    }
}
