using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
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
/// The walk is <see cref="ModelGraph.Walk"/>'s (the wire fields in <see cref="TypeShape"/> order, the same stack
/// discipline, each node once per object), except that it does not go down a field whose declared type cannot
/// lead to a site. Whether a type can is worked out once per type from the declared types of its wire fields:
/// a string, a value type or a YAML scalar holds nothing; a sealed class holds a site when one of its own fields
/// can; a list or map holds what its element (value) type can; and <c>object</c>, an interface, an abstract or
/// unsealed class can hold anything, so such a field is always followed. User kinds and CRD kinds are read the
/// same way, through reflection.
/// </para>
/// <para>
/// A field left out holds no site, so the sites come out in the order of the full walk: leaving out a subtree
/// removes only its own nodes from the walk's sequence. (It assumes the items of a collection are of the element
/// type its declared type states, which the compiler guarantees for the generic collections.)
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                // Scalars (strings, boxed values, YAML scalars) have shapes that hold nothing, like every type that cannot lead to a site.
                var shape = ShapeOf(node.GetType());
                if (!shape.MayHoldSite || !FirstVisit(node)) continue;
                if (shape.Children is not { } children)
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
                if (shape.IsSite) sites.Add((ModelObject)node);
                foreach (var get in children)
                {
                    if (get(node) is { } child) stack.Push(child);
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
    /// Works out <paramref name="root"/> and every sealed type its fields lead to: a graph of types, then
    /// "holds a site" spread backwards along its edges until nothing changes (types may refer to each other).
    /// </summary>
    private static NodeShape Analyse(Type root)
    {
        lock (Gate)
        {
            if (Shapes.TryGetValue(root, out var known)) return known;
            var types = new List<Type>();
            var index = new Dictionary<Type, int>();
            var fields = new List<List<Field>?>();
            var holds = new List<bool>();
            int Node(Type t)
            {
                if (index.TryGetValue(t, out var i)) return i;
                index.Add(t, i = types.Count);
                types.Add(t);
                fields.Add(null);
                holds.Add(Shapes.TryGetValue(t, out var done) && done.MayHoldSite);
                return i;
            }

            Node(root);
            for (var i = 0; i < types.Count; i++)
            {
                var t = types[i];
                if (Shapes.ContainsKey(t)) continue; // worked out before
                if (IsScalar(t)) continue; // the walk skips these whatever they hold
                if (IsCollection(t))
                {
                    var reach = Classify(ElementOf(t), out var element);
                    if (reach == Reach.Open) holds[i] = true;
                    else if (reach == Reach.Closed) fields[i] = [new(reach, Node(element!))];
                    continue;
                }
                if (IsSite(t)) holds[i] = true;
                var own = new List<Field>();
                foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    // Every readable property counts here (no attribute lookups: most types turn out to hold nothing);
                    // ModelObject's own (Origin, AdditionalFields) are never wire fields.
                    if (p.DeclaringType == typeof(ModelObject) || p.GetMethod is not { IsPublic: true }) continue;
                    var reach = Classify(p.PropertyType, out var target);
                    if (reach == Reach.None) continue;
                    if (reach == Reach.Open) holds[i] = true;
                    own.Add(new(reach, reach == Reach.Closed ? Node(target!) : -1));
                }
                fields[i] = own;
            }

            for (var changed = true; changed;)
            {
                changed = false;
                for (var i = 0; i < types.Count; i++)
                {
                    if (holds[i] || fields[i] is not { } own) continue;
                    foreach (var f in own)
                    {
                        if (f.Reach != Reach.Closed || !holds[f.Target]) continue;
                        holds[i] = changed = true;
                        break;
                    }
                }
            }

            bool Holds(Type t) => index.TryGetValue(t, out var i) ? holds[i] : ShapeOf(t).MayHoldSite;

            for (var i = types.Count - 1; i >= 0; i--)
            {
                var t = types[i];
                if (Shapes.ContainsKey(t)) continue;
                Func<object, object?>[]? children = null;
                if (holds[i] && !IsCollection(t))
                {
                    // Only the fields that can lead to a site, in wire order: a subsequence of what ModelGraph.Walk pushes.
                    var followed = new List<Func<object, object?>>();
                    foreach (var (_, p) in TypeShape.WireProperties(t))
                    {
                        var reach = Classify(p.PropertyType, out var target);
                        if (reach == Reach.Open || (reach == Reach.Closed && Holds(target!))) followed.Add(TypeShape.CompileGetter(t, p));
                    }
                    children = [.. followed];
                }
                Shapes.TryAdd(t, new NodeShape(holds[i], IsSite(t), children));
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

    /// <summary>What values of a field declared as <paramref name="declared"/> can be at run time.</summary>
    private static Reach Classify(Type declared, out Type? exact)
    {
        exact = null;
        if (IsScalar(declared) || declared.IsPointer || declared == typeof(Enum) || declared == typeof(ValueType)) return Reach.None;
        if (IsCollection(declared) && (declared.IsSealed || declared.IsInterface))
        {
            // The walk pushes a sequence's items or a map's values, whatever the collection's class.
            return Classify(ElementOf(declared), out exact);
        }
        if (!declared.IsSealed || declared.IsInterface || declared.IsAbstract) return Reach.Open;
        exact = declared;
        return Reach.Closed;
    }

    /// <summary>What <see cref="ModelGraph.Walk"/> skips: strings, value types (boxed), YAML scalars.</summary>
    private static bool IsScalar(Type t) => t == typeof(string) || t.IsValueType || typeof(IYamlScalar).IsAssignableFrom(t);

    private static bool IsSite(Type t) => t == typeof(ObjectMeta) || t == typeof(TemplateMetadata) || t == typeof(OverlayPatch);

    /// <summary>Walked as a sequence or a map (what <see cref="ModelGraph.Walk"/> does with any <see cref="IEnumerable"/> but a string).</summary>
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

    /// <summary>A field of a type in the graph (or a collection's elements).</summary>
    /// <param name="Reach">What its values can be.</param>
    /// <param name="Target">For <see cref="Reach.Closed"/>, the node of the values' type.</param>
    private readonly record struct Field(Reach Reach, int Target);

    /// <summary>What the walk needs to know about a run-time type.</summary>
    /// <param name="MayHoldSite">Whether a node of the type can be or lead to a site.</param>
    /// <param name="IsSite">Whether it is a site.</param>
    /// <param name="Children">For a class that may hold a site, the getters of the fields to follow, in wire order; null for a collection.</param>
    private sealed record NodeShape(bool MayHoldSite, bool IsSite, Func<object, object?>[]? Children);
}
