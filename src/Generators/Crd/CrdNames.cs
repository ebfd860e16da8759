using System.Collections.Generic;
using System.Text;

namespace Mesh.Sdk.Generators.Crd;

/// <summary>How CRD names (groups, versions, fields, enum values) become C# identifiers.</summary>
internal static class CrdNames
{
    /// <summary>The namespace prefix of generated types when the item sets no <c>Namespace</c>.</summary>
    public const string RootNamespace = "Mesh.Sdk.Crds";

    /// <summary>
    /// <c>monitoring.coreos.com</c> + <c>v1</c> → <c>Mesh.Sdk.Crds.Monitoring.Coreos.Com.V1</c>;
    /// with an override <c>Acme.Monitoring</c> → <c>Acme.Monitoring.V1</c>.
    /// </summary>
    public static string Namespace(string group, string version, string? overrideNamespace)
    {
        var prefix = overrideNamespace ?? RootNamespace + "." + GroupNamespace(group);
        return prefix + "." + Pascal(version);
    }

    /// <summary>Each dot-separated label of the group in PascalCase, in order: <c>cert-manager.io</c> → <c>CertManager.Io</c>.</summary>
    public static string GroupNamespace(string group)
    {
        var parts = group.Split('.');
        var sb = new StringBuilder(group.Length + 8);
        foreach (var part in parts)
        {
            if (part.Length == 0) continue;
            if (sb.Length > 0) sb.Append('.');
            sb.Append(Pascal(part));
        }
        return sb.Length == 0 ? "Core" : sb.ToString();
    }

    /// <summary>True for a dotted C# namespace name made of identifiers.</summary>
    public static bool IsNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!IsIdentifier(part)) return false;
        }
        return true;
    }

    /// <summary>
    /// PascalCase of a wire name: runs of letters and digits, each starting upper-case, the rest
    /// kept (<c>maxSurge</c> → <c>MaxSurge</c>, <c>x-request-id</c> → <c>XRequestId</c>,
    /// <c>$schema</c> → <c>Schema</c>). A leading digit gets <c>_</c>; nothing usable gives <c>Value</c>.
    /// </summary>
    public static string Pascal(string wire)
    {
        var sb = new StringBuilder(wire.Length + 1);
        var upperNext = true;
        foreach (var c in wire)
        {
            if (IsLetterOrDigit(c))
            {
                sb.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }
        if (sb.Length == 0) return "Value";
        if (char.IsDigit(sb[0])) sb.Insert(0, '_');
        return sb.ToString();
    }

    /// <summary>The wire name the writer derives from a C# name: its first letter lower-cased.</summary>
    public static string Camel(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>A list's element type name from the list's property name: <c>ports</c> → <c>Port</c>, <c>policies</c> → <c>Policy</c>.</summary>
    public static string Singular(string pascal)
    {
        if (pascal.Length > 4 && pascal.EndsWith("ies", System.StringComparison.Ordinal)) return pascal.Substring(0, pascal.Length - 3) + "y";
        if (pascal.Length > 4 && (pascal.EndsWith("sses", System.StringComparison.Ordinal) || pascal.EndsWith("xes", System.StringComparison.Ordinal)))
            return pascal.Substring(0, pascal.Length - 2);
        if (pascal.Length > 3 && pascal[pascal.Length - 1] == 's' && !pascal.EndsWith("ss", System.StringComparison.Ordinal)
            && !pascal.EndsWith("us", System.StringComparison.Ordinal) && !pascal.EndsWith("is", System.StringComparison.Ordinal))
            return pascal.Substring(0, pascal.Length - 1);
        return pascal + "Item";
    }

    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0) return false;
        if (!(char.IsLetter(name[0]) || name[0] == '_')) return false;
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        }
        return !Keywords.Contains(name);
    }

    /// <summary>A name not in <paramref name="used"/>: <paramref name="name"/>, else <c>name2</c>, <c>name3</c>...; then marks it used.</summary>
    public static string Unique(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++) candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return candidate;
    }

    private static bool IsLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    private static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };
}
