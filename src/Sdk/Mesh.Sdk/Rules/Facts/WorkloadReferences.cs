using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Policy.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Rules.Facts;

/// <summary>
/// The Services, HPAs and PDBs of a build, indexed once so each workload finds the ones that refer to it
/// without scanning every object (<see cref="WorkloadFacts.Services"/>, <see cref="WorkloadFacts.Autoscalers"/>,
/// <see cref="WorkloadFacts.DisruptionBudgets"/>): the scan made the rules quadratic in the number of
/// workloads (≈ 80 s for 10,000 apps). Built on first use: a build whose rules never ask (no injected
/// workload, every app with a preStop delay) never pays for it.
/// </summary>
/// <remarks>
/// The lists returned are shared and must not be changed. Keys are plain strings (namespace, then label key,
/// then label value) rather than tuples: the tuple keys hashed three strings through shared generic code on
/// every lookup, which was most of the cost at 10,000 apps.
/// </remarks>
internal sealed class WorkloadReferences
{
    private static readonly Func<KubernetesObject, IDictionary<string, string>, bool> ServiceSelects =
        static (o, labels) => IsSubset(((Service)o).Spec!.Selector, labels);

    private static readonly Func<KubernetesObject, IDictionary<string, string>, bool> BudgetSelects =
        static (o, labels) => ((PodDisruptionBudget)o).Spec!.Selector is { } sel && sel.MatchLabels.Count + sel.MatchExpressions.Count > 0 && sel.Matches(labels);

    private readonly SelectorIndex _services = new();
    private readonly SelectorIndex _budgets = new();

    /// <summary>HPAs by <c>scaleTargetRef.name</c> (a null name under <see cref="_unnamedTargets"/>), in definition order.</summary>
    private readonly Dictionary<string, List<HorizontalPodAutoscaler>> _autoscalers = new(StringComparer.Ordinal);

    private readonly List<HorizontalPodAutoscaler> _unnamedTargets = [];

    public WorkloadReferences(IReadOnlyList<KubernetesObject> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);
        for (var i = 0; i < objects.Count; i++)
        {
            switch (objects[i])
            {
                case Service s when s.Spec?.Selector is { Count: > 0 } selector:
                    _services.Add(i, s.Metadata?.Namespace, s, selector);
                    break;
                case PodDisruptionBudget p when p.Spec?.Selector is { } selector:
                    _budgets.Add(i, p.Metadata?.Namespace, p, selector.MatchLabels);
                    break;
                case HorizontalPodAutoscaler h when h.Spec?.ScaleTargetRef is { } target:
                    List<HorizontalPodAutoscaler>? list;
                    if (target.Name is not { } name) list = _unnamedTargets;
                    else if (!_autoscalers.TryGetValue(name, out list)) _autoscalers.Add(name, list = []);
                    list.Add(h);
                    break;
            }
        }
        _services.Build();
        _budgets.Build();
    }

    /// <summary>Services in <paramref name="ns"/> whose (non-empty) selector is a subset of <paramref name="labels"/>, in definition order.</summary>
    public IReadOnlyList<Service> Services(string? ns, IDictionary<string, string> labels) =>
        _services.Find<Service>(ns, labels, ServiceSelects);

    /// <summary>HPAs in <paramref name="ns"/> whose <c>scaleTargetRef</c> names <paramref name="owner"/> (kind and name), in definition order.</summary>
    public IReadOnlyList<HorizontalPodAutoscaler> Autoscalers(string? ns, KubernetesObject owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var name = owner.Metadata?.Name;
        List<HorizontalPodAutoscaler>? named = null;
        var candidates = name is null ? _unnamedTargets : _autoscalers.TryGetValue(name, out named) ? named : null;
        if (candidates is null || candidates.Count == 0) return [];
        var kind = owner.Kind;
        List<HorizontalPodAutoscaler>? found = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var h = candidates[i];
            if (h.Metadata?.Namespace == ns && h.Spec!.ScaleTargetRef!.Kind == kind)
            {
                (found ??= new List<HorizontalPodAutoscaler>(candidates.Count - i)).Add(h);
            }
        }
        // Usually the one HPA of that name is this workload's: hand out the bucket itself.
        return found is null ? [] : found.Count == candidates.Count ? candidates : found;
    }

    /// <summary>HPAs whose <c>scaleTargetRef.name</c> is <paramref name="name"/> (any kind, any namespace), in definition order.</summary>
    public IReadOnlyList<HorizontalPodAutoscaler> AutoscalersNamed(string? name) =>
        name is null ? _unnamedTargets : _autoscalers.TryGetValue(name, out var named) ? named : [];

    /// <summary>PDBs in <paramref name="ns"/> with a non-empty selector that matches <paramref name="labels"/>, in definition order.</summary>
    public IReadOnlyList<PodDisruptionBudget> DisruptionBudgets(string? ns, IDictionary<string, string> labels) =>
        _budgets.Find<PodDisruptionBudget>(ns, labels, BudgetSelects);

    /// <summary>True when every pair of <paramref name="selector"/> is in <paramref name="labels"/>.</summary>
    internal static bool IsSubset(IDictionary<string, string> selector, IDictionary<string, string> labels)
    {
        foreach (var (key, value) in selector)
        {
            if (!labels.TryGetValue(key, out var v) || v != value) return false;
        }
        return true;
    }

    /// <summary>
    /// Objects with a label selector, by namespace and one of the selector's pairs. A selector can only match labels
    /// that hold all its pairs, so each selector is filed under the pair the fewest selectors of its namespace share,
    /// and a workload looks only in the buckets of its own label pairs. Selectors without plain pairs (PDBs with only
    /// matchExpressions, null keys or values) and pods whose labels do not compare keys ordinally take the scan of
    /// the namespace. <see cref="Find"/> applies the unchanged predicate to every candidate, so the result is the
    /// scan's, in definition order.
    /// </summary>
    private sealed class SelectorIndex
    {
        private readonly Dictionary<string, Scope> _namespaces = new(StringComparer.Ordinal);
        private Scope? _noNamespace;

        public void Add(int index, string? ns, KubernetesObject item, IDictionary<string, string>? pairs)
        {
            var scope = ScopeOf(ns, create: true)!;
            if (!IsPlain(pairs))
            {
                scope.All.Add(new(index, item, null));
                scope.Unpaired.Add(new(index, item, null));
                return;
            }
            scope.All.Add(new(index, item, pairs));
            foreach (var (key, value) in pairs!) scope.BucketOf(key, value).Count++;
        }

        /// <summary>Files each plainly-paired selector under its rarest pair (the first of the rarest, in its order).</summary>
        public void Build()
        {
            foreach (var scope in _namespaces.Values) scope.Build();
            _noNamespace?.Build();
        }

        public T[] Find<T>(string? ns, IDictionary<string, string> labels, Func<KubernetesObject, IDictionary<string, string>, bool> matches)
            where T : KubernetesObject
        {
            if (ScopeOf(ns, create: false) is not { } scope) return [];
            List<Entry>? found = null;
            if (labels is Dictionary<string, string> d && (d.Comparer == EqualityComparer<string>.Default || d.Comparer == StringComparer.Ordinal))
            {
                foreach (var (key, value) in d)
                {
                    if (value is null || !scope.Pairs.TryGetValue(key, out var values) || !values.TryGetValue(value, out var bucket)) continue;
                    if (bucket.Items is { } items) Collect(items, labels, matches, ref found);
                }
                Collect(scope.Unpaired, labels, matches, ref found);
                if (found is { Count: > 1 }) found.Sort(static (a, b) => a.Index.CompareTo(b.Index));
            }
            else
            {
                Collect(scope.All, labels, matches, ref found);
            }
            if (found is null) return [];
            var result = new T[found.Count];
            for (var i = 0; i < result.Length; i++) result[i] = (T)found[i].Item;
            return result;
        }

        private static void Collect(List<Entry> candidates, IDictionary<string, string> labels,
            Func<KubernetesObject, IDictionary<string, string>, bool> matches, ref List<Entry>? found)
        {
            foreach (var c in candidates)
            {
                if (matches(c.Item, labels)) (found ??= []).Add(c);
            }
        }

        private Scope? ScopeOf(string? ns, bool create)
        {
            if (ns is null) return create ? _noNamespace ??= new() : _noNamespace;
            if (_namespaces.TryGetValue(ns, out var scope) || !create) return scope;
            _namespaces.Add(ns, scope = new());
            return scope;
        }

        // A selector filed by pair: at least one pair, no null key or value.
        private static bool IsPlain(IDictionary<string, string>? pairs)
        {
            if (pairs is not { Count: > 0 }) return false;
            foreach (var (key, value) in pairs)
            {
                if (key is null || value is null) return false;
            }
            return true;
        }
    }

    /// <summary>The selectors of one namespace (or of none).</summary>
    private sealed class Scope
    {
        /// <summary>Label key, then value: the selectors filed under that pair, and how many selectors have it.</summary>
        public Dictionary<string, Dictionary<string, Bucket>> Pairs { get; } = new(StringComparer.Ordinal);

        /// <summary>Selectors without plain pairs: candidates for every workload of the namespace.</summary>
        public List<Entry> Unpaired { get; } = [];

        /// <summary>Every selector, for labels that do not compare keys ordinally.</summary>
        public List<Entry> All { get; } = [];

        public Bucket BucketOf(string key, string value)
        {
            if (!Pairs.TryGetValue(key, out var values)) Pairs.Add(key, values = new(StringComparer.Ordinal));
            if (!values.TryGetValue(value, out var bucket)) values.Add(value, bucket = new());
            return bucket;
        }

        public void Build()
        {
            foreach (var entry in All)
            {
                if (entry.Pairs is null) continue; // unpaired
                Bucket? rarest = null;
                foreach (var (key, value) in entry.Pairs)
                {
                    var bucket = Pairs[key][value];
                    if (rarest is null || bucket.Count < rarest.Count) rarest = bucket;
                }
                (rarest!.Items ??= []).Add(entry);
            }
        }
    }

    /// <summary>A bucket of selectors filed under one pair, and how many selectors of the namespace have that pair.</summary>
    private sealed class Bucket
    {
        public int Count;
        public List<Entry>? Items;
    }

    /// <param name="Index">Position among the build's objects (results are in this order).</param>
    /// <param name="Item">The Service or PDB.</param>
    /// <param name="Pairs">Its selector's pairs when they are plain (filed by pair); null when unpaired.</param>
    private readonly record struct Entry(int Index, KubernetesObject Item, IDictionary<string, string>? Pairs);
}
