namespace Mesh.Sdk.Tests.GatewayApi;

/// <summary>GEP-2257 durations: the grammar the Gateway API CRDs enforce, and one canonical spelling.</summary>
public class GatewayDurationTests
{
    [TestCase("0s", 0)]
    [TestCase("1h", 3_600_000)]
    [TestCase("30s", 30_000)]
    [TestCase("500ms", 500)]
    [TestCase("1h30m", 5_400_000)]
    [TestCase("1m5s", 65_000)]
    [TestCase("1h1m1s1ms", 3_661_001)]
    [TestCase("99999ms", 99_999)]
    [TestCase("90m", 5_400_000)]
    [TestCase("1s1h", 3_601_000)]
    [TestCase("00010s", 10_000)]
    public void Valid_text_parses_to_its_milliseconds(string text, long milliseconds)
    {
        Assert.Multiple(() =>
        {
            Assert.That(GatewayDuration.TryParse(text, out var d), Is.True);
            Assert.That(d.TotalMilliseconds, Is.EqualTo(milliseconds));
            Assert.That(GatewayDuration.Parse(text), Is.EqualTo(d));
            Assert.That(System.Text.RegularExpressions.Regex.IsMatch(text, GatewayDuration.Pattern), Is.True, "the CRD pattern agrees");
        });
    }

    [TestCase("")]
    [TestCase("0")]
    [TestCase("10")]
    [TestCase("1.5s")]
    [TestCase("0.5s")]
    [TestCase("100us")]
    [TestCase("10ns")]
    [TestCase("-1s")]
    [TestCase("+1s")]
    [TestCase("1d")]
    [TestCase("123456s")]
    [TestCase("1h1m1s1ms1h")]
    [TestCase("1 s")]
    [TestCase("s")]
    [TestCase("1S")]
    [TestCase("1hs")]
    [TestCase(" 1s")]
    public void Text_outside_the_grammar_is_rejected(string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(GatewayDuration.TryParse(text, out _), Is.False);
            Assert.That(() => GatewayDuration.Parse(text), Throws.InstanceOf<FormatException>().With.Message.Contains("GEP-2257"));
            Assert.That(System.Text.RegularExpressions.Regex.IsMatch(text, GatewayDuration.Pattern), Is.False, "the CRD pattern agrees");
        });
    }

    [Test]
    public void Null_is_rejected_without_throwing() => Assert.That(GatewayDuration.TryParse(null, out _), Is.False);

    [TestCase("90m", "1h30m")]
    [TestCase("1500ms", "1s500ms")]
    [TestCase("60s", "1m")]
    [TestCase("0ms", "0s")]
    [TestCase("0h0m", "0s")]
    [TestCase("1s1h", "1h1s")]
    [TestCase("99999h59m59s999ms", "99999h59m59s999ms")]
    public void Output_is_canonical_and_matches_the_grammar(string text, string canonical)
    {
        var written = GatewayDuration.Parse(text).ToString();
        Assert.Multiple(() =>
        {
            Assert.That(written, Is.EqualTo(canonical));
            Assert.That(System.Text.RegularExpressions.Regex.IsMatch(written, GatewayDuration.Pattern), Is.True);
            Assert.That(GatewayDuration.Parse(written), Is.EqualTo(GatewayDuration.Parse(text)), "round trip");
        });
    }

    [Test]
    public void Factories_and_conversions_agree()
    {
        Assert.Multiple(() =>
        {
            Assert.That(GatewayDuration.FromHours(2).ToString(), Is.EqualTo("2h"));
            Assert.That(GatewayDuration.FromMinutes(90).ToString(), Is.EqualTo("1h30m"));
            Assert.That(GatewayDuration.FromSeconds(45).ToString(), Is.EqualTo("45s"));
            Assert.That(GatewayDuration.FromMilliseconds(250).ToString(), Is.EqualTo("250ms"));
            Assert.That(((GatewayDuration)TimeSpan.FromSeconds(1.5)).ToString(), Is.EqualTo("1s500ms"));
            Assert.That(((GatewayDuration)"10s").Value, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(GatewayDuration.FromSeconds(1) < GatewayDuration.FromMilliseconds(1001), Is.True);
            Assert.That(GatewayDuration.MaxValue.ToString(), Is.EqualTo("99999h59m59s999ms"));
        });
    }

    [Test]
    public void Values_it_cannot_express_are_rejected_when_created()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => GatewayDuration.FromSeconds(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => GatewayDuration.FromHours(100_000), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => GatewayDuration.FromTimeSpan(TimeSpan.FromTicks(5)), Throws.ArgumentException);
            Assert.That(() => { GatewayDuration d = "1.5s"; return d; }, Throws.InstanceOf<FormatException>());
        });
    }
}
