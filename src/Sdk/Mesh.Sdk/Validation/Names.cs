using System.Text.RegularExpressions;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Validation;

/// <summary>
/// The API server's name, label and annotation rules (k8s.io/apimachinery validation).
/// Each check returns null when valid, or the reason and what is allowed.
/// </summary>
internal static partial class Names
{
    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Dns1123LabelRegex();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Dns1123SubdomainRegex();

    [GeneratedRegex("^[a-z]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Dns1035LabelRegex();

    [GeneratedRegex("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedNamePartRegex();

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex IanaServiceNameRegex();

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
        return Dns1123LabelRegex().IsMatch(name) ? null :
            "use only lower-case letters, digits and '-', starting and ending with a letter or digit (RFC 1123 label), e.g. 'my-app'";
    }

    public static string? Dns1123Subdomain(string name, int maxLength = 253)
    {
        if (string.IsNullOrEmpty(name)) return "it is empty";
        if (name.Length > maxLength) return $"it is {name.Length} characters long; the limit is {maxLength}";
        return Dns1123SubdomainRegex().IsMatch(name) ? null :
            "use only lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (RFC 1123 subdomain), e.g. 'my-app'";
    }

    public static string? Dns1035Label(string name)
    {
        if (string.IsNullOrEmpty(name)) return "it is empty";
        if (name.Length > 63) return $"it is {name.Length} characters long; the limit is 63";
        return Dns1035LabelRegex().IsMatch(name) ? null :
            "use only lower-case letters, digits and '-', starting with a letter and ending with a letter or digit (RFC 1035 label), e.g. 'my-service'";
    }

    /// <summary>A label or annotation key: an optional DNS subdomain prefix and '/', then a name of at most 63 characters.</summary>
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
        return QualifiedNamePartRegex().IsMatch(name) ? null :
            "the key's name part must be alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";
    }

    public static string? LabelValue(string value)
    {
        if (value.Length == 0) return null;
        if (value.Length > 63) return $"the value is {value.Length} characters long; the limit is 63";
        return QualifiedNamePartRegex().IsMatch(value) ? null :
            "the value must be empty or alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";
    }

    /// <summary>A container port name (IANA_SVC_NAME): at most 15 characters, a letter, no '--'.</summary>
    public static string? PortName(string name)
    {
        if (string.IsNullOrEmpty(name)) return "it is empty";
        if (name.Length > 15) return $"it is {name.Length} characters long; the limit is 15";
        if (!IanaServiceNameRegex().IsMatch(name)) return "use only lower-case letters, digits and '-', starting and ending with a letter or digit";
        if (name.Contains("--", StringComparison.Ordinal)) return "it must not contain '--'";
        if (!name.Any(char.IsAsciiLetter)) return "it must contain at least one letter";
        return null;
    }
}
