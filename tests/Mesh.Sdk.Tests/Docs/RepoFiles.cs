namespace Mesh.Sdk.Tests.Docs;

/// <summary>Files of the repository the docs tests read (found from the test assembly's folder up to Mesh.Sdk.sln).</summary>
internal static class RepoFiles
{
    public static readonly string Root = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string RulePage(string id) => Path("docs", "rules", id + ".md");

    /// <summary>The text with '\n' line ends, so tests read the same on every checkout.</summary>
    public static string Read(params string[] parts) => File.ReadAllText(Path(parts)).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Mesh.Sdk.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Mesh.Sdk.sln not found");
    }
}
