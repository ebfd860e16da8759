using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Mesh.Sdk.Rules;

/// <summary>How rule messages write numbers and durations, the same way everywhere.</summary>
internal static partial class RuleFormat
{
    /// <summary>
    /// Formats a catalogue message. Braces that are not placeholders (MESH001's "new ProxyConfig { ... }")
    /// are taken literally instead of making <see cref="string.Format(IFormatProvider, string, object[])"/> throw.
    /// </summary>
    public static string Message(string format, object?[] args)
    {
        var sb = new StringBuilder(format.Length + 8);
        var last = 0;
        foreach (Match m in Placeholder().Matches(format))
        {
            sb.Append(Escape(format[last..m.Index])).Append(m.Value);
            last = m.Index + m.Length;
        }
        sb.Append(Escape(format[last..]));
        return string.Format(CultureInfo.InvariantCulture, sb.ToString(), args);

        static string Escape(string literal) => literal.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{\d+(,-?\d+)?(:[^{}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>Seconds without a unit: <c>20</c>, <c>1.5</c>.</summary>
    public static string Seconds(Duration d) => d.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Whole seconds rounded up (for "set it to at least N").</summary>
    public static long CeilSeconds(Duration d) => (long)Math.Ceiling(d.TotalSeconds);

    /// <summary>Names in quotes joined: <c>migrate', 'seed</c> (the message supplies the outer quotes).</summary>
    public static string QuotedList(IEnumerable<string> names) => string.Join("', '", names);
}
