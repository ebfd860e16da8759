namespace Mesh.Sdk.Yaml;

/// <summary>
/// Typed writers for the SDK's own model classes, generated at Mesh.Sdk's compile time by
/// <c>src/Generators/Mesh.Sdk.Generators.Model</c> (the other part of this class): one method per
/// concrete <see cref="Model.ModelObject"/> class that reads each field with its declared type
/// (no reflection, no boxing of <c>int?</c>, enums or <c>IntOrString</c>) and writes the same bytes
/// as the reflection path. Types outside Mesh.Sdk (user kinds, CRD kinds) are not in the table and
/// keep the reflection path; fields of types the generator does not specialise call
/// <see cref="ManifestWriter.WriteValue(YamlEmitter, object?)"/>.
/// </summary>
internal static partial class GeneratedWriters
{
    private static readonly Dictionary<Type, Action<YamlEmitter, object>> Table = CreateTable();

    /// <summary>The generated writer for exactly this type, or null.</summary>
    public static Action<YamlEmitter, object>? Find(Type type) => Table.TryGetValue(type, out var w) ? w : null;

    /// <summary>Every type with a generated writer, and its keys as written, in order (for tests).</summary>
    internal static IReadOnlyDictionary<Type, string[]> KeysByType() => CreateKeyTable();
}
