using Mesh.Sdk.Hosting;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Tests.Hosting;

/// <summary>
/// What the emit host's tests share: a throwaway project folder per test (its output is
/// <c>deploy/</c> inside it), definitions made from a lambda, and a small object to emit.
/// </summary>
public abstract class HostTestBase
{
    protected string Project { get; private set; } = null!;

    protected string Output { get; private set; } = null!;

    [SetUp]
    public void CreateFolders()
    {
        Project = Path.Combine(Path.GetTempPath(), "mesh-host-" + Guid.NewGuid().ToString("N")[..8]);
        Output = Path.Combine(Project, "deploy");
        Directory.CreateDirectory(Project);
    }

    [TearDown]
    public void RemoveFolders() => Directory.Delete(Project, recursive: true);

    private sealed class Delegating(Func<ManifestContext, IEnumerable<KubernetesObject>> build) : ManifestDefinition
    {
        public override IEnumerable<KubernetesObject> Build(ManifestContext context) => build(context);
    }

    /// <summary>A definition named <paramref name="name"/>, declared at /src/Defs.cs line 7, that runs <paramref name="build"/>.</summary>
    protected static DefinitionEntry Entry(string name, Func<ManifestContext, IEnumerable<KubernetesObject>> build) =>
        new(name, "Tests." + name, "/src/Defs.cs", 7, () => new Delegating(build));

    /// <summary>A ConfigMap with one key, <c>k</c>, set to <paramref name="value"/>.</summary>
    protected static ConfigMap Map(string name, string value = "v") =>
        new() { Metadata = new() { Name = name }, Data = { ["k"] = value } };
}
