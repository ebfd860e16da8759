namespace Mesh.Sdk.Runner;

/// <summary>
/// The column of a reported line without a compiler: the first <c>new</c> keyword outside
/// strings and comments, else the first non-blank character, else 1. Used when the compiler
/// could not be loaded; the Roslyn policy finds the same column from the syntax tree.
/// </summary>
internal static class SourceColumns
{
    private static readonly Dictionary<string, string[]?> Files = new(StringComparer.Ordinal);

    public static int Find(string path, int line)
    {
        if (string.IsNullOrEmpty(path) || line < 1) return 0;
        if (!Files.TryGetValue(path, out var lines))
        {
            try
            {
                lines = File.Exists(path) ? File.ReadAllLines(path) : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                lines = null;
            }
            Files[path] = lines;
        }
        return lines is null || line > lines.Length ? 1 : InLine(lines[line - 1]);
    }

    /// <summary>The 1-based column of the first <c>new</c> keyword in code, else of the first non-blank character.</summary>
    public static int InLine(string text)
    {
        var firstCode = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) continue;
            if (firstCode < 0) firstCode = i;
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/') break;
            if (c == '"' || c == '\'')
            {
                // Skip a string or character literal (verbatim or not); a string running past the line ends the scan.
                var verbatim = i > 0 && text[i - 1] == '@';
                for (i++; i < text.Length; i++)
                {
                    if (!verbatim && text[i] == '\\') { i++; continue; }
                    if (text[i] == c)
                    {
                        if (verbatim && i + 1 < text.Length && text[i + 1] == c) { i++; continue; }
                        break;
                    }
                }
                continue;
            }
            if (c == 'n' && string.CompareOrdinal(text, i, "new", 0, 3) == 0
                && (i == 0 || !IsIdentifier(text[i - 1]))
                && (i + 3 >= text.Length || !IsIdentifier(text[i + 3])))
            {
                return i + 1;
            }
            while (i + 1 < text.Length && IsIdentifier(c) && IsIdentifier(text[i + 1])) i++;
        }
        return firstCode < 0 ? 1 : firstCode + 1;
    }

    private static bool IsIdentifier(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '@';
}
