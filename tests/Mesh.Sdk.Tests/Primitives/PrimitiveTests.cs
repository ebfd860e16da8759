namespace Mesh.Sdk.Tests.Primitives;

public sealed class QuantityTests
{
    [TestCase("250m", 0.25)]
    [TestCase("1", 1)]
    [TestCase("1.5", 1.5)]
    [TestCase("512Mi", 536870912)]
    [TestCase("1Gi", 1073741824)]
    [TestCase("2k", 2000)]
    [TestCase("1e3", 1000)]
    [TestCase("1E-3", 0.001)]
    [TestCase("+5", 5)]
    [TestCase(".5", 0.5)]
    public void Valid_quantities_parse_to_their_value(string text, double value)
    {
        var q = Quantity.Parse(text);
        Assert.That((double)q.Value, Is.EqualTo(value).Within(1e-9));
        Assert.That(q.ToString(), Is.EqualTo(text), "the text is written as given");
    }

    [TestCase("")]
    [TestCase("1.5Gb")]
    [TestCase("Mi")]
    [TestCase("1 Gi")]
    [TestCase("1mi")]
    [TestCase("1e")]
    [TestCase("abc")]
    public void Invalid_quantities_throw_with_the_grammar(string text)
    {
        var e = Assert.Throws<FormatException>(() => Quantity.Parse(text));
        Assert.That(e!.Message, Does.Contain($"'{text}' is not a Kubernetes quantity").And.Contain("512Mi"));
    }

    [Test]
    public void Equal_values_compare_equal_across_units()
    {
        Assert.That(Quantity.Parse("1"), Is.EqualTo(Quantity.Parse("1000m")));
        Assert.That(Quantity.Millicores(250) < Quantity.Parse("1"), Is.True);
        Assert.That(Quantity.Mebibytes(1024), Is.EqualTo(Quantity.Gibibytes(1)));
    }
}

public sealed class DurationTests
{
    [TestCase(30_000, "30s")]
    [TestCase(1_500, "1.500s")]
    [TestCase(0, "0s")]
    [TestCase(90_000, "90s")]
    public void Durations_are_written_in_protobuf_json_form(long ms, string expected) =>
        Assert.That(Duration.FromMilliseconds(ms).ToString(), Is.EqualTo(expected));

    [TestCase("45s", 45_000)]
    [TestCase("1m30s", 90_000)]
    [TestCase("500ms", 500)]
    [TestCase("1.5s", 1_500)]
    [TestCase("1h", 3_600_000)]
    public void Go_and_protobuf_text_parse(string text, long ms) =>
        Assert.That(Duration.Parse(text).Value, Is.EqualTo(TimeSpan.FromMilliseconds(ms)));

    [TestCase("45")]
    [TestCase("s")]
    [TestCase("1d")]
    [TestCase("-1s")]
    public void Invalid_text_throws(string text) => Assert.Throws<FormatException>(() => Duration.Parse(text));

    [Test]
    public void Negative_durations_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => { Duration d = TimeSpan.FromSeconds(-1); });
}

public sealed class IntOrStringTests
{
    [Test]
    public void Ints_are_plain_and_strings_are_strings()
    {
        IntOrString port = 8080;
        IntOrString name = "http";
        IntOrString numericText = "80";
        Assert.That(port.ToYamlScalar(), Is.EqualTo(Mesh.Sdk.Yaml.YamlScalar.FromPlain("8080")));
        Assert.That(name.ToYamlScalar().IsString, Is.True);
        Assert.That(numericText.ToYamlScalar().IsString, Is.True, "\"80\" stays a string (the writer quotes it)");
        Assert.That(IntOrString.Percent(25).PercentValue, Is.EqualTo(25));
        Assert.That(port, Is.Not.EqualTo(numericText));
    }
}
