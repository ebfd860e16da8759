using System.Reflection;
using Mesh.Sdk.Generators.Registry;
using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Generators.Tests.GeneratorTest;

namespace Mesh.Sdk.Generators.Tests;

/// <summary>
/// The registry generator must do no work on edits that do not touch a definition: every tracked
/// step is Cached or Unchanged and the source output is not regenerated.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string[] TrackedSteps = [.. typeof(ManifestRegistryGenerator.Steps)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];

    private static readonly string Definitions = $$"""
        namespace Shop;

        [Manifest("web")]
        public sealed class Web : ManifestDefinition
        {
            {{Build}}
        }

        [Manifest]
        public sealed class OrdersApi : ManifestDefinition
        {
            {{Build}}
        }
        """;

    private const string Helper = """
        namespace Shop;

        public static class Images
        {
            public const string Web = "ghcr.io/acme/web:1.0.0";
        }
        """;

    [Test]
    public void TheStepsUnderTestAreTheGeneratorsTrackedSteps()
    {
        Assert.That(TrackedSteps, Is.EquivalentTo(new[] { "Definitions", "Collected", "HasMeshSdk" }));
    }

    [Test]
    public void AddingAnUnrelatedFileRegeneratesNothing()
    {
        var compilation = Compile(Definitions, Helper);
        var driver = CreateDriver().RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(Tree("public sealed class Unrelated { }", "Unrelated.cs")));

        AssertNothingRegenerated(driver.GetRunResult().Results.Single());
    }

    [Test]
    public void EditingAnUnrelatedFileRegeneratesNothing()
    {
        var compilation = Compile(Definitions, Helper);
        var driver = CreateDriver().RunGenerators(compilation);
        var helperTree = compilation.SyntaxTrees.Single(t => t.FilePath == "/src/File1.cs");

        var edited = compilation.ReplaceSyntaxTree(helperTree, helperTree.WithChangedText(
            helperTree.GetText().Replace(0, 0, "// a comment\n")));
        driver = driver.RunGenerators(edited);

        AssertNothingRegenerated(driver.GetRunResult().Results.Single());
    }

    [Test]
    public void EditingTheBodyOfADefinitionRegeneratesNothing()
    {
        var compilation = Compile(Definitions, Helper);
        var driver = CreateDriver().RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "/src/File0.cs");
        var text = tree.GetText().ToString();

        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(
            Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace("=> [];", "=> new List<KubernetesObject>();", StringComparison.Ordinal))));
        driver = driver.RunGenerators(edited);

        AssertNothingRegenerated(driver.GetRunResult().Results.Single());
    }

    [Test]
    public void EveryStepValueIsAReferenceType()
    {
        // A value type between steps (bool, a bare EquatableArray) makes the JIT compile the
        // driver's node tables again for it on every build: the generator's fixed cost.
        var result = CreateDriver().RunGenerators(Compile(Definitions, Helper)).GetRunResult().Results.Single();

        Assert.Multiple(() =>
        {
            foreach (var step in TrackedSteps)
            {
                var values = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToArray();
                Assert.That(values, Is.Not.Empty, step);
                Assert.That(values.Select(v => v.GetType()).Where(t => t.IsValueType), Is.Empty, step);
            }
        });
    }

    [Test]
    public void EditingADefinitionNameIsModified()
    {
        var compilation = Compile(Definitions, Helper);
        var driver = CreateDriver().RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "/src/File0.cs");
        var text = tree.GetText().ToString();

        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(
            Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace("[Manifest(\"web\")]", "[Manifest(\"web-v2\")]", StringComparison.Ordinal))));
        driver = driver.RunGenerators(edited);

        var result = driver.GetRunResult().Results.Single();
        Assert.Multiple(() =>
        {
            Assert.That(Reasons(result, ManifestRegistryGenerator.Steps.Definitions), Does.Contain(IncrementalStepRunReason.Modified));
            Assert.That(Reasons(result, ManifestRegistryGenerator.Steps.Collected), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            Assert.That(OutputReasons(result), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            Assert.That(result.GeneratedSources.Single().SourceText.ToString(), Does.Contain("\"web-v2\""));
        });
    }

    private static void AssertNothingRegenerated(GeneratorRunResult result)
    {
        Assert.Multiple(() =>
        {
            foreach (var step in TrackedSteps)
            {
                Assert.That(result.TrackedSteps.ContainsKey(step), Is.True, $"step {step} was not tracked");
                Assert.That(Reasons(result, step), Is.Not.Empty.And.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged),
                    $"step {step}");
            }
            Assert.That(OutputReasons(result), Is.EqualTo(new[] { IncrementalStepRunReason.Cached }), "the source output");
        });
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        [.. result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason)];

    private static IncrementalStepRunReason[] OutputReasons(GeneratorRunResult result) =>
        [.. result.TrackedOutputSteps[WellKnownGeneratorOutputs.SourceOutput].SelectMany(s => s.Outputs).Select(o => o.Reason)];
}
