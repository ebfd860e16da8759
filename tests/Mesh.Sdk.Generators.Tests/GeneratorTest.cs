using System.Collections.Immutable;
using Mesh.Sdk.Generators.Common;
using Mesh.Sdk.Generators.Registry;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Mesh.Sdk.Generators.Tests;

/// <summary>Builds user compilations against the real Mesh.Sdk and runs the registry generator on them.</summary>
internal static class GeneratorTest
{
    public const string Build = "public override IEnumerable<KubernetesObject> Build(ManifestContext context) => [];";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private const string Usings = """
        global using System;
        global using System.Collections.Generic;
        global using Mesh.Sdk;
        global using Mesh.Sdk.Model;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>A tree at a stable path (<c>/src/&lt;name&gt;</c>), so generated text does not depend on the machine.</summary>
    public static SyntaxTree Tree(string source, string fileName) =>
        CSharpSyntaxTree.ParseText(source, ParseOptions, path: "/src/" + fileName);

    public static CSharpCompilation Compile(params string[] sources) =>
        Compile(withMeshSdk: true, [.. sources.Select((s, i) => Tree(s, $"File{i}.cs"))]);

    public static CSharpCompilation Compile(bool withMeshSdk, params SyntaxTree[] trees)
    {
        var all = trees.Prepend(Tree(withMeshSdk ? Usings : "global using System;", "Usings.cs"));
        var references = withMeshSdk
            ? References.Value
            : References.Value.RemoveAll(r => Path.GetFileName(r.Display) == "Mesh.Sdk.dll");
        return CSharpCompilation.Create(
            "UserAssembly",
            all,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new ManifestRegistryGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; fails on generator exceptions or diagnostics.</summary>
    public static GeneratorRun Run(CSharpCompilation compilation)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Exception, Is.Null, "the generator threw");
            Assert.That(result.Diagnostics, Is.Empty, "the generator reports nothing; the analyzer does");
            Assert.That(driverDiagnostics, Is.Empty);
        });
        return new GeneratorRun(driver, result, output);
    }

    /// <summary>The definitions the generator collected (the Collected step's model).</summary>
    public static DefinitionSpec[] Definitions(GeneratorRunResult result)
    {
        var step = result.TrackedSteps[ManifestRegistryGenerator.Steps.Collected].Single();
        return [.. ((DefinitionList)step.Outputs.Single().Value).Items];
    }

    public static string[] Errors(Compilation compilation) =>
        [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var meshSdk = typeof(ManifestDefinition).Assembly.Location;
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0 && !string.Equals(Path.GetFileName(p), "Mesh.Sdk.dll", StringComparison.OrdinalIgnoreCase))
            .Append(meshSdk);
        return [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}

/// <summary>One generator run: the driver (to run again incrementally), its result and the updated compilation.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, GeneratorRunResult Result, Compilation Output)
{
    public string? GeneratedText => Result.GeneratedSources.Length == 0 ? null : Result.GeneratedSources.Single().SourceText.ToString();
}
