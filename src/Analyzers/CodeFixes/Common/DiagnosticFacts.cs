using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Mesh.Sdk.CodeFixes.Common;

/// <summary>
/// What a fix needs from its diagnostic: first the analyzer's <see cref="Diagnostic.Properties"/>
/// (the keys below, as the analyzers in Mesh.Sdk.Analyzers write them), else the numbers and names
/// in the catalogue message, whose formats end with the fix.
/// </summary>
internal static class DiagnosticFacts
{
    /// <summary>MESH010: "Sleep", "Exec" (target Kubernetes &lt; 1.30) or "PreStopDelay" (MeshedService).</summary>
    public const string PreStopActionKey = "PreStopAction";

    /// <summary>MESH010: the delay to add, in seconds (kept inside a short grace period).</summary>
    public const string PreStopSecondsKey = "PreStopSeconds";

    /// <summary>MESH012: the grace period, in seconds, the pod needs ("MinimumGrace" is read too).</summary>
    public static readonly string[] MinimumGraceKeys = ["MinimumGraceSeconds", "MinimumGrace"];

    /// <summary>MESH013: the terminationDrainDuration, in seconds, the app needs.</summary>
    public static readonly string[] RequiredSecondsKeys = ["RequiredSeconds"];

    /// <summary>MESH041: which case: Both, WarmupNeedsIstio124, Aggression, MinimumPercent, Deprecated.</summary>
    public const string WarmupCaseKey = "WarmupCase";

    /// <summary>MESH050: the app container a ContainerResource metric should name.</summary>
    public const string ContainerKey = "Container";

    /// <summary>MESH050: "false" when the target Kubernetes has no ContainerResource metrics (before 1.27).</summary>
    public const string ContainerResourceAvailableKey = "ContainerResourceAvailable";

    private static readonly Regex Integer = new(@"\d+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex QuotedContainer = new(@"container '([^']+)'", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A positive whole number from the first of <paramref name="keys"/> present, else the message's last integer.</summary>
    public static long? Seconds(Diagnostic diagnostic, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (diagnostic.Properties.TryGetValue(key, out var text) && text is not null)
                return ParsePositive(text);
        }

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

    /// <summary>A positive whole number from property <paramref name="key"/> only.</summary>
    public static long? PropertySeconds(Diagnostic diagnostic, string key) =>
        diagnostic.Properties.TryGetValue(key, out var text) && text is not null ? ParsePositive(text) : null;

    /// <summary>The property's text, or null.</summary>
    public static string? Property(Diagnostic diagnostic, string key) =>
        diagnostic.Properties.TryGetValue(key, out var text) ? text : null;

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static long? ParsePositive(string text) =>
        long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
