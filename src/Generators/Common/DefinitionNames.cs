// Shared source: linked into Mesh.Sdk.Analyzers so the analyzer and the generator derive
// the same file name for a definition.
using System.Text;
using System.Text.RegularExpressions;

namespace Mesh.Sdk.Generators.Common;

/// <summary>How a <c>[Manifest]</c> class gets its file name.</summary>
internal static class DefinitionNames
{
    private static readonly Regex Valid = new("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", RegexOptions.CultureInvariant);

    /// <summary>The explicit name, or the class name in kebab case without a trailing "Manifest"/"Definition".</summary>
    public static string For(string className, string? explicitName)
    {
        if (explicitName is not null) return explicitName;
        var name = className;
        foreach (var suffix in new[] { "Manifest", "Definition" })
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - suffix.Length);
                break;
            }
        }
        return KebabCase(name);
    }

    public static bool IsValid(string name) => Valid.IsMatch(name);

    /// <summary><c>WebApi</c> → <c>web-api</c>, <c>HTTPServer</c> → <c>http-server</c>.</summary>
    public static string KebabCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                if (sb.Length > 0 && sb[sb.Length - 1] != '-') sb.Append('-');
                continue;
            }
            if (char.IsUpper(c) && i > 0)
            {
                var prev = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if ((char.IsLower(prev) || char.IsDigit(prev) || (char.IsUpper(prev) && nextIsLower)) && sb.Length > 0 && sb[sb.Length - 1] != '-')
                    sb.Append('-');
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
