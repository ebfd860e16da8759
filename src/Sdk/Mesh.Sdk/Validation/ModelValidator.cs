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
        var seen = new Dictionary<(string Group, string Kind, string Namespace, string Name), KubernetesObject>();
        foreach (var obj in objects)
        {
            var ctx = new ValidationContext(obj, diagnostics);
            if (!ValidateMetadata(ctx)) continue;

            var key = (obj.Group, obj.Kind, obj.Metadata.Namespace ?? "", obj.Metadata.Name);
            if (seen.TryGetValue(key, out var first))
                ctx.Report(MeshRules.DuplicateObject, obj, obj.ToString(), first.Origin.ToString());
            else
                seen.Add(key, obj);

            if (obj is IPodTemplateOwner owner) ValidateTemplateOwner(ctx, owner);
            ValidateKind(ctx, obj);
            if (ModelObject.AnyAdditionalFields) ValidateAdditionalFields(ctx, obj);
        }
        return diagnostics;
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
        foreach (var (key, value) in labels)
        {
            if (Names.QualifiedName(key) is { } k)
                ctx.Report(MeshRules.InvalidLabelOrAnnotation, at, ctx.Describe(), $"{path} key '{key}' is invalid: {k}");
            if (value is not null && Names.LabelValue(value) is { } v)
                ctx.Report(MeshRules.InvalidLabelOrAnnotation, at, ctx.Describe(), $"{path}['{key}'] value '{value}' is invalid: {v}");
        }
    }

    private static void ValidateAnnotations(ValidationContext ctx, ModelObject at, IDictionary<string, string>? annotations, string path)
    {
        if (annotations is null) return;
        var total = 0L;
        foreach (var (key, value) in annotations)
        {
            if (Names.QualifiedName(key) is { } k)
                ctx.Report(MeshRules.InvalidLabelOrAnnotation, at, ctx.Describe(), $"{path} key '{key}' is invalid: {k}");
            total += key.Length + (value?.Length ?? 0);
        }
        if (total > 256 * 1024)
            ctx.Report(MeshRules.InvalidLabelOrAnnotation, at, ctx.Describe(), $"{path} total {total} bytes; the limit is 262144");
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
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (list, listPath) in new[] { (spec.InitContainers, "initContainers"), (spec.Containers, "containers") })
        {
            if (list is null) continue;
            foreach (var c in list)
            {
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
    }

    private static void ValidateContainerPorts(ValidationContext ctx, Container c)
    {
        var portNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in c.Ports)
        {
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
