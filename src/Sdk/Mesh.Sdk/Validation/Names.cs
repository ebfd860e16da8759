using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;
using static Mesh.Sdk.Validation.DnsNames;

namespace Mesh.Sdk.Validation;

/// <summary>
/// The API server's name, label and annotation rules (k8s.io/apimachinery validation).
/// Each check returns null when valid, or the reason and what is allowed.
/// </summary>
/// <remarks>
/// The character checks are written out rather than regular expressions (they run for every name, label
/// and annotation key of every object: ≈ 0.3 s at 10,000 apps as generated regexes). They follow the API
/// server's expressions (RE2, where <c>$</c> is the end of the text), so a trailing line feed is invalid;
/// .NET's <c>$</c> would also have matched before one. A valid input allocates nothing: the text of a
/// problem, and the parts of a key it names, are made only when there is one, in methods of their own
/// so that the checks stay small (see <see cref="ModelValidator"/>).
/// </remarks>
internal static class Names
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
        if (name.Length > 63) return TooLong(name.Length, 63);
        return IsDns1123Label(name) ? null :
            "use only lower-case letters, digits and '-', starting and ending with a letter or digit (RFC 1123 label), e.g. 'my-app'";
    }

    public static string? Dns1123Subdomain(string name, int maxLength = 253)
    {
        if (string.IsNullOrEmpty(name)) return "it is empty";
        if (name.Length > maxLength) return TooLong(name.Length, maxLength);
        return IsDns1123Subdomain(name) ? null :
            "use only lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (RFC 1123 subdomain), e.g. 'my-app'";
    }

    public static string? Dns1035Label(string name)
    {
        if (string.IsNullOrEmpty(name)) return "it is empty";
        if (name.Length > 63) return TooLong(name.Length, 63);
        return IsDns1035Label(name) ? null :
            "use only lower-case letters, digits and '-', starting with a letter and ending with a letter or digit (RFC 1035 label), e.g. 'my-service'";
    }

    /// <summary>A label or annotation key: an optional DNS subdomain prefix and '/', then a name of at most 63 characters.</summary>
    public static string? QualifiedName(string key)
    {
        if (string.IsNullOrEmpty(key)) return "the key is empty";
        var slash = key.IndexOf('/');
        var name = key.AsSpan(slash + 1);
        if (slash >= 0 && (slash == 0 || slash > 253 || !IsDns1123Subdomain(key.AsSpan(0, slash)))) return InvalidPrefix(key[..slash]);
        if (name.Length == 0) return "the key's name part (after '/') is empty";
        if (name.Length > 63) return NamePartTooLong(name.Length);
        return IsQualifiedNamePart(name) ? null :
            "the key's name part must be alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";
    }

    public static string? LabelValue(string value)
    {
        if (value.Length == 0) return null;
        if (value.Length > 63) return ValueTooLong(value.Length);
        return IsQualifiedNamePart(value.AsSpan()) ? null :
            "the value must be empty or alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";
    }

    /// <summary>A container port name (IANA_SVC_NAME): at most 15 characters, a letter, no '--'.</summary>
    public static string? PortName(string name)
    {
        if (string.IsNullOrEmpty(name)) return "it is empty";
        if (name.Length > 15) return TooLong(name.Length, 15);
        if (!IsDns1123Label(name)) return "use only lower-case letters, digits and '-', starting and ending with a letter or digit";
        if (name.Contains("--", StringComparison.Ordinal)) return "it must not contain '--'";
        // Only a-z, 0-9 and '-' are left.
        foreach (var c in name)
        {
            if (c is >= 'a' and <= 'z') return null;
        }
        return "it must contain at least one letter";
    }

    /// <summary><c>[a-z0-9]([-a-z0-9]*[a-z0-9])?</c>: an RFC 1123 label (also IANA_SVC_NAME's characters).</summary>
    internal static bool IsDns1123Label(string name) => IsLowerDnsName(name, allowDots: false);

    /// <summary><c>[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*</c>: labels joined by single dots.</summary>
    internal static bool IsDns1123Subdomain(string name) => IsDns1123Subdomain(name.AsSpan());

    /// <inheritdoc cref="IsDns1123Subdomain(string)"/>
    internal static bool IsDns1123Subdomain(ReadOnlySpan<char> name)
    {
        if (name.Length == 0 || !IsLowerAlphanumeric(name[0]) || !IsLowerAlphanumeric(name[^1])) return false;
        // First and last are alphanumeric; a dot between two alphanumerics starts a new label. The character
        // tests are written out: this runs for every name, mostly as unoptimised code, where each call costs.
        for (var i = 1; i < name.Length - 1; i++)
        {
            var c = name[i];
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') continue;
            if (c != '.' || !IsLowerAlphanumeric(name[i - 1]) || !IsLowerAlphanumeric(name[i + 1])) return false;
        }
        return true;
    }

    /// <summary><c>[a-z0-9]([-a-z0-9.]*[a-z0-9])?</c>: a manifest definition's name (its file name).</summary>
    internal static bool IsDefinitionName(string name) => IsLowerDnsName(name, allowDots: true);

    /// <summary><c>[a-z]([-a-z0-9]*[a-z0-9])?</c>: an RFC 1035 label.</summary>
    internal static bool IsDns1035Label(string name) => IsLowerDnsName(name, allowDots: false) && char.IsAsciiLetterLower(name[0]);

    /// <summary><c>([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]</c>: a label key's name part or a label value.</summary>
    internal static bool IsQualifiedNamePart(string name) => IsQualifiedNamePart(name.AsSpan());

    /// <inheritdoc cref="IsQualifiedNamePart(string)"/>
    internal static bool IsQualifiedNamePart(ReadOnlySpan<char> name)
    {
        if (name.Length == 0 || !char.IsAsciiLetterOrDigit(name[0]) || !char.IsAsciiLetterOrDigit(name[^1])) return false;
        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.')) return false;
        }
        return true;
    }

    // Messages with numbers in them, built only for a name that has the problem (see the remarks on the class).

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string TooLong(int length, int limit) => $"it is {length} characters long; the limit is {limit}";

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string InvalidPrefix(string prefix) => $"the key's prefix '{prefix}' is invalid: {Dns1123Subdomain(prefix)}";

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string NamePartTooLong(int length) => $"the key's name part is {length} characters long; the limit is 63";

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string ValueTooLong(int length) => $"the value is {length} characters long; the limit is 63";
}
