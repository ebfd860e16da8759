namespace Mesh.Sdk.Yaml;

/// <summary>How a string is written.</summary>
internal enum StringStyle
{
    /// <summary>Unquoted: every YAML 1.1 and 1.2 reader reads it back as the same string.</summary>
    Plain,

    /// <summary>Double-quoted with escapes.</summary>
    DoubleQuoted,

    /// <summary>A literal block scalar (<c>|</c>, <c>|-</c>, <c>|+</c>) for multi-line text.</summary>
    Literal,
}

/// <summary>
/// Decides how a string scalar is written so that YAML 1.1 readers (Go's yaml.v2, PyYAML,
/// the tooling that reads manifests) and YAML 1.2 readers all get the same string back.
/// It quotes anything either spec would resolve to a bool, null, number, timestamp or merge
/// key (<c>yes</c>, <c>on</c>, <c>~</c>, <c>1.0</c>, <c>0777</c>, <c>0x1F</c>, <c>12:30</c>,
/// <c>2024-01-01</c>, <c>&lt;&lt;</c>), anything that starts with an indicator, and anything a
/// plain scalar cannot hold.
/// </summary>
internal static class YamlScalars
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static StringStyle Classify(string s)
    {
        if (s.Length == 0) return StringStyle.DoubleQuoted;
        if (IsSimpleWord(s)) return ResolvesToNonString(s) ? StringStyle.DoubleQuoted : StringStyle.Plain;
        if (s.Contains('\n')) return CanBeLiteral(s) ? StringStyle.Literal : StringStyle.DoubleQuoted;
        if (!AllPrintableSingleLine(s)) return StringStyle.DoubleQuoted;
        if (!CanBePlain(s) || ResolvesToNonString(s)) return StringStyle.DoubleQuoted;
        return StringStyle.Plain;
    }

    /// <summary>
    /// The common case, decided in one pass: an ASCII letter, then only ASCII letters, digits and
    /// <c>. _ / -</c>. Such a string passes every check below except possibly the reserved words
    /// (all letters), so only <see cref="ResolvesToNonString"/> is left to ask.
    /// </summary>
    private static bool IsSimpleWord(string s)
    {
        if (!char.IsAsciiLetter(s[0])) return false;
        foreach (var c in s)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '/' or '-')) return false;
        }
        return true;
    }

    private static bool AllPrintableSingleLine(string s)
    {
        foreach (var c in s)
        {
            if (!IsPrintable(c) || c == '\t') return false;
        }
        return true;
    }

    /// <summary>YAML printable, excluding every character that YAML 1.1 treats as a line break.</summary>
    private static bool IsPrintable(char c) =>
        c switch
        {
            '\t' => true,
            < ' ' => false,
            '\u007F' => false,
            >= '\u0080' and <= '\u009F' => false, // C1 controls, incl. NEL (a 1.1 line break)
            '\u2028' or '\u2029' => false,        // 1.1 line/paragraph separators
            '\uFEFF' or '\uFFFE' or '\uFFFF' => false,
            _ => true,
        };

    private static bool CanBePlain(string s)
    {
        var first = s[0];
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(first)) return false;
        if (first == ' ' || s[^1] == ' ') return false;
        if (s[^1] == ':') return false;
        if (s.StartsWith("...", StringComparison.Ordinal)) return false;
        if (s.Contains(": ", StringComparison.Ordinal) || s.Contains(" #", StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>
    /// True when a YAML 1.1 or 1.2 core-schema reader would resolve the plain scalar to
    /// something other than a string. Errs on the side of quoting.
    /// </summary>
    internal static bool ResolvesToNonString(string s)
    {
        switch (s)
        {
            // null (1.1 and 1.2), merge and value keys (1.1)
            case "~" or "null" or "Null" or "NULL" or "<<" or "=":
            // booleans: YAML 1.1 (incl. y/n, which Go's yaml.v2 honours) and 1.2
            case "y" or "Y" or "yes" or "Yes" or "YES" or "n" or "N" or "no" or "No" or "NO":
            case "true" or "True" or "TRUE" or "false" or "False" or "FALSE":
            case "on" or "On" or "ON" or "off" or "Off" or "OFF":
                return true;
        }

        var span = s.AsSpan();
        if (span[0] is '+' or '-') span = span[1..];
        if (span.Length == 0) return false;

        // .inf / .nan in any case
        if (span[0] == '.' && span.Length == 4)
        {
            var rest = span[1..].ToString().ToLowerInvariant();
            if (rest is "inf" or "nan") return true;
        }

        // Numbers in every base and form (int, float, octal, hex, binary, sexagesimal,
        // underscores) and timestamps all start with a digit or '.', and use only these
        // characters. Anything matching this shape is quoted, which over-quotes a few
        // strings such as "1.2.3" (harmless) and never under-quotes.
        if (!(char.IsAsciiDigit(span[0]) || (span[0] == '.' && span.Length > 1 && char.IsAsciiDigit(span[1]))))
            return false;
        foreach (var c in span)
        {
            if (!(char.IsAsciiHexDigit(c) || c is '.' or '_' or ':' or '+' or '-' or 'x' or 'X' or 'o' or 'O' or 'T' or 't' or 'Z' or 'z' or ' '))
                return false;
        }
        return true;
    }

    private static bool CanBeLiteral(string s)
    {
        // Every character must be printable (tabs allowed), no CR, no 1.1 line breaks.
        foreach (var c in s)
        {
            if (c == '\n') continue;
            if (!IsPrintable(c)) return false;
        }

        var lines = s.Split('\n');
        var anyContent = false;
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            // The first content line fixes the block's indentation: it cannot start with white space.
            if (!anyContent && (line[0] == ' ' || line[0] == '\t')) return false;
            anyContent = true;
            // Trailing white space is legal in a literal block but invisible and fragile in review.
            if (line[^1] == ' ' || line[^1] == '\t') return false;
        }
        return anyContent;
    }

    /// <summary>Writes <paramref name="s"/> as a double-quoted scalar with YAML escapes.</summary>
    public static void AppendDoubleQuoted(System.Text.StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            if (Escape(c) is { } escaped) sb.Append(escaped);
            else sb.Append(c);
        }
        sb.Append('"');
    }

    /// <summary>
    /// Writes <paramref name="s"/> as <see cref="AppendDoubleQuoted"/> does, as UTF-8: the runs between
    /// escapes are encoded whole (so a surrogate pair stays one character).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void WriteDoubleQuoted(Utf8Buffer output, string s)
    {
        output.Write((byte)'"');
        var run = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (!NeedsEscape(s[i])) continue;
            output.Write(s.AsSpan(run, i - run));
            output.Write(Escape(s[i]).AsSpan());
            run = i + 1;
        }
        output.Write(s.AsSpan(run));
        output.Write((byte)'"');
    }

    private static bool NeedsEscape(char c) =>
        c is '"' or '\\' or < ' ' or (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF';

    /// <summary>The escape sequence of <paramref name="c"/> inside double quotes, or null when it is written as it is.</summary>
    private static string? Escape(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\0' => "\\0",
        '\a' => "\\a",
        '\b' => "\\b",
        '\t' => "\\t",
        '\n' => "\\n",
        '\v' => "\\v",
        '\f' => "\\f",
        '\r' => "\\r",
        '\u001B' => "\\e",
        '\u0085' => "\\N",
        '\u2028' => "\\L",
        '\u2029' => "\\P",
        < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F') => "\\x" + ((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture),
        '\uFEFF' or '\uFFFE' or '\uFFFF' => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
