using System.Reflection;
using Mesh.Sdk.Generators.Crd;
using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Generators.Tests.Crd.CrdTest;

namespace Mesh.Sdk.Generators.Tests.Crd;

/// <summary>
/// A C# edit leaves every CRD step cached; editing one CRD file re-parses and re-emits only that file.
/// </summary>
public sealed class CrdIncrementalTests
{
    private static readonly string[] TrackedSteps = [.. typeof(CrdGenerator.Steps)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];

    private static readonly CrdFile Widgets = File("widgets.yaml", CrdSamples.Widget);
    private static readonly CrdFile Gadgets = File("gadgets.yaml", CrdSamples.Gadget);

    [Test]
    public void TheStepsUnderTestAreTheGeneratorsTrackedSteps() =>
        Assert.That(TrackedSteps, Is.EquivalentTo(new[] { "CrdFiles", "CrdParsed", "CrdClaims", "CrdOwned", "CrdFileDiagnostics", "CrdHasMeshSdk" }));

    [Test]
    public void EditingACSharpFileLeavesEveryCrdStepCached()
    {
        var compilation = Compile("public static class Helper { }");
        var driver = CreateDriver(Widgets, Gadgets).RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "/src/File0.cs");

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, "// edit\n"))));

        var result = driver.GetRunResult().Results[0];
        Assert.Multiple(() =>
        {
            foreach (var step in TrackedSteps)
            {
                Assert.That(Reasons(result, step), Is.Not.Empty.And.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged), step);
            }
            Assert.That(OutputReasons(result), Is.All.EqualTo(IncrementalStepRunReason.Cached), "no source or diagnostics output ran again");
        });
    }

    [Test]
    public void EveryStepValueIsAReferenceType()
    {
        // A value type between steps (bool, a bare EquatableArray) makes the JIT compile the
        // driver's node tables again for it on every build: the generator's fixed cost.
        var result = CreateDriver(Widgets, Gadgets).RunGenerators(Compile()).GetRunResult().Results[0];

        Assert.Multiple(() =>
        {
            foreach (var step in TrackedSteps)
            {
                var values = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToArray();
                Assert.That(values, Is.Not.Empty, step);
                Assert.That(values.Select(v => v.GetType()).Where(t => t.IsValueType && !IsPairOfReferences(t)), Is.Empty, step);
            }
        });
    }

    /// <summary>A Combine step's (left, right) tuple: shared driver code when both are reference types.</summary>
    private static bool IsPairOfReferences(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTuple<,>) && type.GetGenericArguments().All(a => !a.IsValueType);

    [Test]
    public void EditingOneCrdRegeneratesOnlyItsTypes()
    {
        var compilation = Compile();
        var driver = CreateDriver(Widgets, Gadgets).RunGenerators(compilation);
        var edited = Gadgets.WithText(CrdSamples.GadgetWithColorDescription("The paint."));

        driver = Edit(driver, Gadgets, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results[0];
        Assert.Multiple(() =>
        {
            Assert.That(Reasons(result, CrdGenerator.Steps.CrdParsed), Is.EquivalentTo(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }),
                "only the edited file is parsed again");
            Assert.That(Reasons(result, CrdGenerator.Steps.CrdClaims), Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged), "the same type names");
            Assert.That(ReasonsFor(result, CrdGenerator.Steps.CrdOwned, "/src/crds/widgets.yaml"), Is.All.EqualTo(IncrementalStepRunReason.Cached));
            Assert.That(ReasonsFor(result, CrdGenerator.Steps.CrdOwned, "/src/crds/gadgets.yaml"), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            var outputs = SourceOutputs(result);
            Assert.That(outputs.Where(o => o.HintNames.Any(h => h.EndsWith("Widget.g.cs", StringComparison.Ordinal))).Select(o => o.Reason),
                Is.EqualTo(new[] { IncrementalStepRunReason.Cached }), "the widgets' source output is cached");
            Assert.That(outputs.Where(o => o.HintNames.Any(h => h.EndsWith("Gadget.g.cs", StringComparison.Ordinal))).Select(o => o.Reason),
                Is.EqualTo(new[] { IncrementalStepRunReason.Modified }), "the gadgets' source output runs again");
            Assert.That(result.GeneratedSources.Single(s => s.HintName.EndsWith("Gadget.g.cs", StringComparison.Ordinal)).SourceText.ToString(),
                Does.Contain("The paint."));
        });
    }

    [Test]
    public void AnUnchangedEditOfACrdStopsAtTheParser()
    {
        var compilation = Compile();
        var driver = CreateDriver(Widgets, Gadgets).RunGenerators(compilation);
        // Same schema, different layout: a comment and a blank line.
        var edited = Gadgets.WithText("# a comment\n\n" + CrdSamples.Gadget);

        driver = Edit(driver, Gadgets, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results[0];
        Assert.Multiple(() =>
        {
            Assert.That(Reasons(result, CrdGenerator.Steps.CrdFiles), Does.Contain(IncrementalStepRunReason.Modified));
            Assert.That(Reasons(result, CrdGenerator.Steps.CrdOwned), Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
            Assert.That(SourceOutputs(result).Select(o => o.Reason), Is.Not.Empty.And.All.EqualTo(IncrementalStepRunReason.Cached));
        });
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        [.. result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason)];

    private static IncrementalStepRunReason[] ReasonsFor(GeneratorRunResult result, string step, string path) =>
        [.. result.TrackedSteps[step].SelectMany(s => s.Outputs)
            .Where(o => o.Value is CrdOwnedUnits owned && owned.Units.Any(u => u.Location.Path == path))
            .Select(o => o.Reason)];

    private static IncrementalStepRunReason[] OutputReasons(GeneratorRunResult result) =>
        [.. result.TrackedOutputSteps.Values.SelectMany(s => s).SelectMany(s => s.Outputs).Select(o => o.Reason)];

    /// <summary>The reason of each output that added source, with the hint names it added.</summary>
    private static (string[] HintNames, IncrementalStepRunReason Reason)[] SourceOutputs(GeneratorRunResult result) =>
        [.. result.TrackedOutputSteps[WellKnownGeneratorOutputs.SourceOutput].SelectMany(s => s.Outputs)
            .Select(o => (HintNames: HintNames(o.Value), o.Reason))
            .Where(o => o.HintNames.Length > 0)];

    private static string[] HintNames(object outputValue)
    {
        // (IEnumerable<GeneratedSourceText> Sources, IEnumerable<Diagnostic> Diagnostics); GeneratedSourceText is internal.
        var sources = (System.Collections.IEnumerable)outputValue.GetType().GetField("Item1")!.GetValue(outputValue)!;
        return [.. sources.Cast<object>().Select(s => (string)s.GetType().GetProperty("HintName")!.GetValue(s)!)];
    }
}
