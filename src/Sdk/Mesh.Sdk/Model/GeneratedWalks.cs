using System.Collections.Concurrent;

namespace Mesh.Sdk.Model;

/// <summary>
/// Typed child lists for <see cref="ModelGraph.Walk"/>, generated at Mesh.Sdk's compile time by
/// <c>src/Generators/Mesh.Sdk.Generators.Model</c> (the other part of this class): per concrete model
/// class of the SDK, a method that pushes the values of its wire fields in the order the reflection
/// walk pushes them, leaving out fields that cannot hold a model object (strings, value types, lists
/// and maps of those). Types outside Mesh.Sdk (user kinds, CRD kinds) keep the reflection walk.
/// </summary>
internal static partial class GeneratedWalks
{
    /// <summary>Answers so far, per run-time type (null: no generated walk, use reflection).</summary>
    private static readonly ConcurrentDictionary<Type, Action<object, Stack<object>>?> Cache = new();

    /// <summary>The generated walk for exactly this type, or null (looked up by name on first sight of a type).</summary>
    public static Action<object, Stack<object>>? Find(Type type) =>
        Cache.TryGetValue(type, out var w) ? w : Cache.GetOrAdd(type, static t =>
            t.Assembly == typeof(GeneratedWalks).Assembly && t.FullName is { } name ? ByName(name) : null);

    /// <summary>Every type with a generated walk, and the wire fields it visits, in order (for tests).</summary>
    internal static IReadOnlyDictionary<Type, string[]> WalkedFieldsByType() => CreateWalkedTable();
}
