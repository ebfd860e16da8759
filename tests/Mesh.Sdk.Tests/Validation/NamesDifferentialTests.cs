using Mesh.Sdk.Model;
using Mesh.Sdk.Validation;

namespace Mesh.Sdk.Tests.Validation;

/// <summary>
/// The allocation-free name checks give the same answer and the same message as the implementation
/// they replaced (kept below as the oracle), on generated names: valid and invalid, at and one past
/// every length limit, upper case, leading and trailing '-' and '.', prefixes such as <c>example.com/</c>.
/// </summary>
public sealed class NamesDifferentialTests
{
    private static IEnumerable<string> Inputs()
    {
        string[] parts = ["a", "z", "0", "9", "-", ".", "_", "/", "A", "Z", "\n", "é", " ", "--", "..", "example.com/", "Example.com/", "app.kubernetes.io/", "-x/", "x-/", "a..b/", "a.-b/"];
        var random = new Random(20261204);
        for (var n = 0; n < 20_000; n++)
        {
            var count = random.Next(0, 8);
            var s = "";
            for (var k = 0; k < count; k++) s += parts[random.Next(parts.Length)];
            yield return s;
        }

        string[] bodies = ["", "web", "Web", "-web", "web-", ".web", "web.", "web.shop", "web..shop", "w_b", "1web", "web\n", "a/b", "a/b/c", "/", "x/"];
        foreach (var body in bodies)
        {
            yield return body;
            foreach (var prefix in new[] { "example.com/", "Example.com/", "-example.com/", "example-.com/", "example..com/", "/" })
                yield return prefix + body;
        }

        foreach (var length in new[] { 1, 14, 15, 16, 51, 52, 53, 62, 63, 64, 252, 253, 254, 255 })
        {
            foreach (var c in new[] { 'a', 'A', '1', '-', '.' })
            {
                var plain = new string('a', length - 1) + c;
                yield return plain;
                yield return c + plain[1..];
                yield return plain + "/name";
                yield return "example.com/" + plain;
            }
            yield return string.Join('.', Enumerable.Repeat("abc", length)).Substring(0, Math.Min(length, 3 * length));
            yield return "http-" + new string('x', Math.Max(0, length - 5));
            yield return new string('1', length);
            yield return "1-" + new string('2', Math.Max(0, length - 2));
        }
    }

    [Test]
    public void Every_check_returns_what_the_previous_implementation_returned()
    {
        var disagreements = new List<string>();
        var checkedCount = 0;
        foreach (var s in Inputs().Distinct())
        {
            Compare("Dns1123Label", s, Names.Dns1123Label(s), Previous.Dns1123Label(s));
            Compare("Dns1123Subdomain", s, Names.Dns1123Subdomain(s), Previous.Dns1123Subdomain(s));
            Compare("Dns1123Subdomain(52)", s, Names.Dns1123Subdomain(s, 52), Previous.Dns1123Subdomain(s, 52));
            Compare("Dns1035Label", s, Names.Dns1035Label(s), Previous.Dns1035Label(s));
            Compare("QualifiedName", s, Names.QualifiedName(s), Previous.QualifiedName(s));
            Compare("LabelValue", s, Names.LabelValue(s), Previous.LabelValue(s));
            Compare("PortName", s, Names.PortName(s), Previous.PortName(s));
            foreach (var rule in Enum.GetValues<NameRule>())
            {
                Compare($"Check({rule})", s, Names.Check(rule, s), Previous.Check(rule, s));
                Compare($"Check({rule}, 52)", s, Names.Check(rule, s, 52), Previous.Check(rule, s, 52));
            }
            Compare("IsDns1123Subdomain", s, Names.IsDns1123Subdomain(s).ToString(), Previous.IsDns1123Subdomain(s).ToString());
            Compare("IsQualifiedNamePart", s, Names.IsQualifiedNamePart(s).ToString(), Previous.IsQualifiedNamePart(s).ToString());
            checkedCount++;
        }
        Assert.That(checkedCount, Is.GreaterThan(10_000), "the generator makes enough distinct inputs");
        Assert.That(disagreements, Is.Empty);

        void Compare(string check, string input, string? actual, string? expected)
        {
            if (actual != expected) disagreements.Add($"{check}(\"{input.Replace("\n", "\\n")}\"): '{actual}' but was '{expected}'");
        }
    }

    [Test]
    public void The_inputs_reach_every_kind_of_answer()
    {
        // Guards the test above against a generator that only makes valid (or only invalid) names.
        Assert.That(Inputs().Count(s => Previous.QualifiedName(s) is null), Is.GreaterThan(100));
        Assert.That(Inputs().Count(s => Previous.QualifiedName(s)?.Contains("prefix") == true), Is.GreaterThan(100));
        Assert.That(Inputs().Count(s => Previous.Dns1123Subdomain(s) is null), Is.GreaterThan(100));
        Assert.That(Inputs().Count(s => Previous.PortName(s) is null), Is.GreaterThan(10));
        Assert.That(Inputs().Count(s => Previous.PortName(s) == "it must contain at least one letter"), Is.GreaterThan(0));
        Assert.That(Inputs().Count(s => Previous.Dns1123Subdomain(s)?.Contains("the limit is 253") == true), Is.GreaterThan(0));
        Assert.That(Inputs().Count(s => Previous.QualifiedName(s)?.Contains("the limit is 63") == true), Is.GreaterThan(0));
    }

    /// <summary>Names.cs before the allocation-free rewrite (session 6), unchanged but for its name.</summary>
    private static class Previous
    {
        public static string? Check(NameRule rule, string name, int maxLength = 0) => rule switch
        {
            NameRule.Dns1123Label => Dns1123Label(name),
            NameRule.Dns1035Label => Dns1035Label(name),
            _ => Dns1123Subdomain(name, maxLength == 0 ? 253 : maxLength),
        };

        public static string? Dns1123Label(string name)
        {
            if (string.IsNullOrEmpty(name)) return "it is empty";
            if (name.Length > 63) return $"it is {name.Length} characters long; the limit is 63";
            return IsDns1123Label(name) ? null :
                "use only lower-case letters, digits and '-', starting and ending with a letter or digit (RFC 1123 label), e.g. 'my-app'";
        }

        public static string? Dns1123Subdomain(string name, int maxLength = 253)
        {
            if (string.IsNullOrEmpty(name)) return "it is empty";
            if (name.Length > maxLength) return $"it is {name.Length} characters long; the limit is {maxLength}";
            return IsDns1123Subdomain(name) ? null :
                "use only lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (RFC 1123 subdomain), e.g. 'my-app'";
        }

        public static string? Dns1035Label(string name)
        {
            if (string.IsNullOrEmpty(name)) return "it is empty";
            if (name.Length > 63) return $"it is {name.Length} characters long; the limit is 63";
            return IsDns1035Label(name) ? null :
                "use only lower-case letters, digits and '-', starting with a letter and ending with a letter or digit (RFC 1035 label), e.g. 'my-service'";
        }

        public static string? QualifiedName(string key)
        {
            if (string.IsNullOrEmpty(key)) return "the key is empty";
            var slash = key.IndexOf('/');
            var name = key;
            if (slash >= 0)
            {
                var prefix = key[..slash];
                name = key[(slash + 1)..];
                if (Dns1123Subdomain(prefix) is { } p) return $"the key's prefix '{prefix}' is invalid: {p}";
            }
            if (name.Length == 0) return "the key's name part (after '/') is empty";
            if (name.Length > 63) return $"the key's name part is {name.Length} characters long; the limit is 63";
            return IsQualifiedNamePart(name) ? null :
                "the key's name part must be alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";
        }

        public static string? LabelValue(string value)
        {
            if (value.Length == 0) return null;
            if (value.Length > 63) return $"the value is {value.Length} characters long; the limit is 63";
            return IsQualifiedNamePart(value) ? null :
                "the value must be empty or alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";
        }

        public static string? PortName(string name)
        {
            if (string.IsNullOrEmpty(name)) return "it is empty";
            if (name.Length > 15) return $"it is {name.Length} characters long; the limit is 15";
            if (!IsDns1123Label(name)) return "use only lower-case letters, digits and '-', starting and ending with a letter or digit";
            if (name.Contains("--", StringComparison.Ordinal)) return "it must not contain '--'";
            if (!name.Any(char.IsAsciiLetter)) return "it must contain at least one letter";
            return null;
        }

        private static bool IsDns1123Label(string name) => IsLowerDnsName(name, allowDots: false);

        public static bool IsDns1123Subdomain(string name)
        {
            if (!IsLowerDnsName(name, allowDots: true)) return false;
            for (var i = 1; i < name.Length - 1; i++)
            {
                if (name[i] == '.' && !(IsLowerAlphanumeric(name[i - 1]) && IsLowerAlphanumeric(name[i + 1]))) return false;
            }
            return true;
        }

        private static bool IsDns1035Label(string name) => IsLowerDnsName(name, allowDots: false) && char.IsAsciiLetterLower(name[0]);

        public static bool IsQualifiedNamePart(string name)
        {
            if (name.Length == 0 || !char.IsAsciiLetterOrDigit(name[0]) || !char.IsAsciiLetterOrDigit(name[^1])) return false;
            foreach (var c in name)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.')) return false;
            }
            return true;
        }

        private static bool IsLowerDnsName(string name, bool allowDots)
        {
            if (name.Length == 0 || !IsLowerAlphanumeric(name[0]) || !IsLowerAlphanumeric(name[name.Length - 1])) return false;
            foreach (var c in name)
            {
                if (!IsLowerAlphanumeric(c) && c != '-' && !(allowDots && c == '.')) return false;
            }
            return true;
        }

        private static bool IsLowerAlphanumeric(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
