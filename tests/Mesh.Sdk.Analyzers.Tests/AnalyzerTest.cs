using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Definitions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Mesh.Sdk.Analyzers.Tests;

/// <summary>
/// Compiles user code against the real Mesh.Sdk and runs the analyzers on it. Sources mark the
/// line where a diagnostic is expected with a trailing <c>//!</c> comment.
/// </summary>
internal static class AnalyzerTest
{
    public const string Marker = "//!";

    private const string Usings = """
        global using System;
        global using System.Collections.Generic;
        global using Mesh.Sdk;
        global using Mesh.Sdk.Model;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static CSharpCompilation Compile(params string[] sources) => Compile(withMeshSdk: true, sources);

    public static CSharpCompilation Compile(bool withMeshSdk, params string[] sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(withMeshSdk ? Usings : "global using System;", parse, path: "/src/Usings.cs") };
        for (var i = 0; i < sources.Length; i++)
            trees.Add(CSharpSyntaxTree.ParseText(sources[i], parse, path: $"/src/File{i}.cs"));
        var references = withMeshSdk
            ? References.Value
            : References.Value.RemoveAll(r => Path.GetFileName(r.Display) == "Mesh.Sdk.dll");
        return CSharpCompilation.Create(
            "UserAssembly",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The analyzers' diagnostics; fails the test if an analyzer throws.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(CSharpCompilation compilation)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (ex, _, _) => { lock (exceptions) exceptions.Add(ex); },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers([new ManifestDefinitionAnalyzer()], options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        Assert.That(exceptions, Is.Empty, "an analyzer threw");
        return [.. diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)];
    }

    /// <summary>Compiles sources that must have no compiler errors, then analyzes them.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeValidCSharpAsync(params string[] sources)
    {
        var compilation = Compile(sources);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.That(errors, Is.Empty, "the test source itself does not compile");
        return await AnalyzeAsync(compilation).ConfigureAwait(false);
    }

    /// <summary>1-based line numbers of the lines marked <c>//!</c> in a source.</summary>
    public static int[] MarkedLines(string source) =>
        [.. source.Split('\n').Select((text, i) => (text, line: i + 1)).Where(x => x.text.TrimEnd().EndsWith(Marker, StringComparison.Ordinal)).Select(x => x.line)];

    public static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var meshSdk = typeof(ManifestDefinition).Assembly.Location;
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0 && !string.Equals(Path.GetFileName(p), "Mesh.Sdk.dll", StringComparison.OrdinalIgnoreCase))
            .Append(meshSdk);
        return [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
