using Mesh.Sdk.EndToEnd.Tests.Infrastructure;

namespace Mesh.Sdk.EndToEnd.Tests;

/// <summary>
/// The packed Mesh.Sdk in fresh projects outside the repository, referenced both ways a user
/// can: the YAML is written by `dotnet build`, the step is incremental, and clean removes it.
/// </summary>
[TestFixture(ReferenceStyle.Sdk)]
[TestFixture(ReferenceStyle.PackageReference)]
[NonParallelizable]
public sealed class ConsumerTests(ReferenceStyle style)
{
    private ConsumerProject _project = null!;

    [OneTimeSetUp]
    public void CreateProject()
    {
        _project = ConsumerProject.Create("Consumer" + style, style);
        _project.WriteSource("Web.cs", Sources.WebWith());
    }

    [Test, Order(1)]
    public void Build_writes_the_manifest_of_each_definition()
    {
        var result = _project.Build();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(result.Output, Does.Contain("Mesh.Sdk: 2 manifests (1 file) -> deploy/ (1 written, 0 unchanged, 0 removed)"));
        Assert.That(_project.ReadManifest("web.yaml"), Is.EqualTo(Sources.WebManifest.Replace("PROJECT", _project.Name, StringComparison.Ordinal)));
        Assert.That(JitProfiles(), Has.Length.EqualTo(1), "the emit keeps its JIT profile in obj/ for the next emit");
    }

    private string[] JitProfiles() =>
        Directory.GetFiles(Path.Combine(_project.Directory, "obj"), "mesh.emit.jitprofile", SearchOption.AllDirectories);

    [Test, Order(2)]
    public void A_second_build_without_changes_skips_the_emit_step_and_leaves_files_untouched()
    {
        var before = _project.SnapshotDeploy();
        Thread.Sleep(1100); // file systems with 1 s timestamp resolution

        var result = _project.Build("-v:n");

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(result.Output, Does.Contain("Skipping target \"_MeshWriteManifests\" because all output files are up-to-date"));
        Assert.That(result.Output, Does.Not.Contain("Mesh.Sdk: 2 manifests"));
        Assert.That(_project.SnapshotDeploy(), Is.EqualTo(before));
    }

    [Test, Order(3)]
    public void A_code_change_that_keeps_the_yaml_rewrites_nothing()
    {
        // This emit replays the first one's JIT profile: timing may change, the output may not.
        Assert.That(JitProfiles(), Has.Length.EqualTo(1));
        var before = _project.SnapshotDeploy();
        _project.WriteSource("Helper.cs", "namespace Consumer; internal static class Helper { public const int Unused = 1; }");
        Thread.Sleep(1100);

        var result = _project.Build();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(result.Output, Does.Contain("(0 written, 1 unchanged, 0 removed)"));
        Assert.That(_project.SnapshotDeploy(), Is.EqualTo(before));
    }

    [Test, Order(4)]
    public void Clean_removes_the_generated_manifests_and_nothing_else()
    {
        File.WriteAllText(Path.Combine(_project.DeployDirectory, "hand-written.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n");

        var result = _project.Clean();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(File.Exists(Path.Combine(_project.DeployDirectory, "web.yaml")), Is.False);
        Assert.That(File.Exists(Path.Combine(_project.DeployDirectory, "hand-written.yaml")), Is.True);
        Assert.That(JitProfiles(), Is.Empty, "clean removes the emit's JIT profile");

        var rebuild = _project.Build();
        Assert.That(rebuild.Succeeded, Is.True, rebuild.ToString());
        Assert.That(File.Exists(Path.Combine(_project.DeployDirectory, "web.yaml")), Is.True, "the build after clean writes the manifests again");
    }
}
