using System.Globalization;
using System.Text;

namespace Mesh.Sdk.Conformance.Tests.Infrastructure;

/// <summary>Shows strings unambiguously in messages and test names (C#-style escapes for anything invisible).</summary>
internal static class Escaping
{
    public static string Show(string? s, int max = 120)
    {
        if (s is null) return "null";
        var sb = new StringBuilder("\"");
        var shown = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (shown++ >= max)
            {
                sb.Append(CultureInfo.InvariantCulture, $"…(+{s.Length - i} chars)");
                break;
            }
            var c = s[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        sb.Append(c).Append(s[++i]);
                    }
                    else if (c < ' ' || (c >= '\u007F' && c <= '\u00A0') || c is '\u2028' or '\u2029' or '\uFEFF' or '\u200B'
                             || char.IsSurrogate(c) || c >= '\uFFF0')
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
