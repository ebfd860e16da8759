using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Rules;

/// <summary>
/// What a build-time rule sees: every object of every definition of the project, the target
/// versions, and where to report. Findings are placed at the <see cref="ModelObject.Origin"/> of
/// the rule's subject object (the C# line that created it), never at a YAML line.
/// </summary>
internal sealed class RuleContext
{
    private readonly List<MeshDiagnostic> _sink;

    public RuleContext(IReadOnlyList<KubernetesObject> objects, TargetVersions targets, List<MeshDiagnostic> sink)
    {
        Objects = objects;
        Targets = targets;
        _sink = sink;
    }

    /// <summary>All objects the project's definitions built, in definition order.</summary>
    public IReadOnlyList<KubernetesObject> Objects { get; }

    /// <summary>The Kubernetes and Istio versions the manifests are for (MeshKubernetesVersion / MeshIstioVersion).</summary>
    public TargetVersions Targets { get; }

    /// <summary>All objects of type <typeparamref name="T"/>, in definition order.</summary>
    /// <remarks>
    /// Rules ask for a dozen kinds, most of them absent: for a sealed kind (every kind of the SDK) the answer comes
    /// from the objects grouped by type once, instead of a type test of every object per question.
    /// </remarks>
    public IEnumerable<T> OfType<T>() where T : KubernetesObject
    {
        if (!typeof(T).IsSealed) return Objects.OfType<T>();
        _byType ??= GroupByType(Objects);
        if (!_byType.TryGetValue(typeof(T), out var group)) return [];
        if (group is not T[] typed)
        {
            var objects = (List<KubernetesObject>)group;
            typed = new T[objects.Count];
            for (var i = 0; i < typed.Length; i++) typed[i] = (T)objects[i];
            _byType[typeof(T)] = typed;
        }
        return typed;
    }

    /// <summary>True when some object is exactly of type <typeparamref name="T"/> (a sealed kind).</summary>
    public bool Any<T>() where T : KubernetesObject
    {
        if (!typeof(T).IsSealed) return Objects.OfType<T>().Any();
        _byType ??= GroupByType(Objects);
        return _byType.ContainsKey(typeof(T));
    }

    /// <summary>By run-time type: the objects in definition order (a list, replaced by a typed array once asked for).</summary>
    private Dictionary<Type, object>? _byType;

    private static Dictionary<Type, object> GroupByType(IReadOnlyList<KubernetesObject> objects)
    {
        // A build has a few kinds, interleaved (Deployment, Service, HPA, Deployment...): a short list of them is
        // searched by reference before the dictionary is asked.
        var groups = new Dictionary<Type, object>();
        var recent = new List<(Type Type, List<KubernetesObject> Objects)>();
        foreach (var o in objects)
        {
            if (o is null) continue;
            var type = o.GetType();
            List<KubernetesObject>? group = null;
            foreach (var (t, list) in recent)
            {
                if (t == type)
                {
                    group = list;
                    break;
                }
            }
            if (group is null)
            {
                if (groups.TryGetValue(type, out var known)) group = (List<KubernetesObject>)known;
                else groups.Add(type, group = []);
                if (recent.Count < 8) recent.Add((type, group));
            }
            group.Add(o);
        }
        return groups;
    }

    /// <summary>"Deployment shop/web": the start of every message (argument {0}).</summary>
    public static string Describe(KubernetesObject obj) => obj.ToString();

    /// <summary>
    /// Reports <paramref name="rule"/> with its default severity at <paramref name="subject"/>'s origin.
    /// </summary>
    public void Report(MeshRule rule, ModelObject subject, params object?[] args) =>
        Report(rule, rule.Severity, subject, null, args);

    /// <summary>
    /// Reports with the severity of the case (rules whose severity depends on it, e.g. MESH015, 016, 023, 041),
    /// at <paramref name="subject"/>'s origin, or <paramref name="fallback"/>'s when the subject has none.
    /// </summary>
    public void Report(MeshRule rule, MeshSeverity severity, ModelObject subject, ModelObject? fallback, params object?[] args)
    {
        var location = subject.Origin.IsKnown ? subject.Origin : fallback?.Origin ?? SourceLocation.None;
        _sink.Add(new MeshDiagnostic(rule, severity, location, RuleFormat.Message(rule.MessageFormat, args)));
    }

    /// <summary>"target Kubernetes 1.28" / "target Istio 1.23 (default)": names the version assumption in messages.</summary>
    public string KubernetesAssumption => $"target Kubernetes {Targets.Kubernetes.ToString(2)}{(Targets.IsDefault ? " (default)" : "")}";

    /// <inheritdoc cref="KubernetesAssumption"/>
    public string IstioAssumption => $"target Istio {Targets.Istio.ToString(2)}{(Targets.IsDefault ? " (default)" : "")}";
}
