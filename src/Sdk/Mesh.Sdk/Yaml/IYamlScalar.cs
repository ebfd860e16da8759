namespace Mesh.Sdk.Yaml;

/// <summary>
/// A primitive written as one YAML scalar (Quantity, IntOrString, Duration...). Each
/// primitive owns its conversion, so the writer needs no knowledge of the type.
/// </summary>
public interface IYamlScalar
{
    /// <summary>The scalar to write.</summary>
    YamlScalar ToYamlScalar();
}

/// <summary>A scalar as the writer needs it: its text and whether it is a string.</summary>
/// <param name="Text">The text.</param>
/// <param name="IsString">
/// True for strings: the writer quotes them whenever a YAML 1.1 or 1.2 reader would take
/// them for anything else. False for numbers and booleans, written plain.
/// </param>
public readonly record struct YamlScalar(string Text, bool IsString)
{
    /// <summary>A string scalar.</summary>
    public static YamlScalar FromString(string text) => new(text, true);

    /// <summary>A number or boolean, written plain.</summary>
    public static YamlScalar FromPlain(string text) => new(text, false);
}
