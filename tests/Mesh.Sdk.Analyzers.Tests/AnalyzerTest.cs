using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Mesh.Sdk.Analyzers.Diagnostics;
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

    /// <summary>The model namespaces a mesh rule test uses (not those whose type names clash).</summary>
    private const string MeshUsings = Usings + """

        global using Mesh.Sdk.Istio;
        global using Mesh.Sdk.Istio.Install.V1Alpha1;
        global using Mesh.Sdk.Istio.Mesh.V1Alpha1;
        global using Mesh.Sdk.Istio.Networking.V1;
        global using Mesh.Sdk.Kubernetes.Apps.V1;
        global using Mesh.Sdk.Kubernetes.Autoscaling.V2;
        global using Mesh.Sdk.Kubernetes.Batch.V1;
        global using Mesh.Sdk.Kubernetes.Core.V1;
        global using Mesh.Sdk.Kubernetes.Meta.V1;
        global using Mesh.Sdk.Workloads;
        global using Gateway = Mesh.Sdk.Istio.Networking.V1.Gateway;
        global using KubernetesOverlay = Mesh.Sdk.Istio.Install.V1Alpha1.KubernetesOverlay;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>Every analyzer in Mesh.Sdk.Analyzers, as the compiler loads them.</summary>
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [.. typeof(DiagnosticDescriptors).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    public static CSharpCompilation Compile(params string[] sources) => Compile(withMeshSdk: true, sources);

    public static CSharpCompilation Compile(bool withMeshSdk, params string[] sources) => Compile(withMeshSdk ? Usings : "global using System;", withMeshSdk, sources);

    /// <summary>Compiles with the model namespaces imported (<see cref="MeshUsings"/>).</summary>
    public static CSharpCompilation CompileMesh(params string[] sources) => Compile(MeshUsings, withMeshSdk: true, sources);

    private static CSharpCompilation Compile(string usings, bool withMeshSdk, string[] sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(usings, parse, path: "/src/Usings.cs") };
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
    public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(CSharpCompilation compilation) => AnalyzeAsync(compilation, kubernetes: null, istio: null);

    /// <summary>
    /// The analyzers' diagnostics with MeshKubernetesVersion / MeshIstioVersion set as MSBuild would
    /// pass them (null: the property is not set); fails the test if an analyzer throws.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(CSharpCompilation compilation, string? kubernetes, string? istio)
    {
        var exceptions = new List<Exception>();
        var global = new Dictionary<string, string>(StringComparer.Ordinal);
        if (kubernetes is not null) global["build_property.MeshKubernetesVersion"] = kubernetes;
        if (istio is not null) global["build_property.MeshIstioVersion"] = istio;
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], new OptionsProvider(new Options(global))),
            onAnalyzerException: (ex, _, _) => { lock (exceptions) exceptions.Add(ex); },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(Analyzers, options);
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

    /// <summary>Compiles mesh rule sources that must have no compiler errors, then analyzes them for the given targets.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeMeshAsync(string source, string? kubernetes = null, string? istio = null)
    {
        var compilation = CompileMesh(source);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.That(errors, Is.Empty, "the test source itself does not compile");
        return await AnalyzeAsync(compilation, kubernetes, istio).ConfigureAwait(false);
    }

    /// <summary>Wraps statements in a static Build method (yield return the objects).</summary>
    public static string InBuild(string statements) => $$"""
        public static class Definitions
        {
            public static IEnumerable<KubernetesObject> Build()
            {
        {{statements}}
            }
        }
        """;

    /// <summary>1-based line numbers of the lines marked <c>//!</c> in a source.</summary>
    public static int[] MarkedLines(string source) =>
        [.. source.Split('\n').Select((text, i) => (text, line: i + 1)).Where(x => x.text.TrimEnd().EndsWith(Marker, StringComparison.Ordinal)).Select(x => x.line)];

    public static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The message arguments ({0}, {1}...) as text. For a message format the compiler cannot format
    /// (MESH001's catalogue text has literal braces), this is the only way to see what was reported.
    /// </summary>
    public static string[] Arguments(Diagnostic diagnostic) =>
        [.. ((IEnumerable<object?>)diagnostic.GetType().GetProperty("Arguments", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(diagnostic)!).Select(a => a?.ToString() ?? "")];

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var meshSdk = typeof(ManifestDefinition).Assembly.Location;
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0 && !string.Equals(Path.GetFileName(p), "Mesh.Sdk.dll", StringComparison.OrdinalIgnoreCase))
            .Append(meshSdk);
        return [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }

    private sealed class OptionsProvider(AnalyzerConfigOptions global) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Empty = new([]);

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }
}
