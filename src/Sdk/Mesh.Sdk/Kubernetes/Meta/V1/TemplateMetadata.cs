using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Meta.V1;

/// <summary>
/// <c>metadata</c> of an embedded template (a pod template, a job template): labels and
/// annotations only, since a template's name is chosen by its controller.
/// </summary>
public sealed class TemplateMetadata : ModelObject
{
    public TemplateMetadata([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>labels</c>: must include every label of the owner's selector.</summary>
    public IDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary><c>annotations</c>, e.g. <c>proxy.istio.io/config</c>.</summary>
    public IDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();
}
