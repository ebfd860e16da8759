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

    public static IEnumerable<ModelObject> Walk(object root)
    {
        var stack = new Stack<object>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!seen.Add(node)) continue;
            switch (node)
            {
                case string or IYamlScalar or Enum or ValueType:
                    continue;
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
            foreach (var p in TypeShape.For(node.GetType()).Properties)
            {
                if (p.Get(node) is { } child) stack.Push(child);
            }
        }
    }
}
