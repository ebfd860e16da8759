using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;

namespace Mesh.Sdk.Analyzers.Tests.Rules;

/// <summary>Test sources: a Deployment "shop/web" whose parts a test fills in.</summary>
internal static class Sources
{
    /// <summary>Template metadata with the sidecar injected.</summary>
    public const string Injected = "new TemplateMetadata { Labels = { [\"app\"] = \"web\" } }.InjectSidecar(true)";

    /// <summary>A container whose preStop runs <c>sleep N</c> (valid on every Kubernetes version).</summary>
    public static string AppWithSleep(int seconds) =>
        $$"""new() { Name = "app", Image = "app:1", Lifecycle = new() { PreStop = new() { Exec = new() { Command = ["sleep", "{{seconds}}"] } } } },""";

    /// <summary>
    /// A Deployment shop/web; <paramref name="podSpecNew"/> is the text of the PodSpec creation's
    /// line (mark it with //! to expect a diagnostic there).
    /// </summary>
    public static string Deployment(string metadata, string containers, string podSpecExtra = "", string podSpecNew = "new()") => InBuild($$"""
                yield return new Deployment
                {
                    Metadata = new() { Name = "web", Namespace = "shop" },
                    Spec = new()
                    {
                        Selector = new() { MatchLabels = { ["app"] = "web" } },
                        Template = new()
                        {
                            Metadata = {{metadata}},
                            Spec = {{podSpecNew}}
                            {
                                {{podSpecExtra}}
                                Containers =
                                [
                                    {{containers}}
                                ],
                            },
                        },
                    },
                };
        """);
}
