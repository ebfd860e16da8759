using Mesh.Sdk.EndToEnd.Tests.Infrastructure;

namespace Mesh.Sdk.EndToEnd.Tests;

/// <summary>Every sample builds from the repository and its committed YAML is exactly what the build produces.</summary>
[NonParallelizable]
public sealed class SampleTests
{
    private static IEnumerable<string> Samples() =>
        Directory.EnumerateFiles(Path.Combine(Repo.Root, "samples"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Repo.Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [Test]
    public void There_are_samples() => Assert.That(Samples(), Is.Not.Empty);

    [TestCaseSource(nameof(Samples))]
    public void Sample_builds_and_its_committed_manifests_are_current(string project)
    {
        var result = Dotnet.Run(Repo.Root, null, "build", project, "-tl:off", "-nodeReuse:false", "-p:MeshVerifyManifests=true");

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(result.Output, Does.Match(@"Mesh\.Sdk: \d+ manifests? \(\d+ files?\) in deploy/ are up to date"), result.ToString());
    }
}
