using Mesh.Sdk.EndToEnd.Tests.Infrastructure;

namespace Mesh.Sdk.EndToEnd.Tests;

/// <summary>
/// Bring-your-own CRDs with the packed package: a consumer outside the repository adds
/// &lt;MeshCrd Include="crds/*.yaml" /&gt;, uses the generated kind in a definition, and gets
/// the same YAML as the repository's CustomResources sample.
/// </summary>
[NonParallelizable]
public sealed class CrdImportTests
{
    [TestCase(ReferenceStyle.PackageReference)]
    [TestCase(ReferenceStyle.Sdk)]
    public void A_packed_consumer_generates_types_from_its_crds_and_writes_them(ReferenceStyle style)
    {
        var sample = Path.Combine(Repo.Root, "samples", "CustomResources");
        var project = ConsumerProject.Create("Crds" + style, style);
        var csproj = Path.Combine(project.Directory, project.Name + ".csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace(
            "</Project>", "  <ItemGroup><MeshCrd Include=\"crds/*.yaml\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));
        project.WriteSource("crds/backupschedules.yaml", File.ReadAllText(Path.Combine(sample, "crds", "backupschedules.yaml")));
        project.WriteSource("Backups.cs", File.ReadAllText(Path.Combine(sample, "Backups.cs")));

        var result = project.Build();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        var expected = File.ReadAllText(Path.Combine(sample, "deploy", "backups.yaml"))
            .Replace("project 'CustomResources'", $"project '{project.Name}'", StringComparison.Ordinal);
        Assert.That(project.ReadManifest("backups.yaml"), Is.EqualTo(expected));
    }

    [Test]
    public void A_broken_crd_is_reported_on_its_file_and_nothing_is_written()
    {
        var project = ConsumerProject.Create("BrokenCrd", ReferenceStyle.PackageReference);
        var csproj = Path.Combine(project.Directory, project.Name + ".csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace(
            "</Project>", "  <ItemGroup><MeshCrd Include=\"crds/*.yaml\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));
        project.WriteSource("crds/broken.yaml", "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec: [unclosed\n");
        project.WriteSource("Web.cs", Sources.WebWith());

        var result = project.Build();

        Assert.That(result.Succeeded, Is.False, result.ToString());
        Assert.That(result.DiagnosticLines("MESH2010"), Has.Some.StartsWith(Path.Combine(project.Directory, "crds", "broken.yaml") + "("), result.ToString());
        Assert.That(result.Output, Does.Not.Contain("CS8785"), "never a generator crash");
        Assert.That(Directory.Exists(project.DeployDirectory), Is.False);
    }
}
