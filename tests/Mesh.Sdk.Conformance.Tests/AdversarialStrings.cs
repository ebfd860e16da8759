using System.Text;
using Mesh.Sdk.Conformance.Tests.Infrastructure;

namespace Mesh.Sdk.Conformance.Tests;

/// <summary>
/// Strings a YAML writer gets wrong: everything YAML 1.1 or 1.2 resolves to a non-string when
/// plain, every indicator, white space and line-break trap, and multi-line text.
/// </summary>
internal static class AdversarialStrings
{
    public const string IstioProxyConfig =
        "holdApplicationUntilProxyStarts: true\n" +
        "proxyMetadata:\n" +
        "  ISTIO_META_DNS_CAPTURE: \"true\"\n" +
        "  ISTIO_META_DNS_AUTO_ALLOCATE: \"true\"\n" +
        "terminationDrainDuration: 30s\n" +
        "tracing:\n" +
        "  sampling: 10.0\n" +
        "  zipkin:\n" +
        "    address: zipkin.istio-system:9411\n";

    /// <summary>(category, value) pairs.</summary>
    public static IEnumerable<(string Category, string Value)> All()
    {
        foreach (var s in new[]
                 {
                     "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
                     "true", "True", "TRUE", "false", "False", "FALSE",
                     "on", "On", "ON", "off", "Off", "OFF", "yEs", "tRUE",
                 })
            yield return ("bool", s);

        foreach (var s in new[] { "~", "null", "Null", "NULL", "", "nULL" })
            yield return ("null", s);

        foreach (var s in new[]
                 {
                     "0", "1", "-1", "+1", "-0", "1.0", "-1.5", "+1.5", "1.", "0.", ".5", "-.5", "+.5",
                     "1e3", "1E-5", "1e+3", "1.0e+3", "1.0E-05", "-1e3", "6.8523015e+5", "685.230_15e+03",
                     "0777", "0o17", "0O17", "0x1F", "0X1F", "-0x1F", "0xCAFE_BABE", "0b101", "-0b101", "0b1_0",
                     "1_000", "1_000.5", "685_230", "+685_230", "1__",
                     "12:30", "190:20:30", "-12:30", "1:20.5", "190:20:30.15", "01:02",
                     ".inf", "-.Inf", "+.INF", ".Inf", ".NaN", ".nan", ".NAN", "-.inf",
                     "._", "._1", ".1_0", "1.2.3", "1e", "0x", "0o", "0b",
                 })
            yield return ("number", s);

        foreach (var s in new[]
                 {
                     "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14T21:59:43.10-05:00",
                     "2001-12-14 21:59:43.10 -5", "2001-12-15T02:59:43.1Z", "2001-12-15 2:59:43.10", "2002-1-1",
                     "2001-12-14t21:59:43Z",
                 })
            yield return ("timestamp", s);

        foreach (var s in new[] { "<<", "=", "!!str", "!!binary", "!", "<<:" })
            yield return ("merge/value/tag", s);

        foreach (var s in new[]
                 {
                     "- x", "-", "--", "-x", "? x", "?", "?x", ": x", ":", ":x", "[a]", "[", "]", "{a}", "{", "}", "{a: b}", "[a, b]",
                     "#c", "#", "&a", "*a", "!t", "|", "|-", ">", ">+", "'", "'a'", "\"", "\"a\"", "%", "%YAML 1.1", "@", "@a",
                     "`", "`a`", ",", ",a", "a,b", "a]", "a}", "a[b]", "a{b}",
                 })
            yield return ("indicator", s);

        foreach (var s in new[]
                 {
                     "a: b", "a:b", "a #b", "a#b", "a#", "http://example.com:8080/a#frag", "a:", "a :", "key: value: more",
                     "a ? b", "a - b", "a -", "a ,b", "a &b", "a *b", "a !b", "a |", "a >", "a: ", "a:\tb",
                     "a*b", "a&b", "a *", "a * b", "x *y z", "a ]", "a }", "a [b", "a {b", "a 'b'", "a \"b\"", "a %b", "a @b", "a `b",
                 })
            yield return ("inside", s);

        foreach (var s in new[]
                 {
                     " x", "x ", " x ", " ", "  ", "\t", "x\ty", "\tx", "x\t", "a  b", "a \t b",
                 })
            yield return ("whitespace", s);

        foreach (var s in new[]
                 {
                     "\0", "a\0b", "\a", "\b", "\u0001", "\u001B", "a\u001Bb", "\u007F", "\u0080", "\u009F", "a\rb", "\r", "\v", "\f",
                     "a\u0085b",
                 })
            yield return ("control", s);

        foreach (var s in new[]
                 {
                     "é", "café", "😀", "a😀b", "👩‍👩‍👧", "\u0085", "\u2028", "a\u2028b", "\u2029", "a\u2029b", "\uFEFF", "\uFEFFx", "x\uFEFF",
                     "\u00A0", "\u00A0x", "x\u00A0", "\u200B", "\uFFFD", "\uFFFE", "\uFFFF", "日本語", "שלום", "Ωmega", "ÿes",
                 })
            yield return ("unicode", s);

        foreach (var s in new[] { "---", "...", "--- x", "... x", "---x", "...x", "----", "x ---", "x ..." })
            yield return ("document marker", s);

        foreach (var s in new[]
                 {
                     "a\n", "a\nb", "a\nb\n", "a\nb\n\n", "a\nb\n\n\n", "\na", "\na\n", "\n\na\n", "a\n\nb", "a\n\n\nb\n",
                     "a\n  b", "a\n  b\n", "a\n\tb\n", "a\r\nb\r\n", "a\r\nb", "a  \nb", "a\nb  \n", "a\t\nb", "a\n \nb", "\n", "\n\n",
                     " a\nb", "\ta\nb", "  indented\nfirst\n", "# not a comment\nb\n", "a\n#b\n", "- a\n- b\n", "key: value\nother: x\n",
                     "---\na\n", "a\n---\nb\n", "a\n...\nb\n", "a\n\u0085b", "a\n\u2028b", "é\n😀\n", "yes\nno\n", "|\n>\n",
                     "  \n", "\n  a", "a\n\n", "a\n \n",
                 })
            yield return ("multi-line", s);

        yield return ("multi-line", IstioProxyConfig);
        yield return ("multi-line", IstioProxyConfig.TrimEnd('\n'));

        yield return ("long", new string('a', 10_000));
        yield return ("long", string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet ", 800)).TrimEnd());
        yield return ("long", string.Concat(Enumerable.Repeat("yes: no # ", 500)));
        yield return ("long", string.Join("\n", Enumerable.Range(0, 2_000).Select(i => $"line {i}: value")) + "\n");
        yield return ("long", new string('a', 1024));
        yield return ("long", new string('a', 1025));
        yield return ("long", "\"" + new string('b', 1100));
        yield return ("long", new string('1', 2000));
        // Around YAML's 1024-character limit on implicit keys, which counts the key as written (quotes, escapes).
        yield return ("long", new string('1', 1022));
        yield return ("long", new string('1', 1023));
        yield return ("long", new string('\u0001', 300));
        yield return ("long", string.Concat(Enumerable.Repeat("😀", 600)));
        yield return ("long", new string('é', 1000));
    }

    /// <summary>The cases as NUnit test data, named "category: shown value".</summary>
    public static IEnumerable<TestCaseData> Cases()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (category, value) in All())
        {
            if (!seen.Add(value)) continue;
            yield return new TestCaseData(value).SetArgDisplayNames($"{category}: {Escaping.Show(value, 40)} (len {value.Length})");
        }
    }

    public static string Describe(string s) => $"{Escaping.Show(s)} (length {s.Length}, UTF-16: {Hex(s)})";

    private static string Hex(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s.Take(24)) sb.Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
        if (s.Length > 24) sb.Append('…');
        return sb.ToString().TrimEnd();
    }
}
