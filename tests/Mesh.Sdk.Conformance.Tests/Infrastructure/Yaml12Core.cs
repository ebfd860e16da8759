using System.Text.RegularExpressions;

namespace Mesh.Sdk.Conformance.Tests.Infrastructure;

/// <summary>The YAML 1.2 core schema's tag resolution for plain scalars (spec 1.2.2, §10.3.2).</summary>
internal static partial class Yaml12Core
{
    /// <summary>The tag a YAML 1.2 core-schema reader gives the plain scalar, or "str".</summary>
    public static string Resolve(string plain)
    {
        if (NullPattern().IsMatch(plain)) return "null";
        if (BoolPattern().IsMatch(plain)) return "bool";
        if (IntPattern().IsMatch(plain)) return "int";
        if (FloatPattern().IsMatch(plain)) return "float";
        return "str";
    }

    [GeneratedRegex(@"^(?:|~|null|Null|NULL)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex(@"^(?:true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex(@"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex FloatPattern();
}
