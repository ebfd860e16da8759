using System.Collections.Immutable;
using System.Composition;
using System.Reflection;
using Mesh.Sdk.CodeFixes.Common;
using Mesh.Sdk.CodeFixes.Lifecycle;
using Mesh.Sdk.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Mesh.Sdk.CodeFixes.Tests;

/// <summary>What every fixer promises: it is found by the IDE, fixes catalogue rules, batches Fix All, never throws.</summary>
public class FixerContractTests
{
    private static readonly MeshCodeFixProvider[] Fixers =
    [
        .. typeof(MeshCodeFixProvider).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(MeshCodeFixProvider)) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (MeshCodeFixProvider)Activator.CreateInstance(t)!),
    ];

    [Test]
    public void Every_fixer_is_exported_for_CSharp_and_shared()
    {
        Assert.That(Fixers, Has.Length.EqualTo(8));
        foreach (var fixer in Fixers)
        {
            var type = fixer.GetType();
            Assert.That(type.GetCustomAttribute<ExportCodeFixProviderAttribute>()?.Languages, Is.EqualTo(new[] { LanguageNames.CSharp }), type.Name);
            Assert.That(type.GetCustomAttribute<SharedAttribute>(), Is.Not.Null, type.Name);
        }
    }

    [Test]
    public void Every_fixable_id_is_a_catalogue_rule()
    {
        var ids = Fixers.SelectMany(f => f.FixableDiagnosticIds).ToList();

        Assert.That(ids, Is.SubsetOf(MeshRules.Mesh.Select(r => r.Id)));
        Assert.That(ids, Is.EquivalentTo(new[] { "MESH010", "MESH012", "MESH013", "MESH014", "MESH016", "MESH022", "MESH041", "MESH050" }));
    }

    [Test]
    public void Fix_All_covers_the_solution_scope_dotnet_format_uses()
    {
        Assert.That(Fixers.Select(f => f.GetFixAllProvider()!.GetSupportedFixAllScopes()), Has.All.Contains(FixAllScope.Solution));
    }

    /// <summary>
    /// The IDE's Fix All passes the chosen fix's equivalence key. <c>dotnet format analyzers</c> passes the
    /// key of the first diagnostic it holds, which can be another rule of the same analyzer (MESH014 for
    /// the lifecycle analyzer) that this fixer offers nothing for, so none: each diagnostic's first fix applies.
    /// </summary>
    [TestCase(FixAllScope.Document, MissingPreStopDelayFixer.EquivalenceKey)]
    [TestCase(FixAllScope.Solution, null)]
    public async Task Fix_All_adds_a_preStop_to_every_container_in_the_document(FixAllScope scope, string? equivalenceKey)
    {
        const string source = """
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static PodSpec Pod() => new PodSpec
                {
                    Containers =
                    [
                        new Container { Name = "app", Image = "app:1" },
                        new Container { Name = "worker", Image = "worker:1" },
                    ],
                };
            }
            """;
        var document = CodeFixTest.CreateDocument(source);
        var tree = (await document.GetSyntaxTreeAsync())!;
        var descriptor = CodeFixTest.Descriptor(MeshRules.MissingPreStopDelay);
        var diagnostics = Occurrences(source, "new Container")
            .Select(i => Diagnostic.Create(descriptor, Location.Create(tree, new TextSpan(i, 3)), "Deployment/web", "c", "sleep"))
            .Prepend(Diagnostic.Create(CodeFixTest.Descriptor(MeshRules.OnlyDrainDurationRaised), Location.Create(tree, new TextSpan(source.IndexOf("new PodSpec", StringComparison.Ordinal), 3)), "x", "50s", "5s"))
            .ToImmutableArray();
        var changed = await CodeFixTest.FixAllAsync(new MissingPreStopDelayFixer(), document, scope, equivalenceKey, [MeshRules.MissingPreStopDelay.Id], diagnostics);

        Assert.That(changed, Is.Not.Null, "Fix All changed nothing");
        Assert.That((await changed!.GetTextAsync()).ToString(), Is.EqualTo("""
            using Mesh.Sdk.Kubernetes.Core.V1;

            namespace Shop;

            public static class Web
            {
                public static PodSpec Pod() => new PodSpec
                {
                    Containers =
                    [
                        new Container { Name = "app", Image = "app:1", Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 10 } } } },
                        new Container { Name = "worker", Image = "worker:1", Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 10 } } } },
                    ],
                };
            }
            """));
    }

    /// <summary>Half-typed code at every token: no fixer may throw, neither offering nor applying.</summary>
    [TestCase("""
        using Mesh.Sdk.Kubernetes.Core.V1;
        public static class W { public static Container C() => new Container { Name = "a", Lifecycle = new Lifecycle { PreStop = new
        """)]
    [TestCase("""
        using Mesh.Sdk.Istio.Install.V1Alpha1;
        public static class W { static object S() => new IstioOperatorSpec { MeshConfig = , Values = new() { Global = new() { Proxy = new ProxyValues { HoldApplicationUntilProxyStarts = , Lifecycle
        """)]
    [TestCase("""
        using Mesh.Sdk.Kubernetes.Core.V1;
        using Mesh.Sdk.Kubernetes.Autoscaling.V2;
        public static class W { static object T() => new PodTemplateSpec { Metadata = new() { }.SetProxyConfig(, Spec = new PodSpec { TerminationGracePeriodSeconds = "x" } };
        static object M() => new MetricSpec { Type = MetricSourceType.Resource, Resource = new ResourceMetricSource { Name = } };
        """)]
    [TestCase("""
        using Mesh.Sdk.Istio.Networking.V1;
        using Mesh.Sdk.Tetrate.Install.V1Alpha1;
        #pragma warning disable CS0618
        public static class W { static object L() => new LoadBalancerSettings { WarmupDurationSecs = , Warmup = new() { Duration = } };
        static object P() => new OverlayPatch { Path = $"spec.{1}", Value = new { } }; static object Q() => OverlayPatch.MeshDefaultConfig(
        """)]
    public async Task No_fixer_throws_on_half_typed_code(string source)
    {
        var document = CodeFixTest.CreateDocument(source);
        var tree = (await document.GetSyntaxTreeAsync())!;
        var root = await tree.GetRootAsync();
        foreach (var fixer in Fixers)
        {
            foreach (var id in fixer.FixableDiagnosticIds)
            {
                var descriptor = CodeFixTest.Descriptor(MeshRules.Mesh.Single(r => r.Id == id));
                foreach (var token in root.DescendantTokens())
                {
                    var diagnostic = Diagnostic.Create(descriptor, Location.Create(tree, token.Span), "x", "y", "z", "w", "v");
                    foreach (var action in await CodeFixTest.ActionsAsync(fixer, document, diagnostic))
                        Assert.That(async () => await action.GetOperationsAsync(CancellationToken.None), Throws.Nothing, $"{fixer.GetType().Name} at '{token}'");
                }
            }
        }
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
            yield return i;
    }
}
