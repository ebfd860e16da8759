namespace Mesh.Sdk.Model;

/// <summary>
/// The C# file and line that created a model object. Captured by the compiler through
/// <see cref="System.Runtime.CompilerServices.CallerFilePathAttribute"/> on every model
/// constructor, so build-time diagnostics point at the user's source, not at YAML.
/// </summary>
public readonly record struct SourceLocation(string FilePath, int Line)
{
    /// <summary>No location known.</summary>
    public static SourceLocation None => default;

    /// <summary>True when a file path was captured.</summary>
    public bool IsKnown => !string.IsNullOrEmpty(FilePath);

    /// <inheritdoc />
    public override string ToString() => IsKnown ? $"{FilePath}({Line})" : "<unknown>";
}
