using System.Collections.Immutable;
using Mesh.Sdk.CodeFixes.Common;
using Mesh.Sdk.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Mesh.Sdk.CodeFixes.Tests;

/// <summary>
/// Runs a code fix the way the IDE does, without the Roslyn testing packages: the user's file in an
/// <see cref="AdhocWorkspace"/> project that references the real Mesh.Sdk, a diagnostic created at
/// the location the analyzer uses (the <c>new</c> keyword marked <c>/*!*/</c> in the source), the
/// code action's operations applied (including its clean-up: usings, simplification, formatting).
/// </summary>
internal static class CodeFixTest
{
    /// <summary>Put right before the token (the <c>new</c> keyword) the diagnostic is reported at.</summary>
    public const string Marker = "/*!*/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>The source without its marker.</summary>
    public static string Unmarked(string source) => source.Replace(Marker, string.Empty, StringComparison.Ordinal);

    public static Document CreateDocument(string source, string? kubernetesVersion = null)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var project = ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "UserProject",
            "UserProject",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References.Value);
        var solution = workspace.CurrentSolution.AddProject(project)
            .AddDocument(DocumentId.CreateNewId(projectId), "GlobalUsings.cs", "global using System;\nglobal using System.Collections.Generic;\n", filePath: "/src/GlobalUsings.cs");
        if (kubernetesVersion is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId),
                ".globalconfig",
                SourceText.From("is_global = true\nbuild_property.MeshKubernetesVersion = " + kubernetesVersion + "\n"),
                filePath: "/src/.globalconfig");
        }

        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Definitions.cs", SourceText.From(source), filePath: "/src/Definitions.cs");
        if (!workspace.TryApplyChanges(solution)) throw new InvalidOperationException("workspace refused the test project");
        return workspace.CurrentSolution.GetDocument(documentId)!;
    }

    /// <summary>Compiles the document's project; fails on any error.</summary>
    public static async Task AssertCompilesAsync(Document document)
    {
        var compilation = await document.Project.GetCompilationAsync().ConfigureAwait(false);
        var errors = compilation!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.That(errors, Is.Empty, "the fixed code does not compile");
    }

    /// <summary>
    /// The user's file with <paramref name="source"/> (marker removed) and the rule's diagnostic at the
    /// marked token; fails unless the file compiles before the fix.
    /// </summary>
    public static async Task<(Document Document, Diagnostic Diagnostic)> PrepareAsync(
        MeshRule rule, string source, IReadOnlyDictionary<string, string?>? properties, string? kubernetesVersion, object[] messageArgs)
    {
        var marker = source.IndexOf(Marker, StringComparison.Ordinal);
        Assert.That(marker, Is.GreaterThanOrEqualTo(0), "the source has no " + Marker + " marker");
        Assert.That(source.IndexOf(Marker, marker + 1, StringComparison.Ordinal), Is.EqualTo(-1), "the source has more than one marker");
        var document = CreateDocument(Unmarked(source), kubernetesVersion);
        await AssertCompilesAsync(document).ConfigureAwait(false);
        var tree = (await document.GetSyntaxTreeAsync().ConfigureAwait(false))!;
        // The analyzers report at the subject's new keyword (an invocation's first token where there is none).
        var span = (await tree.GetRootAsync().ConfigureAwait(false)).FindToken(marker).Span;
        Assert.That(span.Start, Is.EqualTo(marker), "the marker must stand right before a token");
        var diagnostic = Diagnostic.Create(
            Descriptor(rule),
            Location.Create(tree, span),
            (properties ?? new Dictionary<string, string?>()).ToImmutableDictionary(),
            messageArgs);
        return (document, diagnostic);
    }

    /// <summary>The rule as the analyzers report it (a warning).</summary>
    public static DiagnosticDescriptor Descriptor(MeshRule rule) =>
        new(rule.Id, rule.Title, rule.MessageFormat, rule.Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>The fixes <paramref name="fixer"/> offers for <paramref name="diagnostic"/>, as the IDE asks for them.</summary>
    public static async Task<List<CodeAction>> ActionsAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
    {
        Assert.That(fixer.FixableDiagnosticIds, Does.Contain(diagnostic.Id));
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions;
    }

    /// <summary>Runs <paramref name="action"/>'s operations (with its clean-up) and returns the changed document.</summary>
    public static async Task<Document> ApplyAsync(CodeAction action, Document document)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
    }

    /// <summary>
    /// The fixer's Fix All over <paramref name="document"/> in <paramref name="scope"/>, as the IDE or
    /// <c>dotnet format</c> runs it with these diagnostics and this equivalence key; null when it changes nothing.
    /// </summary>
    public static async Task<Document?> FixAllAsync(
        CodeFixProvider fixer, Document document, FixAllScope scope, string? equivalenceKey, IEnumerable<string> ids, ImmutableArray<Diagnostic> diagnostics)
    {
        var context = new FixAllContext(document, fixer, scope, equivalenceKey!, ids, new FixedDiagnostics(diagnostics), CancellationToken.None);
        var action = await fixer.GetFixAllProvider()!.GetFixAsync(context).ConfigureAwait(false);
        return action is null ? null : await ApplyAsync(action, document).ConfigureAwait(false);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var meshSdk = typeof(Mesh.Sdk.Duration).Assembly.Location;
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0 && !string.Equals(Path.GetFileName(p), "Mesh.Sdk.dll", StringComparison.OrdinalIgnoreCase))
            .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase))
            .Append(meshSdk);
        return [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    /// <summary>Hands Fix All a fixed set of diagnostics, as the IDE's diagnostic service would.</summary>
    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>([]);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
