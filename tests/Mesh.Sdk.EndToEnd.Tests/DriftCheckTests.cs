using Mesh.Sdk.EndToEnd.Tests.Infrastructure;

namespace Mesh.Sdk.EndToEnd.Tests;

/// <summary>MeshVerifyManifests=true: CI fails when committed manifests differ from the build, and names the files.</summary>
[NonParallelizable]
public sealed class DriftCheckTests
{
    private ConsumerProject _project = null!;

    [SetUp]
    public void BuildOnce()
    {
        _project = ConsumerProject.Create("Drift", ReferenceStyle.PackageReference);
        _project.WriteSource("Web.cs", Sources.WebWith());
        var result = _project.Build();
        Assert.That(result.Succeeded, Is.True, result.ToString());
    }

    [Test]
    public void Up_to_date_manifests_pass()
    {
        var result = _project.Build("-p:MeshVerifyManifests=true");

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(result.Output, Does.Contain("Mesh.Sdk: 2 manifests (1 file) in deploy/ are up to date"));
    }

    [Test]
    public void An_edited_manifest_fails_and_is_not_rewritten()
    {
        var path = Path.Combine(_project.DeployDirectory, "web.yaml");
        var edited = File.ReadAllText(path).Replace("replicas: 2", "replicas: 5", StringComparison.Ordinal);
        File.WriteAllText(path, edited);

        var result = _project.Build("-p:MeshVerifyManifests=true");

        Assert.That(result.Succeeded, Is.False, result.ToString());
        Assert.That(result.DiagnosticLines("MESH2003"), Has.Some.Contains("deploy/web.yaml differs from what the build produces"), result.ToString());
        Assert.That(File.ReadAllText(path), Is.EqualTo(edited), "verify mode writes nothing");
    }

    [Test]
    public void Missing_and_stale_manifests_fail()
    {
        _project.WriteSource("Web.cs", Sources.WebWith().Replace("[Manifest(\"web\")]", "[Manifest(\"frontend\")]", StringComparison.Ordinal));

        var result = _project.Build("-p:MeshVerifyManifests=true");

        Assert.That(result.Succeeded, Is.False, result.ToString());
        Assert.That(result.DiagnosticLines("MESH2003"), Has.Some.Contains("deploy/frontend.yaml is missing"), result.ToString());
        Assert.That(result.DiagnosticLines("MESH2003"), Has.Some.Contains("deploy/web.yaml is no longer produced by any definition"), result.ToString());
    }

    [Test]
    public void A_renamed_definition_replaces_its_old_file_and_keeps_hand_written_yaml()
    {
        File.WriteAllText(Path.Combine(_project.DeployDirectory, "extra.yaml"), "# mine\n");
        _project.WriteSource("Web.cs", Sources.WebWith().Replace("[Manifest(\"web\")]", "[Manifest(\"frontend\")]", StringComparison.Ordinal));

        var result = _project.Build();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(result.Output, Does.Contain("(1 written, 0 unchanged, 1 removed)"));
        Assert.That(Directory.GetFiles(_project.DeployDirectory).Select(Path.GetFileName), Is.EquivalentTo(new[] { "frontend.yaml", "extra.yaml" }));
    }
}
