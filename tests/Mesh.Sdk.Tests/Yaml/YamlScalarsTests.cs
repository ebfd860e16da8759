using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tests.Yaml;

/// <summary>How each kind of string is written. The conformance project proves the results with PyYAML and YamlDotNet.</summary>
public sealed class YamlScalarsTests
{
    [TestCase("web")]
    [TestCase("ghcr.io/acme/web:1.4.2")]
    [TestCase("http://+:8080")]
    [TestCase("250m")]
    [TestCase("512Mi")]
    [TestCase("25%")]
    [TestCase("app.kubernetes.io/name")]
    [TestCase("a#b")]
    [TestCase("key=value")]
    [TestCase("Yesterday")]
    [TestCase("nullable")]
    public void Ordinary_strings_are_plain(string s) =>
        Assert.That(YamlScalars.Classify(s), Is.EqualTo(StringStyle.Plain));

    [TestCase("")]
    [TestCase("yes")] [TestCase("No")] [TestCase("ON")] [TestCase("off")] [TestCase("y")] [TestCase("N")]
    [TestCase("true")] [TestCase("False")]
    [TestCase("~")] [TestCase("null")] [TestCase("NULL")]
    [TestCase("1")] [TestCase("-1")] [TestCase("+1")] [TestCase("1.0")] [TestCase(".5")] [TestCase("1e3")] [TestCase("1E-5")]
    [TestCase("0777")] [TestCase("0o17")] [TestCase("0x1F")] [TestCase("0b101")] [TestCase("1_000")]
    [TestCase("12:30")] [TestCase("190:20:30")]
    [TestCase(".inf")] [TestCase("-.Inf")] [TestCase(".NaN")]
    [TestCase("2001-12-14")] [TestCase("2001-12-14t21:59:43.10-05:00")]
    [TestCase("<<")] [TestCase("=")]
    [TestCase("- x")] [TestCase("-x")] [TestCase("? x")] [TestCase(":x")] [TestCase("[a]")] [TestCase("{a}")] [TestCase("#c")]
    [TestCase("&a")] [TestCase("*a")] [TestCase("!t")] [TestCase("|")] [TestCase(">")] [TestCase("'q")] [TestCase("\"q")]
    [TestCase("%x")] [TestCase("@x")] [TestCase("`x")]
    [TestCase("a: b")] [TestCase("a #b")] [TestCase("trailing:")] [TestCase(" lead")] [TestCase("trail ")]
    [TestCase("tab\there")] [TestCase("bell\a")] [TestCase("nel\u0085")] [TestCase("ls\u2028")] [TestCase("bom\uFEFF")]
    [TestCase("---")] [TestCase("...")]
    public void Ambiguous_or_unsafe_strings_are_quoted(string s) =>
        Assert.That(YamlScalars.Classify(s), Is.EqualTo(StringStyle.DoubleQuoted));

    [TestCase("line1\nline2")]
    [TestCase("holdApplicationUntilProxyStarts: true\n")]
    [TestCase("a\n\nb\n\n")]
    [TestCase("\nleading newline")]
    public void Multi_line_strings_are_literal_blocks(string s) =>
        Assert.That(YamlScalars.Classify(s), Is.EqualTo(StringStyle.Literal));

    [TestCase("  indented first line\nsecond")]
    [TestCase("trailing space \nx")]
    [TestCase("crlf\r\nline")]
    [TestCase("\n\n")]
    public void Multi_line_strings_a_block_cannot_hold_exactly_are_quoted(string s) =>
        Assert.That(YamlScalars.Classify(s), Is.EqualTo(StringStyle.DoubleQuoted));
}
