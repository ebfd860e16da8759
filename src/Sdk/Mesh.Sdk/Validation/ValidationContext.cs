using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Validation;

/// <summary>Collects diagnostics while the validators walk one object.</summary>
internal sealed class ValidationContext(KubernetesObject subject, List<MeshDiagnostic> sink, ValidLabelMaps? validLabels = null)
{
    /// <summary>The top-level object being checked.</summary>
    public KubernetesObject Subject { get; } = subject;

    /// <summary>Label maps already found valid in this validation run (shared by the run's contexts).</summary>
    public ValidLabelMaps ValidLabels { get; } = validLabels ?? new ValidLabelMaps();

    /// <summary>"Deployment shop/web", used as the start of messages.</summary>
    public string Describe() => Subject.ToString();

    public void Report(MeshRule rule, ModelObject? at, params object?[] args)
    {
        var location = at is { Origin.IsKnown: true } ? at.Origin : Subject.Origin;
        sink.Add(MeshDiagnostic.Create(rule, location, args));
    }
}

/// <summary>
/// The last few label maps of one validation run that had no invalid key or value. A Deployment's
/// metadata, its pod template and its Service and HPA often share one map; it is checked once.
/// </summary>
/// <remarks>
/// Sound because whether a map's keys and values are valid does not depend on where the map is used
/// (the place only goes into the message of a finding), and nothing changes the objects while they
/// are validated. Only maps that were valid are remembered, so an invalid map is checked, and
/// reported, at every place it is used. Only <see cref="Dictionary{TKey,TValue}"/> itself is
/// remembered: another <see cref="IDictionary{TKey,TValue}"/> could enumerate differently each time.
/// </remarks>
internal sealed class ValidLabelMaps
{
    private readonly Dictionary<string, string>?[] _maps = new Dictionary<string, string>?[4];
    private int _next;

    public bool Contains(Dictionary<string, string> map)
    {
        foreach (var known in _maps)
        {
            if (ReferenceEquals(known, map)) return true;
        }
        return false;
    }

    public void Add(Dictionary<string, string> map)
    {
        _maps[_next] = map;
        _next = (_next + 1) % _maps.Length;
    }
}
