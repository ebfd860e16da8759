using Mesh.Sdk.CodeFixes.Lifecycle;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

public class LegacySidecarExitsEarlyFixerTests
{
    private const string ExitOnZero = "Enable EXIT_ON_ZERO_ACTIVE_CONNECTIONS in the pod's ProxyConfig";

    private static readonly FixerUnderTest Fixer = new(new LegacySidecarExitsEarlyFixer(), MeshRules.LegacySidecarExitsEarly, "Deployment/web", 25, 5, "default");

    private static readonly string WithProxyConfig = Web([Namespaces.Sdk, Namespaces.Istio, Namespaces.IstioMesh, Namespaces.CoreV1, Namespaces.MetaV1], """
        public static PodTemplateSpec Template() => new PodTemplateSpec
        {
            Metadata = new TemplateMetadata { Labels = { ["app"] = "web" } }
                .SetProxyConfig(new ProxyConfig { HoldApplicationUntilProxyStarts = true }),
            Spec = /*!*/new PodSpec { Containers = [new Container { Name = "app", Image = "app:1" }] },
        };
        """);

    [TestCaseSource(nameof(Cases))]
    public Task Fixes(CodeFixCase fix) => Fixer.VerifyAsync(fix);

    private static string Web(string[] usings, string members) => UserCode.Class("Web", usings, members);

    private static IEnumerable<TestCaseData> Cases() => CodeFixCase.Table(
        new("Offers_exit_on_zero_and_terminationDrainDuration", WithProxyConfig)
        {
            Titles = [ExitOnZero, "Use terminationDrainDuration: set TerminationDrainDuration to 25s in the pod's ProxyConfig"],
        },
        new CodeFixCase("Enables_exit_on_zero_in_the_pods_existing_ProxyConfig", WithProxyConfig) { Title = ExitOnZero }.Replacing(
            "new ProxyConfig { HoldApplicationUntilProxyStarts = true }",
            "new ProxyConfig { HoldApplicationUntilProxyStarts = true, ExitOnZeroActiveConnections = true }"),
        new CodeFixCase("Sets_terminationDrainDuration_to_the_seconds_the_app_needs", WithProxyConfig)
        {
            Title = "Use terminationDrainDuration: set TerminationDrainDuration to 30s in the pod's ProxyConfig",
            Properties = new Dictionary<string, string?> { ["RequiredSeconds"] = "30" },
        }.Replacing(
            "new ProxyConfig { HoldApplicationUntilProxyStarts = true }",
            "new ProxyConfig { HoldApplicationUntilProxyStarts = true, TerminationDrainDuration = Duration.FromSeconds(30) }"),
        new("Creates_the_metadata_ProxyConfig_and_usings_when_the_template_has_none", Web([Namespaces.CoreV1], """
            public static PodTemplateSpec Template() => new PodTemplateSpec
            {
                Spec = /*!*/new PodSpec { Containers = [new Container { Name = "app", Image = "app:1" }] },
            };
            """))
        {
            Title = ExitOnZero,
            After = Web([Namespaces.Istio, Namespaces.IstioMesh, Namespaces.CoreV1, Namespaces.MetaV1], """
                public static PodTemplateSpec Template() => new PodTemplateSpec
                {
                    Spec = new PodSpec { Containers = [new Container { Name = "app", Image = "app:1" }] },
                    Metadata = new TemplateMetadata().SetProxyConfig(new ProxyConfig { ExitOnZeroActiveConnections = true }),
                };
                """),
        },
        new CodeFixCase("Adds_SetProxyConfig_to_target_typed_metadata", Web([Namespaces.Istio, Namespaces.IstioMesh, Namespaces.CoreV1, Namespaces.MetaV1], """
            public static PodTemplateSpec Template() => new()
            {
                Metadata = new() { Labels = { ["app"] = "web" } },
                Spec = /*!*/new() { Containers = [new() { Name = "app", Image = "app:1" }] },
            };
            """))
        {
            Title = ExitOnZero,
        }.Replacing(
            "Metadata = new() { Labels = { [\"app\"] = \"web\" } },",
            "Metadata = new TemplateMetadata { Labels = { [\"app\"] = \"web\" } }.SetProxyConfig(new ProxyConfig { ExitOnZeroActiveConnections = true }),"),
        new("Offers_nothing_when_the_ProxyConfig_annotation_is_hand_written", Web([Namespaces.Istio, Namespaces.CoreV1, Namespaces.MetaV1], """
            public static PodTemplateSpec Template() => new PodTemplateSpec
            {
                Metadata = new TemplateMetadata { Annotations = { [IstioAnnotations.ProxyConfig] = "terminationDrainDuration: 5s" } },
                Spec = /*!*/new PodSpec { Containers = [new Container { Name = "app", Image = "app:1" }] },
            };
            """))
        {
            Titles = [],
        });
}
