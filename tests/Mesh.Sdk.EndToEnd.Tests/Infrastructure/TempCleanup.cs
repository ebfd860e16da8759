namespace Mesh.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>Removes this run's consumer projects and feed unless MESH_KEEP_E2E=1 (for debugging a failure).</summary>
[SetUpFixture]
public sealed class TempCleanup
{
    [OneTimeTearDown]
    public void RemoveTemporaryProjects()
    {
        if (Environment.GetEnvironmentVariable("MESH_KEEP_E2E") == "1") return;
        foreach (var dir in Repo.CreatedDirectories)
        {
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
