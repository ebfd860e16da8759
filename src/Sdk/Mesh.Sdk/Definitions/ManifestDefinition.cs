using Mesh.Sdk.Model;

namespace Mesh.Sdk;

/// <summary>
/// A set of Kubernetes objects written together to one manifest file. Derive from it, add
/// <see cref="ManifestAttribute"/>, and return the objects from <see cref="Build"/>.
/// The class needs a public parameterless constructor.
/// </summary>
public abstract class ManifestDefinition
{
    /// <summary>
    /// Returns the objects of this manifest, in the order they are written. Called once per
    /// build (and once per environment), out of the MSBuild process.
    /// </summary>
    public abstract IEnumerable<KubernetesObject> Build(ManifestContext context);
}
