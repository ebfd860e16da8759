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

            if (!seen.Add(obj) && seen.TryGetValue(obj, out var first))
                ctx.Report(MeshRules.DuplicateObject, obj, obj.ToString(), first.Origin.ToString());

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

        public int GetHashCode(KubernetesObject obj) =>
            HashCode.Combine(obj.Metadata.Name, obj.Metadata.Namespace ?? "", obj.Kind);

        /// <summary><see cref="KubernetesObject.Group"/> without allocating it.</summary>
        private static ReadOnlySpan<char> Group(string apiVersion) =>
            apiVersion.IndexOf('/') is var i and >= 0 ? apiVersion.AsSpan(0, i) : default;
    }

    /// <summary>Kind-specific checks; each kind's validator lives in its own partial file.</summary>
    static partial void ValidateKind(ValidationContext ctx, KubernetesObject obj);

    private static bool ValidateMetadata(ValidationContext ctx)
    {
        var obj = ctx.Subject;
        if (obj.Metadata is null)
        {
            ctx.Report(MeshRules.MissingRequired, obj, obj.Kind, "metadata");
            return false;
        }
        if (obj.Metadata.Name is null)
        {
            ctx.Report(MeshRules.MissingRequired, obj.Metadata, obj.Kind, "metadata.name");
            return false;
        }

        var maxLength = obj.Kind == "CronJob" ? 52 : 0;
        if (Names.Check(obj.NameRule, obj.Metadata.Name, maxLength) is { } nameProblem)
            ctx.Report(MeshRules.InvalidName, obj.Metadata, obj.Kind, obj.Metadata.Name, nameProblem);

        if (obj.Metadata.Namespace is { } ns)
        {
            if (!obj.IsNamespaced)
                ctx.Report(MeshRules.InvalidNamespace, obj.Metadata, obj.Kind, ns, $"{obj.Kind} is cluster-scoped; remove metadata.namespace");
            else if (Names.Dns1123Label(ns) is { } nsProblem)
                ctx.Report(MeshRules.InvalidNamespace, obj.Metadata, obj.Kind, ns, nsProblem);
        }

        ValidateLabels(ctx, obj.Metadata, obj.Metadata.Labels, "metadata.labels");
        ValidateAnnotations(ctx, obj.Metadata, obj.Metadata.Annotations, "metadata.annotations");
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
        if (Names.QualifiedName(key) is { } k)
        {
            ctx.Report(MeshRules.InvalidLabelOrAnnotation, at, ctx.Describe(), $"{path} key '{key}' is invalid: {k}");
            valid = false;
        }
        if (value is not null && Names.LabelValue(value) is { } v)
        {
            ctx.Report(MeshRules.InvalidLabelOrAnnotation, at, ctx.Describe(), $"{path}['{key}'] value '{value}' is invalid: {v}");
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
        if (total > 256 * 1024)
            ctx.Report(MeshRules.InvalidLabelOrAnnotation, at, ctx.Describe(), $"{path} total {total} bytes; the limit is 262144");
    }

    /// <summary>Reports an invalid annotation key; returns the annotation's size.</summary>
    private static int ValidateAnnotation(ValidationContext ctx, ModelObject at, string key, string? value, string path)
    {
        if (Names.QualifiedName(key) is { } k)
            ctx.Report(MeshRules.InvalidLabelOrAnnotation, at, ctx.Describe(), $"{path} key '{key}' is invalid: {k}");
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
            if (empty || !selector.Matches(labels))
                ctx.Report(MeshRules.SelectorMismatch, selector, ctx.Describe(), Describe(selector), Describe(labels));
        }

        if (template.Spec is null)
            ctx.Report(MeshRules.MissingRequired, template, ctx.Describe(), "spec.template.spec");
        else
            ValidatePodSpec(ctx, template.Spec, "spec.template.spec");
    }

    internal static void ValidatePodSpec(ValidationContext ctx, PodSpec spec, string path)
    {
        if (spec.Containers is null || spec.Containers.Count == 0)
        {
            ctx.Report(MeshRules.InvalidContainer, spec, ctx.Describe(), $"{path}.containers is empty; a pod needs at least one container");
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
                ctx.Report(MeshRules.InvalidContainer, spec, ctx.Describe(), $"{path}.{listPath} contains null");
                continue;
            }
            if (Names.Dns1123Label(c.Name) is { } n)
                ctx.Report(MeshRules.InvalidContainer, c, ctx.Describe(), $"container name '{c.Name}' is invalid: {n}");
            else if (!names.Add(c.Name))
                ctx.Report(MeshRules.InvalidContainer, c, ctx.Describe(), $"container name '{c.Name}' is used twice in the pod; container names must be unique across containers and initContainers");
            if (string.IsNullOrWhiteSpace(c.Image))
                ctx.Report(MeshRules.InvalidContainer, c, ctx.Describe(), $"container '{c.Name}' has no image");
            ValidateContainerPorts(ctx, c);
        }
    }

    private static void ValidateContainerPorts(ValidationContext ctx, Container c)
    {
        var ports = c.Ports;
        var portNames = new UniqueNames();
        for (var i = 0; i < ports.Count; i++)
        {
            var p = ports[i];
            if (p.Port is < 1 or > 65535)
                ctx.Report(MeshRules.PortOutOfRange, p, ctx.Describe(), $"container '{c.Name}' containerPort", p.Port);
            if (p.Name is { } name)
            {
                if (Names.PortName(name) is { } problem)
                    ctx.Report(MeshRules.InvalidContainer, p, ctx.Describe(), $"container '{c.Name}' port name '{name}' is invalid: {problem}");
                else if (!portNames.Add(name))
                    ctx.Report(MeshRules.InvalidContainer, p, ctx.Describe(), $"container '{c.Name}' has two ports named '{name}'");
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
