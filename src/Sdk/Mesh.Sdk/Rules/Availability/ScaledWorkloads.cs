using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules;

/// <summary>A Deployment or StatefulSet and the fewest pods it runs: the HPA's <c>minReplicas</c> when one scales it, else <c>spec.replicas</c>.</summary>
/// <param name="Workload">The Deployment or StatefulSet.</param>
/// <param name="Template">Its pod template.</param>
/// <param name="MinimumReplicas">The fewest pods it runs (HPA <c>minReplicas</c> defaults to 1, <c>replicas</c> to 1).</param>
/// <param name="Autoscaler">The HPA that scales it, if any.</param>
internal sealed record ScaledWorkload(KubernetesObject Workload, PodTemplateSpec Template, int MinimumReplicas, HorizontalPodAutoscaler? Autoscaler)
{
    /// <summary>"the 1 replica of Deployment shop/web" / "HPA minReplicas 2 of ...".</summary>
    public string DescribeReplicas() => Autoscaler is null
        ? $"{MinimumReplicas} {(MinimumReplicas == 1 ? "replica" : "replicas")} of {RuleContext.Describe(Workload)}"
        : $"HPA minReplicas {MinimumReplicas} of {RuleContext.Describe(Workload)}";
}

/// <summary>Replica counts of the workloads a rule talks about (MESH053, MESH054).</summary>
internal static class ScaledWorkloads
{
    private static readonly ConditionalWeakTable<RuleContext, Index> Indexes = new();

    /// <summary>Every Deployment and StatefulSet with its minimum replica count, in definition order (worked out once per build).</summary>
    public static IReadOnlyList<ScaledWorkload> All(RuleContext context) => IndexOf(context).All;

    /// <summary>
    /// The workloads whose pod labels <paramref name="selector"/> matches, in <paramref name="owner"/>'s namespace
    /// (<see cref="SameNamespace"/>), in definition order. Only workloads that have one of the selector's pairs are
    /// tried (a PDB per app must not test every app).
    /// </summary>
    public static List<ScaledWorkload> SelectedBy(RuleContext context, KubernetesObject owner, LabelSelector selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var index = IndexOf(context);
        var selected = new List<ScaledWorkload>();
        foreach (var i in index.Candidates(selector))
        {
            var w = index.All[i];
            if (SameNamespace(owner, w.Workload) && selector.Matches(w.Template.Metadata?.Labels ?? new Dictionary<string, string>())) selected.Add(w);
        }
        return selected;
    }

    /// <summary>The HPA whose <c>scaleTargetRef</c> names <paramref name="workload"/> (same kind, name and namespace), the first defined.</summary>
    public static HorizontalPodAutoscaler? AutoscalerOf(RuleContext context, KubernetesObject workload)
    {
        foreach (var h in context.Facts().References.AutoscalersNamed(workload.Metadata?.Name))
        {
            if (h.Spec?.ScaleTargetRef is { } target && target.Kind == workload.Kind && SameNamespace(h, workload)) return h;
        }
        return null;
    }

    /// <summary>
    /// Same namespace; an object without one is applied into whatever namespace the apply command
    /// names, so it is taken to match any namespace.
    /// </summary>
    public static bool SameNamespace(KubernetesObject a, KubernetesObject b) =>
        string.IsNullOrEmpty(a.Metadata?.Namespace)
        || string.IsNullOrEmpty(b.Metadata?.Namespace)
        || a.Metadata.Namespace == b.Metadata.Namespace;

    private static Index IndexOf(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Indexes.GetValue(context, static c => new Index(c));
    }

    /// <summary>The scaled workloads of a build, and their positions by pod label pair.</summary>
    private sealed class Index
    {
        private readonly Dictionary<string, Dictionary<string, List<int>>> _byPair = new(StringComparer.Ordinal);

        /// <summary>Workloads whose labels cannot be looked up ordinally (or are null): tried for every selector.</summary>
        private readonly List<int> _irregular = [];

        public Index(RuleContext context)
        {
            var all = new List<ScaledWorkload>();
            foreach (var obj in context.Objects)
            {
                var (template, replicas) = obj switch
                {
                    Deployment { Spec: { } s } => (s.Template, s.Replicas),
                    StatefulSet { Spec: { } s } => (s.Template, s.Replicas),
                    _ => (null, null),
                };
                if (template is null) continue;
                var hpa = AutoscalerOf(context, obj);
                var minimum = hpa is not null ? hpa.Spec?.MinReplicas ?? 1 : replicas ?? 1;
                var position = all.Count;
                all.Add(new ScaledWorkload(obj, template, minimum, hpa));
                if (template.Metadata is null) continue; // no labels: matched only by selectors without pairs
                if (template.Metadata.Labels is not Dictionary<string, string> labels
                    || (labels.Comparer != EqualityComparer<string>.Default && labels.Comparer != StringComparer.Ordinal))
                {
                    _irregular.Add(position);
                    continue;
                }
                foreach (var (key, value) in labels)
                {
                    if (value is null) continue;
                    if (!_byPair.TryGetValue(key, out var values)) _byPair.Add(key, values = new(StringComparer.Ordinal));
                    if (!values.TryGetValue(value, out var positions)) values.Add(value, positions = []);
                    positions.Add(position);
                }
            }
            All = all;
        }

        public List<ScaledWorkload> All { get; }

        /// <summary>
        /// Positions of the workloads <paramref name="selector"/> may match, ascending: those with its rarest
        /// <c>matchLabels</c> pair (a match needs every pair) and the irregular ones; every workload when it has no plain pair.
        /// </summary>
        public IEnumerable<int> Candidates(LabelSelector selector)
        {
            List<int>? rarest = null;
            var plain = selector.MatchLabels is { Count: > 0 };
            if (plain)
            {
                foreach (var (key, value) in selector.MatchLabels)
                {
                    if (key is null || value is null)
                    {
                        plain = false;
                        break;
                    }
                    var bucket = _byPair.TryGetValue(key, out var values) && values.TryGetValue(value, out var positions) ? positions : [];
                    if (rarest is null || bucket.Count < rarest.Count) rarest = bucket;
                }
            }
            if (!plain) return Enumerable.Range(0, All.Count);
            return _irregular.Count == 0 ? rarest! : Merge(rarest!, _irregular);
        }

        private static IEnumerable<int> Merge(List<int> a, List<int> b)
        {
            int i = 0, j = 0;
            while (i < a.Count || j < b.Count)
            {
                if (j >= b.Count || (i < a.Count && a[i] < b[j])) yield return a[i++];
                else yield return b[j++];
            }
        }
    }
}
