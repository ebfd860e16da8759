using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Mesh.Sdk.Runner.Roslyn;

/// <summary>
/// Lets the compiler decide how each build-time finding is reported. The project's compilation is
/// rebuilt from csc's own command line (sources, references, defines, language version, nullable,
/// <c>/nowarn</c>, <c>/warnaserror</c>, <c>/analyzerconfig</c>: the .editorconfig and .globalconfig
/// files); a small analyzer reports each finding at the <c>new</c> keyword of its line, and
/// <see cref="CompilationWithAnalyzers"/> applies <c>#pragma warning</c>, <c>[SuppressMessage]</c>,
/// editorconfig severities (per id and per category), NoWarn and warnings-as-errors exactly as
/// the compiler does for its analyzers. What survives, with its effective severity, is reported.
/// </summary>
/// <remarks>
/// Called by reflection from Mesh.Sdk.Runner, so only BCL types cross: request lines
/// <c>id	severity	configurable	file	line	title	category	helpUri	message</c>, the
/// catalogue's default severity of each, and answers <c>severity	column	file</c>
/// (severity <c>error|warning|info|hidden|none</c>; file is the real path when the compiler
/// mapped it with <c>/pathmap</c>, else empty).
/// </remarks>
public static class RoslynPolicy
{
    private const string IndexProperty = "mesh.index";

    public static string[] Evaluate(string[] request, string[] defaultSeverities, string? compilerArgumentsFile, string projectDirectory)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(defaultSeverities);
        var findings = request.Select(Finding.Parse).ToArray();

        var arguments = compilerArgumentsFile is not null && File.Exists(compilerArgumentsFile)
            ? CSharpCommandLineParser.Default.Parse(File.ReadAllLines(compilerArgumentsFile).Where(l => l.Length > 0), projectDirectory, sdkDirectory: null)
            : null;
        var pathMap = arguments?.PathMap ?? ImmutableArray<KeyValuePair<string, string>>.Empty;
        var parseOptions = arguments?.ParseOptions ?? CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);

        // Every source file of the compilation, keyed by full path; a finding's file outside it is parsed alone.
        var trees = new Dictionary<string, SyntaxTree>(PathComparer);
        var compiled = new List<SyntaxTree>();
        if (arguments is not null)
        {
            foreach (var source in arguments.SourceFiles)
            {
                var tree = Parse(source.Path, parseOptions);
                if (tree is null) continue;
                compiled.Add(tree);
                trees.TryAdd(tree.FilePath, tree);
            }
        }

        var located = new Location?[findings.Length];
        var answers = new string[findings.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            var f = findings[i];
            var realPath = Unmap(f.File, pathMap);
            var file = realPath ?? f.File;
            located[i] = null;
            var column = 0;
            if (!string.IsNullOrEmpty(file) && f.Line > 0)
            {
                var full = SafeFullPath(file);
                if (full is not null && !trees.TryGetValue(full, out var tree))
                {
                    tree = Parse(full, parseOptions);
                    if (tree is not null) trees[full] = tree; // not part of the compilation: column only
                }
                else
                {
                    tree = full is null ? null : trees[full];
                }
                if (tree is not null && compiled.Contains(tree))
                {
                    located[i] = NewKeywordOnLine(tree, f.Line, out column);
                }
                else
                {
                    if (tree is not null) NewKeywordOnLine(tree, f.Line, out column);
                    else column = 1;
                }
            }
            answers[i] = string.Join('\t', f.Severity, column.ToString(CultureInfo.InvariantCulture), realPath ?? "");
        }

        var configurable = Enumerable.Range(0, findings.Length).Where(i => findings[i].Configurable).ToList();
        if (configurable.Count == 0 || arguments is null || compiled.Count == 0) return answers;

        // The compilation as csc sees it, with the analyzer config files' severities per tree.
        var references = arguments.MetadataReferences
            .Select(r => (Path: SafeFullPath(Path.Combine(projectDirectory, r.Reference)), r.Properties))
            .Where(r => r.Path is not null && File.Exists(r.Path))
            .Select(r => (MetadataReference)MetadataReference.CreateFromFile(r.Path!, r.Properties))
            .ToList();
        var configs = arguments.AnalyzerConfigPaths
            .Where(File.Exists)
            .Select(p => AnalyzerConfig.Parse(SourceText.From(File.ReadAllText(p)), p))
            .ToList();
        var configSet = AnalyzerConfigSet.Create(configs);
        // Findings without a C# location are reported in an empty tree of their own, which only
        // project-wide settings reach (command line, .globalconfig), as for a compiler diagnostic without a location.
        var projectWide = CSharpSyntaxTree.ParseText("", parseOptions, Path.Combine(projectDirectory, "obj", "mesh-build-step"));
        compiled.Add(projectWide);
        var treeOptions = compiled.ToDictionary(t => t, t => configSet.GetOptionsForSourcePath(t.FilePath));
        var options = arguments.CompilationOptions
            .WithSyntaxTreeOptionsProvider(new TreeOptionsProvider(treeOptions, configSet.GlobalConfigOptions))
            .WithConcurrentBuild(false);
        var compilation = CSharpCompilation.Create(arguments.CompilationName ?? "Mesh.Policy", compiled, references, options);

        var descriptors = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        var reports = new List<(SyntaxTree? Tree, Diagnostic Diagnostic)>();
        foreach (var i in configurable)
        {
            var f = findings[i];
            if (!descriptors.TryGetValue(f.Id, out var descriptor))
            {
                descriptor = new DiagnosticDescriptor(f.Id, f.Title, "{0}", f.Category,
                    Severity(i < defaultSeverities.Length ? defaultSeverities[i] : f.Severity), isEnabledByDefault: true, helpLinkUri: f.HelpUri);
                descriptors.Add(f.Id, descriptor);
            }
            var location = located[i] ?? Location.Create(projectWide, new TextSpan(0, 0));
            var diagnostic = Diagnostic.Create(descriptor, location, Severity(f.Severity), additionalLocations: null,
                ImmutableDictionary<string, string?>.Empty.Add(IndexProperty, i.ToString(CultureInfo.InvariantCulture)), f.Message);
            reports.Add((location.SourceTree, diagnostic));
        }

        var analyzerOptions = new AnalyzerOptions([], new ConfigOptionsProvider(treeOptions, configSet.GlobalConfigOptions));
        Exception? failure = null;
        var withAnalyzers = compilation.WithAnalyzers([new FindingAnalyzer([.. descriptors.Values], reports)],
            new CompilationWithAnalyzersOptions(analyzerOptions, (e, _, _) => failure ??= e, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        // Syntax-level analysis of the trees with findings only: pragma, editorconfig and options need
        // nothing more, and [SuppressMessage] binds just the declarations around each location.
        var surviving = new List<Diagnostic>();
        foreach (var tree in reports.Select(r => r.Tree).Distinct())
            surviving.AddRange(withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree!, CancellationToken.None).GetAwaiter().GetResult());
        if (failure is not null) throw new InvalidOperationException("The diagnostic policy's analyzer failed.", failure);

        var effective = new Dictionary<int, DiagnosticSeverity>();
        foreach (var d in surviving)
        {
            if (d.Properties.TryGetValue(IndexProperty, out var index) && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i))
                effective[i] = d.Severity;
        }
        foreach (var i in configurable)
        {
            var fields = answers[i].Split('\t');
            fields[0] = effective.TryGetValue(i, out var severity) ? Name(severity) : "none";
            answers[i] = string.Join('\t', fields);
        }
        return answers;
    }

    /// <summary>
    /// The <c>new</c> keyword of the object creation that starts on <paramref name="line"/> (the
    /// first one, as the line is all a source location keeps); else the line's first token.
    /// </summary>
    internal static Location? NewKeywordOnLine(SyntaxTree tree, int line, out int column)
    {
        column = 1;
        var text = tree.GetText();
        if (line < 1 || line > text.Lines.Count) return null;
        var span = text.Lines[line - 1].Span;
        var root = tree.GetRoot();
        SyntaxToken? first = null, firstNew = null, creation = null;
        foreach (var token in root.DescendantTokens(span))
        {
            if (token.Span.Start < span.Start || token.Span.Start >= span.End || token.Span.IsEmpty) continue;
            first ??= token;
            if (token.IsKind(SyntaxKind.NewKeyword))
            {
                firstNew ??= token;
                if (token.Parent is BaseObjectCreationExpressionSyntax or AnonymousObjectCreationExpressionSyntax)
                {
                    creation = token;
                    break;
                }
            }
        }
        var chosen = creation ?? firstNew ?? first;
        if (chosen is null) return Location.Create(tree, new TextSpan(span.Start, 0));
        column = chosen.Value.GetLocation().GetLineSpan().StartLinePosition.Character + 1;
        return chosen.Value.GetLocation();
    }

    private static SyntaxTree? Parse(string path, CSharpParseOptions options)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var text = SourceText.From(stream, encoding: null, checksumAlgorithm: SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false, canBeEmbedded: false);
            return CSharpSyntaxTree.ParseText(text, options, Path.GetFullPath(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The real path of a file the compiler recorded through <c>/pathmap</c> (as CI builds do); null when not mapped.</summary>
    private static string? Unmap(string path, ImmutableArray<KeyValuePair<string, string>> pathMap)
    {
        if (string.IsNullOrEmpty(path)) return null;
        foreach (var (real, mapped) in pathMap)
        {
            if (mapped.Length > 0 && path.StartsWith(mapped, StringComparison.Ordinal))
            {
                var rest = path[mapped.Length..].Replace('/', Path.DirectorySeparatorChar).Replace('\\', Path.DirectorySeparatorChar);
                return Path.Combine(real, rest.TrimStart(Path.DirectorySeparatorChar));
            }
        }
        return null;
    }

    private static string? SafeFullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private static StringComparer PathComparer => OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private static DiagnosticSeverity Severity(string name) => name switch
    {
        "error" => DiagnosticSeverity.Error,
        "warning" => DiagnosticSeverity.Warning,
        "hidden" => DiagnosticSeverity.Hidden,
        _ => DiagnosticSeverity.Info,
    };

    private static string Name(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    /// <summary>Reports the prepared findings, each from the syntax tree it is in.</summary>
    private sealed class FindingAnalyzer(ImmutableArray<DiagnosticDescriptor> descriptors, List<(SyntaxTree? Tree, Diagnostic Diagnostic)> reports) : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => descriptors;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterSyntaxTreeAction(c =>
            {
                foreach (var (tree, diagnostic) in reports)
                {
                    if (tree == c.Tree) c.ReportDiagnostic(diagnostic);
                }
            });
        }
    }

    /// <summary>Per-tree severities from .editorconfig sections and global ones from .globalconfig files, as csc builds them.</summary>
    private sealed class TreeOptionsProvider(Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> trees, AnalyzerConfigOptionsResult global) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) =>
            trees.TryGetValue(tree, out var r) && r.AnalyzerOptions.TryGetValue("generated_code", out var v) && bool.TryParse(v, out var g)
                ? (g ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated)
                : GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            if (trees.TryGetValue(tree, out var r) && r.TreeOptions.TryGetValue(diagnosticId, out severity)) return true;
            severity = ReportDiagnostic.Default;
            return false;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            if (global.TreeOptions.TryGetValue(diagnosticId, out severity)) return true;
            severity = ReportDiagnostic.Default;
            return false;
        }
    }

    /// <summary>The analyzer options (for <c>dotnet_analyzer_diagnostic.category-*.severity</c>) per tree and global.</summary>
    private sealed class ConfigOptionsProvider(Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> trees, AnalyzerConfigOptionsResult global) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global = new(global.AnalyzerOptions);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
            trees.TryGetValue(tree, out var r) ? new Options(r.AnalyzerOptions) : _global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _global;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);

            public override IEnumerable<string> Keys => values.Keys;
        }
    }

    private sealed record Finding(string Id, string Severity, bool Configurable, string File, int Line, string Title, string Category, string HelpUri, string Message)
    {
        public static Finding Parse(string line)
        {
            var f = line.Split('\t');
            string At(int i) => i < f.Length ? f[i] : "";
            return new Finding(At(0), At(1), At(2) == "1", At(3),
                int.TryParse(At(4), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : 0,
                At(5), At(6), At(7), f.Length > 8 ? string.Join('\t', f, 8, f.Length - 8) : "");
        }
    }
}
