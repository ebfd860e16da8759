using System.Collections;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Model;

/// <summary>Walks the model objects reachable from a root through its wire fields.</summary>
internal static class ModelGraph
{
    /// <summary>
    /// Points every model object under <paramref name="root"/> (itself included) at
    /// <paramref name="origin"/>: higher-level types use this so diagnostics about the objects
    /// they expand into are reported at the user's line, not inside Mesh.Sdk.
    /// </summary>
    public static void AssignOrigin(object root, SourceLocation origin)
    {
        foreach (var m in Walk(root)) m.Origin = origin;
    }

    /// <summary>
    /// Every model object reachable from <paramref name="root"/> through wire fields, lists and maps, each once,
    /// depth first (a node's fields are pushed in wire order, so the last field is visited first). The SDK's own
    /// model classes are read by generated code (<see cref="GeneratedWalks"/>), other types through reflection;
    /// both visit the same objects in the same order.
    /// </summary>
    public static IEnumerable<ModelObject> Walk(object root) => WalkFrom(root, reflectionOnly: false);

    /// <summary>The same walk through reflection only (what the generated walks are tested against).</summary>
    internal static IEnumerable<ModelObject> WalkWithReflection(object root) => WalkFrom(root, reflectionOnly: true);

    /// <summary>
    /// The stack and the set of visited nodes of the last walk on this thread, cleared, for the next walk: the rules
    /// walk every object of the build one after the other, and a new set per object (grown several times) was most
    /// of the walk's garbage. A walk started while another is under way on the thread makes its own.
    /// </summary>
    [ThreadStatic]
    private static (Stack<object> Stack, HashSet<object> Seen)? t_scratch;

    /// <summary>A set that grew past this is not kept: clearing it would cost each later walk its full size.</summary>
    private const int MaxKeptNodes = 4096;

    private static IEnumerable<ModelObject> WalkFrom(object root, bool reflectionOnly)
    {
        var (stack, seen) = t_scratch ?? (new Stack<object>(), new HashSet<object>(ReferenceEqualityComparer.Instance));
        t_scratch = null;
        try
        {
            stack.Push(root);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                // Scalars are never model objects and hold none (whether seen before or not).
                if (node is string or IYamlScalar or Enum or ValueType) continue;
                if (!seen.Add(node)) continue;
                switch (node)
                {
                    case IDictionary map:
                        foreach (DictionaryEntry e in map)
                        {
                            if (e.Value is not null) stack.Push(e.Value);
                        }
                        continue;
                    case IEnumerable seq:
                        foreach (var item in seq)
                        {
                            if (item is not null) stack.Push(item);
                        }
                        continue;
                }
                if (node is ModelObject m) yield return m;
                if (!reflectionOnly && GeneratedWalks.Find(node.GetType()) is { } children)
                {
                    children(node, stack);
                    continue;
                }
                foreach (var p in TypeShape.For(node.GetType()).Properties)
                {
                    if (p.Get(node) is { } child) stack.Push(child);
                }
            }
        }
        finally
        {
            if (seen.Count <= MaxKeptNodes)
            {
                stack.Clear();
                seen.Clear();
                t_scratch = (stack, seen);
            }
        }
    }
}
