using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Definitions;
using Mesh.Sdk.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Mesh.Sdk.CodeFixes.Tests;

/// <summary>
/// The real analyzers and the fixers together, as in the IDE: for every fixable diagnostic the
/// analyzers report on a user's file, a fix is offered, and every offered fix compiles and makes
/// that diagnostic go away. Catches disagreements on locations (the <c>new</c> keyword) and on
/// <see cref="Diagnostic.Properties"/>. A rule whose analyzer is not in Mesh.Sdk.Analyzers yet is
/// reported as ignored, not passed.
/// </summary>
public class AnalyzerAgreementTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
    [
        .. typeof(ManifestDefinitionAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t, nonPublic: true)!),
    ];

    private static readonly CodeFixProvider[] Fixers =
    [
        .. typeof(MeshCodeFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(MeshCodeFixProvider)))
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!),
    ];

    private const string Usings = """
        using Mesh.Sdk;
        using Mesh.Sdk.Istio;
        using Mesh.Sdk.Istio.Install.V1Alpha1;
        using Mesh.Sdk.Istio.Mesh.V1Alpha1;
        using Mesh.Sdk.Istio.Networking.V1;
        using Mesh.Sdk.Kubernetes.Apps.V1;
        using Mesh.Sdk.Kubernetes.Autoscaling.V2;
        using Mesh.Sdk.Kubernetes.Core.V1;
        using Mesh.Sdk.Kubernetes.Meta.V1;
        using Mesh.Sdk.Model;
        #pragma warning disable CS0618

        """;

    private static string Deployment(string metadata, string podSpec) => Usings + $$"""
        public static class Definitions
        {
            public static IEnumerable<KubernetesObject> Build()
            {
                yield return new Deployment
                {
                    Metadata = new() { Name = "web", Namespace = "shop" },
                    Spec = new()
                    {
                        Selector = new() { MatchLabels = { ["app"] = "web" } },
                        Template = new()
                        {
                            Metadata = {{metadata}},
                            Spec = {{podSpec}},
                        },
                    },
                };
            }
        }
        """;

    private static IEnumerable<TestCaseData> Scenarios()
    {
        const string injected = """new TemplateMetadata { Labels = { ["app"] = "web" } }.InjectSidecar(true)""";
        yield return new TestCaseData(
            "MESH010,MESH012",
            null,
            Deployment(injected, """
                new()
                            {
                                TerminationGracePeriodSeconds = 20,
                                Containers =
                                [
                                    new() { Name = "app", Image = "app:1", Ports = [new() { Port = 8080 }], Lifecycle = new() { PreStop = new() { Exec = new() { Command = ["sleep", "25"] } } } },
                                    new() { Name = "side", Image = "side:1", Ports = [new() { Port = 9090 }] },
                                ],
                            }
                """)).SetName("Pod lifecycle: MESH010, MESH012");
        yield return new TestCaseData(
            "MESH010",
            "1.28",
            Deployment(injected, """new() { Containers = [new() { Name = "app", Image = "app:1", Ports = [new() { Port = 8080 }] }] }"""))
            .SetName("Exec sleep before Kubernetes 1.30: MESH010");
        yield return new TestCaseData(
            "MESH013,MESH014",
            "1.28",
            Deployment(
                injected + ".SetProxyConfig(new ProxyConfig { DrainDuration = Duration.FromSeconds(50) })",
                """new() { TerminationGracePeriodSeconds = 60, Containers = [new() { Name = "app", Image = "app:1", Ports = [new() { Port = 8080 }], Lifecycle = new() { PreStop = new() { Exec = new() { Command = ["sleep", "15"] } } } }] }"""))
            .SetName("Legacy sidecar drain: MESH013, MESH014");
        yield return new TestCaseData(
            "MESH016,MESH022",
            null,
            Usings + """
                public static class Definitions
                {
                    public static IstioOperator ControlPlane() => new IstioOperator
                    {
                        Metadata = new() { Name = "control-plane", Namespace = "istio-system" },
                        Spec = new()
                        {
                            Values = new()
                            {
                                Global = new()
                                {
                                    Proxy = new()
                                    {
                                        HoldApplicationUntilProxyStarts = true,
                                        Lifecycle = new() { PreStop = new() { Exec = new() { Command = ["/bin/sh", "-c", "while [ $(netstat -plunt | grep tcp | grep -v envoy | wc -l | xargs) -ne 0 ]; do sleep 1; done"] } } },
                                    },
                                },
                            },
                        },
                    };
                }
                """).SetName("IstioOperator proxy values: MESH016, MESH022");
        yield return new TestCaseData(
            "MESH041,MESH050",
            null,
            Usings + """
                public static class Definitions
                {
                    public static IEnumerable<KubernetesObject> Build()
                    {
                        yield return new DestinationRule
                        {
                            Metadata = new() { Name = "web", Namespace = "shop" },
                            Spec = new() { Host = "web", TrafficPolicy = new() { LoadBalancer = new() { WarmupDurationSecs = Duration.FromSeconds(30), Warmup = new() { Duration = Duration.FromSeconds(60) } } } },
                        };
                        yield return new DestinationRule
                        {
                            Metadata = new() { Name = "api", Namespace = "shop" },
                            Spec = new() { Host = "api", TrafficPolicy = new() { LoadBalancer = new() { WarmupDurationSecs = Duration.FromSeconds(30) } } },
                        };
                        yield return new Deployment
                        {
                            Metadata = new() { Name = "web", Namespace = "shop" },
                            Spec = new()
                            {
                                Selector = new() { MatchLabels = { ["app"] = "web" } },
                                Template = new()
                                {
                                    Metadata = new TemplateMetadata { Labels = { ["app"] = "web" } }.InjectSidecar(true),
                                    Spec = new() { Containers = [new() { Name = "web", Image = "web:1" }] },
                                },
                            },
                        };
                        yield return new HorizontalPodAutoscaler
                        {
                            Metadata = new() { Name = "web", Namespace = "shop" },
                            Spec = new()
                            {
                                ScaleTargetRef = new() { ApiVersion = "apps/v1", Kind = "Deployment", Name = "web" },
                                MaxReplicas = 5,
                                Metrics = [new() { Type = MetricSourceType.Resource, Resource = new() { Name = "cpu", Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 60 } } }],
                            },
                        };
                    }
                }
                """).SetName("Traffic and autoscaling: MESH041, MESH050");
    }

    [TestCaseSource(nameof(Scenarios))]
    public async Task Every_fixable_diagnostic_gets_a_fix_that_compiles_and_clears_it(string expectedIds, string? kubernetes, string source)
    {
        var expected = expectedIds.Split(',');
        var supported = Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
        var missing = expected.Where(id => !supported.Contains(id)).ToList();
        if (missing.Count > 0) Assert.Ignore("no analyzer for " + string.Join(", ", missing) + " in Mesh.Sdk.Analyzers yet");

        var document = CodeFixTest.CreateDocument(source, kubernetes);
        await CodeFixTest.AssertCompilesAsync(document);
        var fixable = Fixers.SelectMany(f => f.FixableDiagnosticIds).ToHashSet();
        var diagnostics = (await AnalyzeAsync(document)).Where(d => fixable.Contains(d.Id)).ToList();

        Assert.That(diagnostics.Select(d => d.Id).Distinct().Order(), Is.EqualTo(expected.Order()), string.Join("\n", diagnostics));
        foreach (var diagnostic in diagnostics)
        {
            var fixer = Fixers.Single(f => f.FixableDiagnosticIds.Contains(diagnostic.Id));
            var actions = await CodeFixTest.ActionsAsync(fixer, document, diagnostic);
            Assert.That(actions, Is.Not.Empty, "no fix for " + diagnostic);
            foreach (var action in actions)
            {
                var changed = await CodeFixTest.ApplyAsync(action, document);
                await CodeFixTest.AssertCompilesAsync(changed);
                var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
                var before = diagnostics.Count(d => d.Id == diagnostic.Id);
                var after = (await AnalyzeAsync(changed)).Count(d => d.Id == diagnostic.Id);
                Assert.That(after, Is.LessThan(before), $"'{action.Title}' left {diagnostic.Id} (line {line + 1}) in place");
            }
        }
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            document.Project.AnalyzerOptions,
            onAnalyzerException: (ex, _, _) => { lock (exceptions) exceptions.Add(ex); },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.That(exceptions, Is.Empty, "an analyzer threw");
        return diagnostics;
    }
}
