using System.Globalization;
using System.Text;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.Hosting;

/// <summary>
/// The lines the emit process prints for the MSBuild task (Mesh.Sdk.Tasks' MeshEmit parses
/// them). Tab-separated, one record per line, fields free of tabs and line breaks:
/// <c>##mesh-diagnostic	severity	id	file	line[,column]	helpUri	message</c> and
/// <c>##mesh-summary	text</c>. Any other output (a definition's Console.WriteLine) is
/// passed through as a low-importance message.
/// </summary>
internal static class HostProtocol
{
    public const string DiagnosticPrefix = "##mesh-diagnostic";
    public const string SummaryPrefix = "##mesh-summary";

    public static string Format(MeshDiagnostic d, int column = 0) =>
        string.Join('\t',
            DiagnosticPrefix,
            d.Severity.ToString().ToLowerInvariant(),
            d.Rule.Id,
            Clean(d.Location.FilePath ?? ""),
            column > 0
                ? d.Location.Line.ToString(CultureInfo.InvariantCulture) + "," + column.ToString(CultureInfo.InvariantCulture)
                : d.Location.Line.ToString(CultureInfo.InvariantCulture),
            d.Rule.HelpUri,
            Clean(d.Message));

    public static string FormatSummary(string text) => SummaryPrefix + "\t" + Clean(text);

    private static string Clean(string s)
    {
        if (s.AsSpan().IndexOfAny('\t', '\r', '\n') < 0) return s;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) sb.Append(c is '\t' or '\r' or '\n' ? ' ' : c);
        return sb.ToString();
    }
}
