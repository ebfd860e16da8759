using System.Text.RegularExpressions;
using Mesh.Sdk.Validation;

namespace Mesh.Sdk.Tests.Validation;

/// <summary>
/// The hand-written name checks against the API server's own expressions (k8s.io/apimachinery
/// validation; RE2, so <c>$</c> is the end of the text, written <c>\z</c> here), on every string
/// over the characters that matter up to length 4, and on the edge cases by name.
/// </summary>
public sealed class NamesTests
{
    private const string Label = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";

    private static readonly (string Name, Func<string, bool> Check, Regex ApiServer)[] Checks =
    [
        ("DNS-1123 label", Names.IsDns1123Label, new($"^{Label}\\z")),
        ("DNS-1123 subdomain", Names.IsDns1123Subdomain, new($"^{Label}(\\.{Label})*\\z")),
        ("DNS-1035 label", Names.IsDns1035Label, new("^[a-z]([-a-z0-9]*[a-z0-9])?\\z")),
        ("qualified name part", Names.IsQualifiedNamePart, new("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]\\z")),
        ("definition name", Names.IsDefinitionName, new("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?\\z")),
    ];

    private static IEnumerable<string> AllStrings(string alphabet, int maxLength)
    {
        var current = new List<string> { "" };
        yield return "";
        for (var length = 1; length <= maxLength; length++)
        {
            current = current.SelectMany(s => alphabet.Select(c => s + c)).ToList();
            foreach (var s in current) yield return s;
        }
    }

    [Test]
    public void Every_check_agrees_with_the_API_servers_expression_on_all_short_strings()
    {
        // lower, upper, digit, the three punctuation marks the rules treat specially, a line feed,
        // a non-ASCII letter, a fullwidth digit and the Kelvin sign (which case-insensitive matching would fold to 'k').
        const string alphabet = "aZ0-._\né１\u212A";
        var disagreements = new List<string>();
        foreach (var s in AllStrings(alphabet, 4))
        {
            foreach (var (name, check, apiServer) in Checks)
            {
                if (check(s) != apiServer.IsMatch(s)) disagreements.Add($"{name}: '{Regex.Escape(s)}' -> {check(s)}");
            }
        }
        Assert.That(disagreements, Is.Empty);
    }

    [TestCase("web", true)]
    [TestCase("a", true)]
    [TestCase("0", true)]
    [TestCase("web-1", true)]
    [TestCase("web--1", true)]
    [TestCase("web\n", false)]
    [TestCase("web-", false)]
    [TestCase("-web", false)]
    [TestCase("web.shop", false)]
    [TestCase("Web", false)]
    [TestCase("wéb", false)]
    [TestCase("", false)]
    public void DNS_1123_label(string name, bool valid) => Assert.That(Names.IsDns1123Label(name), Is.EqualTo(valid));

    [TestCase("web.shop.example", true)]
    [TestCase("1.2.3", true)]
    [TestCase("web..shop", false)]
    [TestCase("web.-shop", false)]
    [TestCase("web-.shop", false)]
    [TestCase(".web", false)]
    [TestCase("web.", false)]
    [TestCase("web.shop\n", false)]
    public void DNS_1123_subdomain(string name, bool valid) => Assert.That(Names.IsDns1123Subdomain(name), Is.EqualTo(valid));

    [TestCase("svc", true)]
    [TestCase("s", true)]
    [TestCase("svc-1", true)]
    [TestCase("1svc", false)]
    [TestCase("svc-", false)]
    public void DNS_1035_label(string name, bool valid) => Assert.That(Names.IsDns1035Label(name), Is.EqualTo(valid));

    [TestCase("App_Name.v2-x", true)]
    [TestCase("A", true)]
    [TestCase("_app", false)]
    [TestCase("app.", false)]
    [TestCase("app name", false)]
    [TestCase("app\n", false)]
    public void Qualified_name_part_and_label_value(string name, bool valid) => Assert.That(Names.IsQualifiedNamePart(name), Is.EqualTo(valid));

    [Test]
    public void Messages_name_the_limit_at_one_past_it()
    {
        Assert.That(Names.Dns1123Label(new string('a', 63)), Is.Null);
        Assert.That(Names.Dns1123Label(new string('a', 64)), Does.Contain("the limit is 63"));
        Assert.That(Names.Dns1123Subdomain(string.Join('.', Enumerable.Repeat(new string('a', 63), 4)).Substring(0, 253)), Is.Null);
        Assert.That(Names.Dns1123Subdomain(new string('a', 254)), Does.Contain("the limit is 253"));
        Assert.That(Names.LabelValue(""), Is.Null);
        Assert.That(Names.QualifiedName("example.com/"), Does.Contain("empty"));
        Assert.That(Names.QualifiedName("Example.com/app"), Does.Contain("prefix 'Example.com'"));
    }

    [TestCase("http", null)]
    [TestCase("http-2", null)]
    [TestCase("h--p", "it must not contain '--'")]
    [TestCase("8080", "it must contain at least one letter")]
    [TestCase("Http", "use only lower-case letters")]
    [TestCase("http\n", "use only lower-case letters")]
    public void Port_names(string name, string? problem) =>
        Assert.That(Names.PortName(name), problem is null ? Is.Null : Does.StartWith(problem));
}
