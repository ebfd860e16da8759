using System.Globalization;

namespace Mesh.Sdk.Rules;

/// <summary>How rule messages write numbers and durations, the same way everywhere.</summary>
internal static class RuleFormat
{
    /// <summary>Seconds without a unit: <c>20</c>, <c>1.5</c>.</summary>
    public static string Seconds(Duration d) => d.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Whole seconds rounded up (for "set it to at least N").</summary>
    public static long CeilSeconds(Duration d) => (long)Math.Ceiling(d.TotalSeconds);

    /// <summary>Names in quotes joined: <c>migrate', 'seed</c> (the message supplies the outer quotes).</summary>
    public static string QuotedList(IEnumerable<string> names) => string.Join("', '", names);
}
