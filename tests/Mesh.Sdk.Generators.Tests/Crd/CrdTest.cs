using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using Mesh.Sdk.Generators.Crd;
using Mesh.Sdk.Generators.Registry;
using Mesh.Sdk.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using static Mesh.Sdk.Generators.Tests.GeneratorTest;

namespace Mesh.Sdk.Generators.Tests.Crd;

/// <summary>Runs the CRD generator (with the registry generator, as a user's build does) over in-memory CRD files.</summary>
internal static class CrdTest
{
    /// <summary>Generated kinds compile in an ordinary user assembly (no friend access to Mesh.Sdk).</summary>
    public static string AssemblyName => "UserAssembly";

    /// <summary>A CRD file at <c>/src/crds/&lt;name&gt;</c>, marked as a MeshCrd item.</summary>
    public static CrdFile File(string name, string yaml, string? @namespace = null) => new("/src/crds/" + name, yaml, @namespace);

    public static CSharpCompilation Compile(params string[] sources)
    {
        var c = GeneratorTest.Compile(sources);
        return c.WithAssemblyName(AssemblyName);
    }

    public static GeneratorDriver CreateDriver(params CrdFile[] files) =>
        CSharpGeneratorDriver.Create(
            [new CrdGenerator().AsSourceGenerator(), new ManifestRegistryGenerator().AsSourceGenerator()],
            additionalTexts: [.. files.Select(f => f.Additional)],
            parseOptions: GeneratorTest.ParseOptions,
            optionsProvider: new Options(files),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs both generators; fails when one throws.</summary>
    public static CrdRun Run(CSharpCompilation compilation, params CrdFile[] files)
    {
        var driver = CreateDriver(files).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var results = driver.GetRunResult().Results;
        Assert.That(results.Select(r => r.Exception), Is.All.Null, "a generator threw");
        return new CrdRun(driver, results[0], output, driverDiagnostics);
    }

    public static CrdRun Run(params CrdFile[] files) => Run(Compile(), files);

    /// <summary>Replaces one file's text in a driver, as an IDE edit does.</summary>
    public static GeneratorDriver Edit(GeneratorDriver driver, CrdFile before, CrdFile after) =>
        driver.ReplaceAdditionalText(before.Additional, after.Additional);

    public static string[] Errors(Compilation compilation) => GeneratorTest.Errors(compilation);

    /// <summary>The snapshot folder shared with the other generator tests (tests/.../Snapshots).</summary>
    public static void MatchSnapshot(string text, string name, [CallerFilePath] string callerFile = "") =>
        Snapshot.Match(text, name, Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(callerFile)!)!, "Crd.cs"));

    internal sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options(IReadOnlyList<CrdFile> files) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values([]);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        {
            var file = files.FirstOrDefault(f => f.Path == textFile.Path);
            if (file is null || !file.IsMeshCrd) return GlobalOptions;
            var values = new Dictionary<string, string> { [CrdGenerator.CrdMetadata] = "true" };
            if (file.Namespace is not null) values[CrdGenerator.NamespaceMetadata] = file.Namespace;
            return new Values(values);
        }
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>A CRD file for a test: path, YAML text, optional Namespace metadata; <see cref="IsMeshCrd"/> false for other AdditionalFiles.</summary>
internal sealed record CrdFile(string Path, string Text, string? Namespace, bool IsMeshCrd = true)
{
    /// <summary>The one AdditionalText for this file (the driver recognises edits by instance).</summary>
    public AdditionalText Additional { get; } = new CrdTest.InMemoryText(Path, Text);

    public CrdFile WithText(string text) => new(Path, text, Namespace, IsMeshCrd);
}

/// <summary>One run of both generators.</summary>
internal sealed record CrdRun(GeneratorDriver Driver, GeneratorRunResult Result, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    public IEnumerable<Diagnostic> Diagnostics => Result.Diagnostics;

    public string Source(string hintNameEnd) =>
        Result.GeneratedSources.Single(s => s.HintName.EndsWith(hintNameEnd, StringComparison.Ordinal)).SourceText.ToString();

    public string[] HintNames => [.. Result.GeneratedSources.Select(s => s.HintName)];
}
