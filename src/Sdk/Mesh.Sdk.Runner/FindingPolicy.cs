using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.Runner;

/// <summary>
/// The diagnostic policy the runner installs for Mesh.Sdk's emit host (the
/// <c>Mesh.Sdk.DiagnosticPolicy</c> AppContext data, a <c>Func&lt;string[], string[]&gt;</c>):
/// for each finding, its effective severity and the column of its location. See
/// Mesh.Sdk's Hosting/DiagnosticPolicy.cs for the line format.
/// </summary>
internal sealed class FindingPolicy(RunnerOptions options)
{
    public const string AppContextKey = "Mesh.Sdk.DiagnosticPolicy";

    public RunnerOptions Options { get; } = options;

    private Func<string[], string[], string?, string, string[]>? _roslyn;
    private bool _roslynLoaded;

    public string[] Evaluate(string[] request)
    {
        var findings = request.Select(Finding.Parse).ToArray();
        var answers = new string[request.Length];
        var compiler = TryCompiler(request, findings);
        for (var i = 0; i < findings.Length; i++)
        {
            var f = findings[i];
            if (compiler is not null)
            {
                var a = compiler[i].Split('\t');
                var column = a.Length > 1 && int.TryParse(a[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : 0;
                answers[i] = Answer(f, a[0], column, a.Length > 2 ? a[2] : "");
            }
            else
            {
                answers[i] = Answer(f, f.Severity, SourceColumns.Find(f.File, f.Line), "");
            }
        }
        return answers;
    }

    /// <summary>The compiler's answers, or null when it cannot be loaded or fails (then the catalogue severities stand).</summary>
    private string[]? TryCompiler(string[] request, Finding[] findings)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            if (!_roslynLoaded)
            {
                _roslynLoaded = true;
                _roslyn = RoslynPolicyLoader.Load(Options.CompilerDirectory);
            }
            if (_roslyn is null) return null;
            var defaults = findings.Select(f => MeshRules.All.FirstOrDefault(r => r.Id == f.Id) is { } rule ? Name(rule.Severity) : f.Severity).ToArray();
            var answers = _roslyn(request, defaults, Options.CompilerArgsFile, Options.ProjectDirectory);
            return answers.Length == request.Length ? answers : null;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine("Mesh.Sdk: could not apply the compiler's diagnostic settings (" + e.GetType().Name + ": " + e.Message + "); reporting catalogue severities.");
            return null;
        }
        finally
        {
            Console.WriteLine($"Mesh.Sdk: diagnostic policy for {findings.Length} finding(s) took {watch.ElapsedMilliseconds} ms");
        }
    }

    private static string Name(MeshSeverity s) => s switch
    {
        MeshSeverity.Error => "error",
        MeshSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The answer line; a warning MSBuild itself turns into an error (<c>-warnaserror</c>) is an error here too, so it blocks writing.</summary>
    private string Answer(Finding f, string severity, int column, string file) =>
        (severity == "warning" && f.Configurable && Options.MSBuildTreatsAsError(f.Id) ? "error" : severity)
        + "\t" + column.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\t" + file;
}

/// <summary>One request line: <c>id	severity	configurable	file	line	title	category	helpUri	message</c>.</summary>
internal sealed record Finding(string Id, string Severity, bool Configurable, string File, int Line, string Title, string Category, string HelpUri, string Message)
{
    public static Finding Parse(string line)
    {
        var f = line.Split('\t');
        string At(int i) => i < f.Length ? f[i] : "";
        return new Finding(At(0), At(1), At(2) == "1", At(3),
            int.TryParse(At(4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var l) ? l : 0,
            At(5), At(6), At(7), f.Length > 8 ? string.Join('\t', f, 8, f.Length - 8) : "");
    }
}
