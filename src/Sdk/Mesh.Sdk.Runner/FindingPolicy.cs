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

    public string[] Evaluate(string[] request)
    {
        var answers = new string[request.Length];
        for (var i = 0; i < request.Length; i++)
        {
            var f = Finding.Parse(request[i]);
            answers[i] = Answer(f, f.Severity, SourceColumns.Find(f.File, f.Line));
        }
        return answers;
    }

    /// <summary>The answer line; a warning MSBuild itself turns into an error (<c>-warnaserror</c>) is an error here too, so it blocks writing.</summary>
    private string Answer(Finding f, string severity, int column) =>
        (severity == "warning" && f.Configurable && Options.MSBuildTreatsAsError(f.Id) ? "error" : severity)
        + "\t" + column.ToString(System.Globalization.CultureInfo.InvariantCulture);
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
