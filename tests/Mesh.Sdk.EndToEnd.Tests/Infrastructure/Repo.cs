namespace Mesh.Sdk.EndToEnd.Tests.Infrastructure;

internal static class Repo
{
    /// <summary>The repository root: the folder holding Mesh.Sdk.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mesh.Sdk.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Mesh.Sdk.sln not found above " + AppContext.BaseDirectory);
    }

    private static readonly System.Collections.Concurrent.ConcurrentBag<string> Created = [];

    /// <summary>Every temporary directory this run created.</summary>
    public static IEnumerable<string> CreatedDirectories => Created;

    public static string TempDirectory(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "mesh-sdk-e2e", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        Created.Add(path);
        return path;
    }
}
