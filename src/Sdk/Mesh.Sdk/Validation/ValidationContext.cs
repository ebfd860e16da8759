using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Validation;

/// <summary>Collects diagnostics while the validators walk one object.</summary>
internal sealed class ValidationContext(KubernetesObject subject, List<MeshDiagnostic> sink)
{
    /// <summary>The top-level object being checked.</summary>
    public KubernetesObject Subject { get; } = subject;

    /// <summary>"Deployment shop/web", used as the start of messages.</summary>
    public string Describe() => Subject.ToString();

    public void Report(MeshRule rule, ModelObject? at, params object?[] args)
    {
        var location = at is { Origin.IsKnown: true } ? at.Origin : Subject.Origin;
        sink.Add(MeshDiagnostic.Create(rule, location, args));
    }
}
