using System.Globalization;
using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Hosting;

/// <summary>A diagnostic as it is reported: its effective severity and the column of its location (0: unknown).</summary>
internal sealed record ReportedDiagnostic(MeshDiagnostic Diagnostic, int Column)
{
    public MeshSeverity Severity => Diagnostic.Severity;
}

/// <summary>
/// Decides how each finding of the emit step is reported, the way the compiler decides for its own
/// diagnostics. Mesh.Sdk.Runner installs the policy (<see cref="AppContextKey"/>, a
/// <c>Func&lt;string[], string[]&gt;</c>, so the runner and this assembly share no types): it
/// applies <c>.editorconfig</c> severities, <c>#pragma warning</c>, <c>[SuppressMessage]</c>,
/// <c>NoWarn</c> and warnings-as-errors from the project's compilation, and finds the column of
/// the <c>new</c> expression on the reported line. Without a policy (unit tests, or a runner
/// that could not load one) every finding keeps its catalogue severity and has no column.
/// </summary>
/// <remarks>
/// Request, one line per finding: <c>id	severity	configurable	file	line	title	category	helpUri	message</c>
/// (severity <c>error|warning|info</c>, configurable <c>1|0</c>).
/// Response, one line per finding in the same order: <c>severity	column[	file]</c> where severity is
/// <c>error|warning|info|hidden|none</c>; <c>hidden</c> and <c>none</c> (suppressed) are not reported.
/// A file, when given, is the real path of a file the compiler recorded under a <c>/pathmap</c> prefix.
/// </remarks>
internal static class DiagnosticPolicy
{
    /// <summary>The <see cref="AppContext"/> data name under which the runner installs the policy.</summary>
    public const string AppContextKey = "Mesh.Sdk.DiagnosticPolicy";

    /// <summary>The policy the runner installed, if any.</summary>
    public static Func<string[], string[]>? Installed => AppContext.GetData(AppContextKey) as Func<string[], string[]>;

    /// <summary>
    /// Model errors (MESH1xxx) and build-step errors (MESH2xxx) are like compiler errors: nothing
    /// downgrades or suppresses them, because what would be written is invalid or incomplete.
    /// The mesh catalogue (MESH001-MESH060) and every warning follow the user's configuration.
    /// </summary>
    public static bool IsConfigurable(MeshRule rule) =>
        rule.Severity != MeshSeverity.Error || rule.Id.Length <= "MESH".Length + 3;

    /// <summary>The request line for one finding.</summary>
    public static string Request(MeshDiagnostic d) =>
        string.Join('\t',
            d.Rule.Id,
            Name(d.Severity),
            IsConfigurable(d.Rule) ? "1" : "0",
            Clean(d.Location.FilePath ?? ""),
            d.Location.Line.ToString(CultureInfo.InvariantCulture),
            Clean(d.Rule.Title),
            Clean(d.Rule.Category),
            d.Rule.HelpUri,
            Clean(d.Message));

    /// <summary>Applies <paramref name="policy"/>; keeps the catalogue severities when it is null, fails or answers out of form.</summary>
    public static IReadOnlyList<ReportedDiagnostic> Apply(IReadOnlyList<MeshDiagnostic> diagnostics, Func<string[], string[]>? policy)
    {
        if (diagnostics.Count == 0) return [];
        var defaults = diagnostics.Select(d => new ReportedDiagnostic(d, 0)).ToList();
        if (policy is null) return defaults;

        string[] answers;
        try
        {
            answers = policy(diagnostics.Select(Request).ToArray());
        }
        catch (Exception e)
        {
            Console.Error.WriteLine("Mesh.Sdk: the diagnostic policy failed; reporting catalogue severities. " + e.Message);
            return defaults;
        }
        if (answers is null || answers.Length != diagnostics.Count) return defaults;

        var reported = new List<ReportedDiagnostic>(diagnostics.Count);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            var fields = (answers[i] ?? "").Split('\t');
            var column = fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0;
            MeshSeverity? severity = fields[0] switch
            {
                "error" => MeshSeverity.Error,
                "warning" => MeshSeverity.Warning,
                "info" => MeshSeverity.Info,
                "hidden" or "none" => null,
                _ => d.Severity,
            };
            // A policy can never silence or weaken what is not configurable.
            if (!IsConfigurable(d.Rule)) severity = d.Severity;
            if (severity is null) continue;
            if (severity != d.Severity) d = d with { Severity = severity.Value };
            if (fields.Length > 2 && fields[2].Length > 0) d = d with { Location = new SourceLocation(fields[2], d.Location.Line) };
            reported.Add(new ReportedDiagnostic(d, column));
        }
        return reported;
    }

    private static string Name(MeshSeverity s) => s switch
    {
        MeshSeverity.Error => "error",
        MeshSeverity.Warning => "warning",
        _ => "info",
    };

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
