using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Mesh.Sdk.CodeFixes.Common;

/// <summary>
/// What a fix needs from its diagnostic: first the analyzer's <see cref="Diagnostic.Properties"/>
/// (keys below), else the numbers and names in the catalogue message, whose formats end with the fix.
/// </summary>
internal static class DiagnosticFacts
{
    /// <summary>MESH012: the grace period, in seconds, the pod needs.</summary>
    public const string MinimumGraceKey = "MinimumGrace";

    /// <summary>MESH013: the terminationDrainDuration, in seconds, the app needs.</summary>
    public const string MinimumTerminationDrainKey = "MinimumTerminationDrain";

    /// <summary>MESH050: the app container a ContainerResource metric should name.</summary>
    public const string ContainerKey = "Container";

    private static readonly Regex Integer = new(@"\d+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex QuotedContainer = new(@"container '([^']+)'", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A positive whole number from property <paramref name="key"/>, else the message's last integer.</summary>
    public static long? Seconds(Diagnostic diagnostic, string key)
    {
        if (diagnostic.Properties.TryGetValue(key, out var text) && text is not null)
            return ParsePositive(text);
        var matches = Integer.Matches(Message(diagnostic));
        return matches.Count == 0 ? null : ParsePositive(matches[matches.Count - 1].Value);
    }

    /// <summary>A container name from property <paramref name="key"/>, else the message's last <c>container '...'</c>.</summary>
    public static string? ContainerName(Diagnostic diagnostic, string key)
    {
        if (diagnostic.Properties.TryGetValue(key, out var text) && !string.IsNullOrEmpty(text))
            return text;
        var matches = QuotedContainer.Matches(Message(diagnostic));
        return matches.Count == 0 ? null : matches[matches.Count - 1].Groups[1].Value;
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static long? ParsePositive(string text) =>
        long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
