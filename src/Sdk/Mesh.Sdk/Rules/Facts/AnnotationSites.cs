using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Rules.Facts;

/// <summary>
/// The places under an object where annotations can be written: every <see cref="ObjectMeta"/>,
/// <see cref="TemplateMetadata"/> and TSB <see cref="OverlayPatch"/> that <see cref="ModelGraph.Walk"/> reaches,
/// in the order it reaches them, without walking the rest of the object (containers, ports, probes...).
/// </summary>
/// <remarks>
/// <para>
/// The walk is <see cref="ModelGraph.Walk"/>'s (the same children, the same stack order, each node once per
/// object), except that it does not enter a node whose type cannot lead to a site. Whether a type can is
/// worked out once per type from the declared types of its wire properties: a string, a value type or a YAML
/// scalar holds nothing; a sealed class holds a site when one of its own properties can; a list or map holds
/// what its element (value) type can; and <c>object</c>, an interface, an abstract or unsealed class can hold
/// anything, so it counts as a site holder. User kinds and CRD kinds are analysed the same way, through reflection.
/// </para>
/// <para>
/// A skipped subtree holds no site, so the sites come out in the order of the full walk: skipping a subtree
/// removes only its own nodes from the walk's sequence. (It assumes the items of a collection are of the
/// element type its declared type states, which the compiler guarantees for the generic collections.)
/// </para>
/// </remarks>
internal sealed class AnnotationSites
{
    /// <summary>Up to this many nodes per object, visited nodes are remembered in a list (no hash codes to make).</summary>
    private const int FewNodes = 32;

    private static readonly ConcurrentDictionary<Type, NodeShape> Shapes = new();
    private static readonly object Gate = new();

    private readonly Stack<object> _stack = new();
    private readonly List<object> _few = [];
    private readonly HashSet<object> _many = new(ReferenceEqualityComparer.Instance);

    /// <summary>Adds every site under <paramref name="root"/> (itself included) to <paramref name="sites"/>, in walk order.</summary>
    public void Collect(object root, List<ModelObject> sites)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(sites);
        var stack = _stack;
        stack.Push(root);
        try
        {
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node is string or IYamlScalar or Enum or ValueType) continue;
                var shape = ShapeOf(node.GetType());
                if (!shape.MayHoldSite || !FirstVisit(node)) continue;
                if (shape.IsCollection)
                {
                    if (node is IDictionary map)
                    {
                        foreach (DictionaryEntry e in map)
                        {
                            if (e.Value is not null) stack.Push(e.Value);
                        }
                    }
                    else
                    {
                        foreach (var item in (IEnumerable)node)
                        {
                            if (item is not null) stack.Push(item);
                        }
                    }
                    continue;
                }
                if (node is ObjectMeta or TemplateMetadata or OverlayPatch) sites.Add((ModelObject)node);
                if (shape.Generated is { } children)
                {
                    children(node, stack);
                    continue;
                }
                foreach (var p in shape.Properties!)
                {
                    if (p.Get(node) is { } child) stack.Push(child);
                }
            }
        }
        finally
        {
            stack.Clear();
            _few.Clear();
            if (_many.Count > 0) _many.Clear();
        }
    }

    /// <summary>True the first time <paramref name="node"/> is seen in this walk (each node is walked once per object).</summary>
    private bool FirstVisit(object node)
    {
        if (_many.Count == 0)
        {
            foreach (var o in _few)
            {
                if (ReferenceEquals(o, node)) return false;
            }
            if (_few.Count < FewNodes)
            {
                _few.Add(node);
                return true;
            }
            foreach (var o in _few) _many.Add(o);
        }
        return _many.Add(node);
    }

    /// <summary>Whether a node of exactly <paramref name="type"/> can be or lead to a site (for tests).</summary>
    internal static bool MayHoldSite(Type type) => ShapeOf(type).MayHoldSite;

    private static NodeShape ShapeOf(Type type) => Shapes.TryGetValue(type, out var shape) ? shape : Analyse(type);

    /// <summary>
    /// Works out <paramref name="root"/> and every sealed type its properties lead to: a graph of types, then
    /// "holds a site" spread backwards along its edges until nothing changes (types may refer to each other).
    /// </summary>
    private static NodeShape Analyse(Type root)
    {
        lock (Gate)
        {
            if (Shapes.TryGetValue(root, out var known)) return known;
            var types = new List<Type>();
            var index = new Dictionary<Type, int>();
            var edges = new List<List<int>>();
            var holds = new List<bool>();
            int Node(Type t)
            {
                if (index.TryGetValue(t, out var i)) return i;
                index.Add(t, i = types.Count);
                types.Add(t);
                edges.Add([]);
                holds.Add(Shapes.TryGetValue(t, out var done) && done.MayHoldSite);
                return i;
            }

            Node(root);
            for (var i = 0; i < types.Count; i++)
            {
                var t = types[i];
                if (Shapes.ContainsKey(t)) continue; // worked out before
                if (IsSite(t))
                {
                    holds[i] = true;
                    continue;
                }
                if (IsCollection(t))
                {
                    Edge(i, ElementOf(t));
                    continue;
                }
                foreach (var p in WireProperties(t))
                {
                    Edge(i, p.PropertyType);
                    if (holds[i]) break;
                }

                void Edge(int from, Type declared)
                {
                    switch (Classify(declared, out var target))
                    {
                        case Reach.None:
                            break;
                        case Reach.Open:
                            holds[from] = true;
                            break;
                        default:
                            edges[from].Add(Node(target!));
                            break;
                    }
                }
            }

            for (var changed = true; changed;)
            {
                changed = false;
                for (var i = 0; i < types.Count; i++)
                {
                    if (holds[i]) continue;
                    foreach (var j in edges[i])
                    {
                        if (!holds[j]) continue;
                        holds[i] = changed = true;
                        break;
                    }
                }
            }

            for (var i = types.Count - 1; i >= 0; i--)
            {
                var t = types[i];
                if (Shapes.ContainsKey(t)) continue;
                var collection = IsCollection(t);
                // How to push a node's children, as ModelGraph.Walk does; only for nodes the walk enters.
                var generated = !holds[i] || collection ? null : GeneratedWalks.Find(t);
                var properties = !holds[i] || collection || generated is not null ? null : TypeShape.For(t).Properties;
                Shapes.TryAdd(t, new NodeShape(holds[i], collection, generated, properties));
            }
            return Shapes[root];
        }
    }

    private enum Reach
    {
        /// <summary>Values of the type hold no model object (strings, value types, YAML scalars).</summary>
        None,

        /// <summary>Values may be of any type (object, interface, abstract or unsealed class).</summary>
        Open,

        /// <summary>Values are exactly one type (a sealed class, or a collection type followed to its elements).</summary>
        Closed,
    }

    /// <summary>What values of a property declared as <paramref name="declared"/> can be at run time.</summary>
    private static Reach Classify(Type declared, out Type? exact)
    {
        exact = null;
        if (declared == typeof(string) || declared.IsValueType || declared.IsPointer || declared == typeof(Enum) || declared == typeof(ValueType)
            || typeof(IYamlScalar).IsAssignableFrom(declared))
            return Reach.None;
        if (IsCollection(declared)) return ElementOf(declared) is { } element ? Classify(element, out exact) : Reach.Open;
        if (!declared.IsSealed || declared.IsInterface || declared.IsAbstract) return Reach.Open;
        exact = declared;
        return Reach.Closed;
    }

    private static bool IsSite(Type t) => t == typeof(ObjectMeta) || t == typeof(TemplateMetadata) || t == typeof(OverlayPatch);

    /// <summary>Walked as a sequence or a map (what <see cref="ModelGraph.Walk"/> does with any <see cref="IEnumerable"/>).</summary>
    private static bool IsCollection(Type t) => t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t);

    /// <summary>
    /// The type of the values a walk of a collection type pushes: a map's value type, a sequence's element type;
    /// <c>object</c> when the type does not say (or says several).
    /// </summary>
    private static Type ElementOf(Type collection)
    {
        Type? element = null;
        var interfaces = collection.IsInterface ? [collection, .. collection.GetInterfaces()] : collection.GetInterfaces();
        foreach (var i in interfaces)
        {
            if (!i.IsGenericType) continue;
            var definition = i.GetGenericTypeDefinition();
            Type candidate;
            if (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)) candidate = i.GetGenericArguments()[1];
            else if (definition == typeof(IEnumerable<>)) candidate = i.GetGenericArguments()[0];
            else continue;
            // A map enumerates key/value pairs (value types, skipped) and is walked by value.
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)) candidate = candidate.GetGenericArguments()[1];
            if (element is null) element = candidate;
            else if (element != candidate) return typeof(object);
        }
        return element ?? typeof(object);
    }

    /// <summary>The properties <see cref="TypeShape"/> reads (public, readable, not indexers, not <see cref="WireIgnoreAttribute"/>), base classes included.</summary>
    private static IEnumerable<PropertyInfo> WireProperties(Type type)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (p.GetMethod is not { IsPublic: true } || p.GetIndexParameters().Length != 0) continue;
                if (p.GetCustomAttribute<WireIgnoreAttribute>(inherit: true) is not null) continue;
                yield return p;
            }
        }
    }

    /// <summary>What the walk needs to know about a run-time type.</summary>
    private sealed record NodeShape(bool MayHoldSite, bool IsCollection, Action<object, Stack<object>>? Generated, PropertyShape[]? Properties);
}
