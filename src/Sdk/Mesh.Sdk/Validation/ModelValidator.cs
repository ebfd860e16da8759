using System.Globalization;
using System.Runtime.CompilerServices;
using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Validation;

/// <summary>
/// Checks evaluated objects against the rules the API server enforces (MESH1xxx), so a bad
/// manifest fails the build at its C# line instead of failing <c>kubectl apply</c> later.
/// Pure: reads objects, returns diagnostics.
/// </summary>
/// <remarks>
/// The checks run once for every object of a build (30,000 at 10,000 apps), so nearly all of that
/// runs as the JIT's quick first (tier-0) code, which costs in proportion to a method's size, used or
/// not. The methods every object goes through hold only the checks: each finding's message is built
/// in a small method of its own (<c>Report...</c>, at the end of the file that uses it), compiled only
/// when there is a finding. A valid object allocates nothing.
/// </remarks>
internal static partial class ModelValidator
{
    public static List<MeshDiagnostic> Validate(IEnumerable<KubernetesObject> objects)
    {
        var diagnostics = new List<MeshDiagnostic>();
        var seen = new HashSet<KubernetesObject>(objects.TryGetNonEnumeratedCount(out var count) ? count : 0, SameObject.Instance);
        var validLabels = new ValidLabelMaps();
        foreach (var obj in objects)
        {
            var ctx = new ValidationContext(obj, diagnostics, validLabels);
            if (!ValidateMetadata(ctx)) continue;

            if (!seen.Add(obj)) ReportDuplicate(ctx, seen);
            if (obj is IPodTemplateOwner owner) ValidateTemplateOwner(ctx, owner);
            ValidateKind(ctx, obj);
            if (ModelObject.AnyAdditionalFields) ValidateAdditionalFields(ctx, obj);
        }
        return diagnostics;
    }

    /// <summary>
    /// Two objects are the same API object when group, kind, namespace (none is the empty one) and name
    /// are equal; compared in place, without building a key per object. Only for objects whose
    /// metadata and name are set.
    /// </summary>
    private sealed class SameObject : IEqualityComparer<KubernetesObject>
    {
        public static readonly SameObject Instance = new();

        public bool Equals(KubernetesObject? x, KubernetesObject? y) =>
            x!.Metadata.Name == y!.Metadata.Name
            && (x.Metadata.Namespace ?? "") == (y.Metadata.Namespace ?? "")
            && x.Kind == y.Kind
            && Group(x.ApiVersion).SequenceEqual(Group(y.ApiVersion));

        /// <summary>
        /// Hashes only the name's text, and the kind and namespace by their lengths (the Deployment,
        /// Service and HPA of one app share its name): cheap, and consistent with <see cref="Equals(KubernetesObject?, KubernetesObject?)"/>.
        /// </summary>
        public int GetHashCode(KubernetesObject obj) =>
            obj.Metadata.Name.GetHashCode() + 31 * (obj.Kind?.Length ?? 0) + 961 * (obj.Metadata.Namespace?.Length ?? 0);

        /// <summary><see cref="KubernetesObject.Group"/> without allocating it.</summary>
        private static ReadOnlySpan<char> Group(string apiVersion) =>
            apiVersion.IndexOf('/') is var i and >= 0 ? apiVersion.AsSpan(0, i) : default;
    }

    /// <summary>Kind-specific checks; each kind's validator lives in its own partial file.</summary>
    static partial void ValidateKind(ValidationContext ctx, KubernetesObject obj);

    private static bool ValidateMetadata(ValidationContext ctx)
    {
        var obj = ctx.Subject;
        var metadata = obj.Metadata;
        if (metadata is null)
        {
            ctx.Report(MeshRules.MissingRequired, obj, obj.Kind, "metadata");
            return false;
        }
        if (metadata.Name is not { } name)
        {
            ctx.Report(MeshRules.MissingRequired, metadata, obj.Kind, "metadata.name");
            return false;
        }

        var maxLength = obj.Kind == "CronJob" ? 52 : 0;
        if (Names.Check(obj.NameRule, name, maxLength) is { } nameProblem)
            ctx.Report(MeshRules.InvalidName, metadata, obj.Kind, name, nameProblem);

        if (metadata.Namespace is { } ns)
        {
            if (!obj.IsNamespaced)
                ReportClusterScoped(ctx, metadata, ns);
            else if (Names.Dns1123Label(ns) is { } nsProblem)
                ctx.Report(MeshRules.InvalidNamespace, metadata, obj.Kind, ns, nsProblem);
        }

        ValidateLabels(ctx, metadata, metadata.Labels, "metadata.labels");
        ValidateAnnotations(ctx, metadata, metadata.Annotations, "metadata.annotations");
        return true;
    }

    private static void ValidateLabels(ValidationContext ctx, ModelObject at, IDictionary<string, string>? labels, string path)
    {
        if (labels is null) return;
        if (labels.GetType() == typeof(Dictionary<string, string>))
        {
            // The common case: enumerated without boxing, and checked once however often it is used.
            var map = (Dictionary<string, string>)labels;
            if (ctx.ValidLabels.Contains(map)) return;
            var valid = true;
            foreach (var (key, value) in map) valid &= ValidateLabel(ctx, at, key, value, path);
            if (valid) ctx.ValidLabels.Add(map);
            return;
        }
        foreach (var (key, value) in labels) ValidateLabel(ctx, at, key, value, path);
    }

    /// <summary>Reports an invalid key or value of one label; false when it did.</summary>
    private static bool ValidateLabel(ValidationContext ctx, ModelObject at, string key, string? value, string path)
    {
        var valid = true;
        if (Names.QualifiedName(key) is { } keyProblem)
        {
            ReportKey(ctx, at, path, key, keyProblem);
            valid = false;
        }
        if (value is not null && Names.LabelValue(value) is { } valueProblem)
        {
            ReportLabelValue(ctx, at, path, key, value, valueProblem);
            valid = false;
        }
        return valid;
    }

    private static void ValidateAnnotations(ValidationContext ctx, ModelObject at, IDictionary<string, string>? annotations, string path)
    {
        if (annotations is null || annotations.Count == 0) return;
        var total = 0L;
        if (annotations.GetType() == typeof(Dictionary<string, string>))
        {
            foreach (var (key, value) in (Dictionary<string, string>)annotations) total += ValidateAnnotation(ctx, at, key, value, path);
        }
        else
        {
            foreach (var (key, value) in annotations) total += ValidateAnnotation(ctx, at, key, value, path);
        }
        if (total > 256 * 1024) ReportAnnotationsTooLarge(ctx, at, path, total);
    }

    /// <summary>Reports an invalid annotation key; returns the annotation's size.</summary>
    private static int ValidateAnnotation(ValidationContext ctx, ModelObject at, string key, string? value, string path)
    {
        if (Names.QualifiedName(key) is { } problem) ReportKey(ctx, at, path, key, problem);
        return key.Length + (value?.Length ?? 0);
    }

    private static void ValidateTemplateOwner(ValidationContext ctx, IPodTemplateOwner owner)
    {
        var template = owner.Template;
        if (template is null)
        {
            ctx.Report(MeshRules.MissingRequired, ctx.Subject, ctx.Describe(), "spec.template");
            return;
        }
        var labels = template.Metadata?.Labels ?? new Dictionary<string, string>();
        ValidateLabels(ctx, (ModelObject?)template.Metadata ?? template, labels, "spec.template.metadata.labels");
        if (template.Metadata is not null)
            ValidateAnnotations(ctx, template.Metadata, template.Metadata.Annotations, "spec.template.metadata.annotations");

        if (owner.Selector is { } selector)
        {
            var empty = selector.MatchLabels.Count == 0 && selector.MatchExpressions.Count == 0;
            if (empty || !(SelectsItsOwnMap(selector, labels) || selector.Matches(labels))) ReportSelectorMismatch(ctx, selector, labels);
        }

        if (template.Spec is null)
            ctx.Report(MeshRules.MissingRequired, template, ctx.Describe(), "spec.template.spec");
        else
            ValidatePodSpec(ctx, template.Spec, "spec.template.spec");
    }

    /// <summary>
    /// True when the selector's matchLabels is the template's label map itself and it has no
    /// matchExpressions (a common way to write it): each pair is then found in the map it came from,
    /// so <see cref="LabelSelector.Matches"/> is true without looking. Only for a plain
    /// <see cref="Dictionary{TKey,TValue}"/> comparing keys ordinally.
    /// </summary>
    private static bool SelectsItsOwnMap(LabelSelector selector, IDictionary<string, string> labels) =>
        ReferenceEquals(selector.MatchLabels, labels)
        && selector.MatchExpressions.Count == 0
        && labels.GetType() == typeof(Dictionary<string, string>)
        && ((Dictionary<string, string>)labels).Comparer is var comparer
        && (ReferenceEquals(comparer, EqualityComparer<string>.Default) || ReferenceEquals(comparer, StringComparer.Ordinal));

    internal static void ValidatePodSpec(ValidationContext ctx, PodSpec spec, string path)
    {
        if (spec.Containers is null || spec.Containers.Count == 0)
        {
            ReportNoContainers(ctx, spec, path);
            return;
        }
        var names = new UniqueNames();
        if (spec.InitContainers is { } init) ValidateContainers(ctx, spec, init, path, "initContainers", ref names);
        ValidateContainers(ctx, spec, spec.Containers, path, "containers", ref names);
    }

    private static void ValidateContainers(ValidationContext ctx, PodSpec spec, IList<Container> list, string path, string listPath, ref UniqueNames names)
    {
        for (var i = 0; i < list.Count; i++)
        {
            var c = list[i];
            if (c is null)
            {
                ReportNullContainer(ctx, spec, path, listPath);
                continue;
            }
            if (Names.Dns1123Label(c.Name) is { } problem)
                ReportContainer(ctx, c, "container name '{0}' is invalid: {1}", c.Name, problem);
            else if (!names.Add(c.Name))
                ReportContainer(ctx, c, "container name '{0}' is used twice in the pod; container names must be unique across containers and initContainers", c.Name);
            if (string.IsNullOrWhiteSpace(c.Image))
                ReportContainer(ctx, c, "container '{0}' has no image", c.Name);
            if (c.Ports.Count > 0) ValidateContainerPorts(ctx, c);
        }
    }

    private static void ValidateContainerPorts(ValidationContext ctx, Container c)
    {
        var ports = c.Ports;
        var portNames = new UniqueNames();
        for (var i = 0; i < ports.Count; i++)
        {
            var p = ports[i];
            if (p.Port is < 1 or > 65535) ReportContainerPortOutOfRange(ctx, c, p);
            if (p.Name is { } name)
            {
                if (Names.PortName(name) is { } problem)
                    ReportContainer(ctx, p, "container '{0}' port name '{1}' is invalid: {2}", c.Name, name, problem);
                else if (!portNames.Add(name))
                    ReportContainer(ctx, p, "container '{0}' has two ports named '{1}'", c.Name, name);
            }
        }
    }

    internal static string Describe(LabelSelector selector)
    {
        var parts = selector.MatchLabels.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")
            .Concat(selector.MatchExpressions.Select(e => $"{e.Key} {e.Operator} ({string.Join(",", e.Values)})"));
        var text = string.Join(", ", parts);
        return text.Length == 0 ? "{} (empty: it would select every pod)" : "{" + text + "}";
    }

    internal static string Describe(IDictionary<string, string> labels) =>
        labels.Count == 0 ? "{} (none)" : "{" + string.Join(", ", labels.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")) + "}";

    // The findings: their messages are built here, only when there is one (see the remarks on the class).

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportDuplicate(ValidationContext ctx, HashSet<KubernetesObject> seen)
    {
        var obj = ctx.Subject;
        if (seen.TryGetValue(obj, out var first))
            ctx.Report(MeshRules.DuplicateObject, obj, obj.ToString(), first.Origin.ToString());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportClusterScoped(ValidationContext ctx, ObjectMeta metadata, string ns) =>
        ctx.Report(MeshRules.InvalidNamespace, metadata, ctx.Subject.Kind, ns, $"{ctx.Subject.Kind} is cluster-scoped; remove metadata.namespace");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportKey(ValidationContext ctx, ModelObject at, string path, string key, string problem) =>
        ctx.Report(MeshRules.InvalidLabelOrAnnotation, at, ctx.Describe(), $"{path} key '{key}' is invalid: {problem}");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportLabelValue(ValidationContext ctx, ModelObject at, string path, string key, string value, string problem) =>
        ctx.Report(MeshRules.InvalidLabelOrAnnotation, at, ctx.Describe(), $"{path}['{key}'] value '{value}' is invalid: {problem}");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportAnnotationsTooLarge(ValidationContext ctx, ModelObject at, string path, long total) =>
        ctx.Report(MeshRules.InvalidLabelOrAnnotation, at, ctx.Describe(), $"{path} total {total} bytes; the limit is 262144");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportSelectorMismatch(ValidationContext ctx, LabelSelector selector, IDictionary<string, string> labels) =>
        ctx.Report(MeshRules.SelectorMismatch, selector, ctx.Describe(), Describe(selector), Describe(labels));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportNoContainers(ValidationContext ctx, PodSpec spec, string path) =>
        ctx.Report(MeshRules.InvalidContainer, spec, ctx.Describe(), $"{path}.containers is empty; a pod needs at least one container");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportNullContainer(ValidationContext ctx, PodSpec spec, string path, string listPath) =>
        ctx.Report(MeshRules.InvalidContainer, spec, ctx.Describe(), $"{path}.{listPath} contains null");

    /// <summary>MESH1007 at <paramref name="at"/>; <paramref name="format"/> takes only strings.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportContainer(ValidationContext ctx, ModelObject at, string format, params string?[] args) =>
        ctx.Report(MeshRules.InvalidContainer, at, ctx.Describe(), string.Format(CultureInfo.InvariantCulture, format, args));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportContainerPortOutOfRange(ValidationContext ctx, Container c, ContainerPort p) =>
        ctx.Report(MeshRules.PortOutOfRange, p, ctx.Describe(), $"container '{c.Name}' containerPort", p.Port);
}

/// <summary>
/// The names seen so far in one list (containers, ports), compared ordinally. Most lists have one
/// entry: a set is made only for the second name.
/// </summary>
internal struct UniqueNames
{
    private string? _first;
    private HashSet<string>? _set;

    /// <summary>False when <paramref name="name"/> was added before.</summary>
    public bool Add(string name)
    {
        if (_set is null)
        {
            if (_first is null)
            {
                _first = name;
                return true;
            }
            _set = new HashSet<string>(StringComparer.Ordinal) { _first };
        }
        return _set.Add(name);
    }
}
