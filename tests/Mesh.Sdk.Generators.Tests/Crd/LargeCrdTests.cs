using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Mesh.Sdk.Generators.Crd;
using static Mesh.Sdk.Generators.Tests.Crd.CrdTest;

namespace Mesh.Sdk.Generators.Tests.Crd;

/// <summary>Large, real-world-shaped CRDs: they generate code that compiles, and how long that takes (measured, not asserted).</summary>
public sealed class LargeCrdTests
{
    [Test]
    public void ALargeDeepManyVersionCrdCompiles()
    {
        var yaml = LargeCrds.Create("Prometheus", versions: 4, width: 16, depth: 4);
        var run = Run(File("prometheus.yaml", yaml));
        var types = run.Result.GeneratedSources.Sum(s => s.SourceText.ToString().Split("public sealed class ").Length - 1);
        var properties = run.Result.GeneratedSources.Sum(s => s.SourceText.ToString().Split(" { get; ").Length - 1);

        TestContext.Out.WriteLine($"{yaml.Length:N0} chars → {run.Result.GeneratedSources.Length} files, {types} classes, {properties} properties");
        Assert.Multiple(() =>
        {
            Assert.That(run.Diagnostics, Is.Empty);
            Assert.That(run.Result.GeneratedSources, Has.Length.EqualTo(4));
            Assert.That(properties, Is.GreaterThan(400 * 4), "hundreds of properties per version");
            Assert.That(Errors(run.Output), Is.Empty);
        });
    }

    /// <summary>
    /// The figure in docs/crds.md: a ~2 MB CRD file through the whole generator (YAML parse,
    /// models, C# text), a fresh driver per run, after one warm-up run; then a run with nothing
    /// changed. Prints the times; asserts only that the output is sane.
    /// </summary>
    [Test]
    [Category("Measurement")]
    [Explicit("A measurement, not a check: run with dotnet test --filter TestCategory=Measurement")]
    public void MeasureATwoMegabyteCrd()
    {
        var yaml = LargeCrds.OfSize(2 * 1024 * 1024);
        var file = File("monolith.yaml", yaml);
        var compilation = Compile();
        const int runs = 5;

        var warm = CreateDriver(file).RunGenerators(compilation);
        var cold = new List<double>();
        GeneratorDriver driver = warm;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            driver = CreateDriver(file).RunGenerators(compilation);
            cold.Add(sw.Elapsed.TotalMilliseconds);
        }
        var incremental = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation.AddSyntaxTrees(GeneratorTest.Tree($"class C{i} {{ }}", $"C{i}.cs")));
            incremental.Add(sw.Elapsed.TotalMilliseconds);
        }
        var parse = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            _ = CrdGenerator.Parser.Parse(new CrdSource(file.Path, yaml, null), CancellationToken.None);
            parse.Add(sw.Elapsed.TotalMilliseconds);
        }
        var result = driver.GetRunResult().Results[0];
        var generated = result.GeneratedSources.Sum(s => s.SourceText.Length);

        TestContext.Out.WriteLine($"CRD: {yaml.Length / 1024.0 / 1024.0:F2} MB, {result.GeneratedSources.Length} versions, generated {generated / 1024.0 / 1024.0:F2} MB of C#");
        TestContext.Out.WriteLine($"full run (fresh driver), ms: {Summary(cold)}");
        TestContext.Out.WriteLine($"parse to models only, ms: {Summary(parse)}");
        TestContext.Out.WriteLine($"incremental run after a C# edit, ms: {Summary(incremental)}");
        Assert.Multiple(() =>
        {
            Assert.That(yaml.Length, Is.InRange(1_800_000, 2_400_000));
            Assert.That(result.Diagnostics, Is.Empty);
        });
    }

    private static string Summary(List<double> times)
    {
        var sorted = times.Order().ToList();
        return $"median {sorted[sorted.Count / 2]:F0}, min {sorted[0]:F0}, max {sorted[^1]:F0} (runs: {string.Join(", ", times.Select(t => t.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))})";
    }
}
