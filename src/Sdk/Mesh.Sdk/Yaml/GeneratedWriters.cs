using System.Collections.Concurrent;

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
    /// <summary>Answers so far, per run-time type (null: no generated writer, use reflection).</summary>
    private static readonly ConcurrentDictionary<Type, Action<YamlEmitter, object>?> Cache = new();

    /// <summary>
    /// The generated writer for exactly this type, or null. Looked up by name on first sight of a
    /// type (a generated string switch, so writing a Deployment never loads the 290 other model types).
    /// </summary>
    public static Action<YamlEmitter, object>? Find(Type type) =>
        Cache.TryGetValue(type, out var w) ? w : Cache.GetOrAdd(type, static t =>
            t.Assembly == typeof(GeneratedWriters).Assembly && t.FullName is { } name ? ByName(name) : null);

    /// <summary>Every type with a generated writer, and its keys as written, in order (for tests).</summary>
    internal static IReadOnlyDictionary<Type, string[]> KeysByType() => CreateKeyTable();
}
