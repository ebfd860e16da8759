using System.Collections;
using System.Globalization;
using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Rules.Facts;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;

namespace Mesh.Sdk.Rules.Config;

/// <summary>
/// MESH001: a <c>proxy.istio.io/config</c> value Istio cannot use: text that is not YAML/JSON or not a
/// mapping, an unknown field (dropped silently: ApplyJSON retries with unknown fields allowed, I5), the
/// removed <c>parentShutdownDuration</c>, or a value of the wrong shape (duration, enum, bool, number,
/// string map), which makes injection fail and the pod rejected (IST0125). Judged on hand-written text
/// (values from <c>SetProxyConfig</c> are valid by construction) on any metadata, and on TSB overlay patches
/// that set the annotation to a map. One finding per annotation, at the metadata (or the patch).
/// </summary>
internal sealed class InvalidProxyConfigAnnotationRule : IMeshRule
{
    public MeshRule Rule => MeshRules.InvalidProxyConfigAnnotation;

    public void Check(RuleContext context)
    {
        // Generated workloads share one text: each distinct text is read and judged once.
        var judged = new Dictionary<string, string?>(StringComparer.Ordinal);
        var sites = new List<ModelObject>();
        var walk = new AnnotationSites();
        foreach (var obj in context.Objects)
        {
            // Only metadata and TSB overlay patches can carry the annotation: the rest of the object is not walked.
            walk.Collect(obj, sites);
            foreach (var node in sites)
            {
                switch (node)
                {
                    // The typed ProxyConfig is valid by construction; asked only when the text has a problem (it renders the object).
                    case TemplateMetadata t when t.Annotations.TryGetValue(IstioAnnotations.ProxyConfig, out var text):
                        if (Problems(context, judged, text) is { } tp && t.GetProxyConfig() is null) Report(context, t, obj, tp);
                        break;
                    case ObjectMeta o when o.Annotations.TryGetValue(IstioAnnotations.ProxyConfig, out var text):
                        if (Problems(context, judged, text) is { } op && o.GetProxyConfig() is null) Report(context, o, obj, op);
                        break;
                    case OverlayPatch p when IsProxyConfigPath(p.Path):
                        if (p.Value is IDictionary) context.Report(Rule, p, RuleContext.Describe(obj), $"at {p.Path} is a map; it must be a string holding YAML (a | block)");
                        else if (p.Value is string patched && Problems(context, judged, patched) is { } pp) Report(context, p, obj, pp);
                        break;
                }
            }
            sites.Clear();
        }
    }

    private void Report(RuleContext context, ModelObject subject, KubernetesObject owner, string problems) =>
        context.Report(Rule, subject, RuleContext.Describe(owner), problems);

    /// <summary>The problems of <paramref name="text"/> joined for the message, or null when there are none (or no text).</summary>
    private static string? Problems(RuleContext context, Dictionary<string, string?> judged, string? text)
    {
        if (text is null) return null;
        if (!judged.TryGetValue(text, out var joined))
        {
            var problems = Problems(ProxyConfigText.Parse(text), context);
            judged.Add(text, joined = problems.Count > 0 ? string.Join("; ", problems) : null);
        }
        return joined;
    }

    private static bool IsProxyConfigPath(string? path) =>
        path is not null && (path.EndsWith("proxy.istio.io/config", StringComparison.Ordinal) || path.EndsWith(@"proxy\.istio\.io/config", StringComparison.Ordinal));

    /// <summary>What is wrong with <paramref name="config"/>, in the order written; empty when nothing.</summary>
    internal static List<string> Problems(ProxyConfigText config, RuleContext context)
    {
        var problems = new List<string>();
        if (config.IsUnsupported) return problems;
        if (config.Error is { } error)
        {
            problems.Add(config.Fields is null && !error.StartsWith("line", StringComparison.Ordinal)
                ? error
                : $"does not parse as YAML or JSON ({error})");
            return problems;
        }
        foreach (var (key, value) in config.Fields!)
        {
            var field = ProxyConfigFields.Resolve(key, context.Targets.Istio);
            if (field is null)
            {
                if (key is ProxyConfigFields.ParentShutdownDuration or "parent_shutdown_duration")
                    problems.Add($"has '{key}', which Istio removed in 1.17 ({context.IstioAssumption}) and now ignores");
                else
                    problems.Add($"has the unknown field '{key}'" + (ProxyConfigFields.Suggest(key) is { } s ? $" (did you mean '{s}'?)" : ""));
                continue;
            }
            if (Shape(field, value) is { } wrong) problems.Add(wrong);
        }
        return problems;
    }

    private static string? Shape(string field, object? value)
    {
        var (kind, values) = ProxyConfigFields.KindOf(field);
        if (value is null) return null; // null is "unset" for jsonpb
        var scalar = value as ProxyConfigScalar;
        switch (kind)
        {
            case ProxyConfigFields.Kind.Duration:
                return scalar is not null && ProxySettings.DurationOf(scalar) is not null ? null
                    : $"{field} '{Show(value)}' is not a duration (write a number with a unit, e.g. 45s)";
            case ProxyConfigFields.Kind.Bool:
                return scalar is { Quoted: false } && ProxySettings.YamlBool(scalar.Value) is not null ? null
                    : $"{field} '{Show(value)}' is not true or false";
            case ProxyConfigFields.Kind.Int:
                return scalar is { Quoted: false } && long.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? null
                    : $"{field} '{Show(value)}' is not a whole number";
            case ProxyConfigFields.Kind.Enum:
                return scalar is not null && (values!.Contains(scalar.Value, StringComparer.Ordinal) || (!scalar.Quoted && int.TryParse(scalar.Value, out _))) ? null
                    : $"{field} '{Show(value)}' is not one of {string.Join(", ", values!)}";
            case ProxyConfigFields.Kind.String:
                return scalar is not null ? null : $"{field} must be a string";
            case ProxyConfigFields.Kind.List:
                return value is IReadOnlyList<object?> ? null : $"{field} must be a list";
            case ProxyConfigFields.Kind.StringMap:
                if (value is not IReadOnlyDictionary<string, object?> map) return $"{field} must be a map of strings";
                foreach (var (k, v) in map)
                {
                    if (v is ProxyConfigScalar { Quoted: false } s && IsNonString(s.Value))
                        return $"{field}.{k} {s.Value} is not a string; quote it (\"{s.Value}\")";
                    if (v is not null and not ProxyConfigScalar) return $"{field}.{k} must be a string";
                }
                return null;
            default:
                if (value is not IReadOnlyDictionary<string, object?> message) return $"{field} must be a map of its fields";
                if (field == "gatewayTopology" && message.TryGetValue("forwardClientCertDetails", out var xfcc) && xfcc is ProxyConfigScalar x
                    && !ProxyConfigFields.ForwardClientCertDetails.Contains(x.Value, StringComparer.Ordinal) && !(!x.Quoted && int.TryParse(x.Value, out _)))
                    return $"gatewayTopology.forwardClientCertDetails '{x.Value}' is not one of {string.Join(", ", ProxyConfigFields.ForwardClientCertDetails)}";
                return null;
        }
    }

    /// <summary>Plain YAML scalars that YAML 1.1/JSON read as something other than a string.</summary>
    private static bool IsNonString(string plain) =>
        ProxySettings.YamlBool(plain) is not null || plain is "null" or "Null" or "NULL" or "~"
        || double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Show(object? value) => value switch
    {
        ProxyConfigScalar s => s.Value,
        IReadOnlyDictionary<string, object?> => "{...}",
        IReadOnlyList<object?> => "[...]",
        _ => "",
    };
}
