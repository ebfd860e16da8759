namespace Mesh.Sdk.Conformance.Tests.Infrastructure;

/// <summary>Locations in the repository, found by walking up to <c>Mesh.Sdk.sln</c>.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding <c>Mesh.Sdk.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>This test project's folder (its judges live in <c>schema/</c> and <c>yaml11/</c>).</summary>
    public static string ProjectDir => Path.Combine(Root, "tests", "Mesh.Sdk.Conformance.Tests");

    public static string SchemaDir => Path.Combine(ProjectDir, "schema");

    public static string Yaml11Dir => Path.Combine(ProjectDir, "yaml11");

    private static string FindRoot()
    {
        var projectDir = typeof(RepoPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ConformanceProjectDir")?.Value;
        foreach (var start in new[] { projectDir, AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            if (string.IsNullOrEmpty(start) || !Directory.Exists(start)) continue;
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Mesh.Sdk.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException(
            $"Could not find Mesh.Sdk.sln above '{AppContext.BaseDirectory}' or '{Directory.GetCurrentDirectory()}'.");
    }

    /// <summary>
    /// Every emitted manifest the schema judge checks: <c>samples/*/deploy/**/*.yaml</c> and
    /// <c>tests/**/Fixtures/**/deploy/**/*.yaml</c> (build output folders excluded), sorted.
    /// </summary>
    public static IReadOnlyList<string> ManifestFiles()
    {
        var files = new List<string>();
        var samples = Path.Combine(Root, "samples");
        if (Directory.Exists(samples))
        {
            foreach (var sample in Directory.EnumerateDirectories(samples))
            {
                var deploy = Path.Combine(sample, "deploy");
                if (Directory.Exists(deploy)) files.AddRange(YamlUnder(deploy));
            }
        }
        var tests = Path.Combine(Root, "tests");
        if (Directory.Exists(tests))
        {
            foreach (var deploy in Directory.EnumerateDirectories(tests, "deploy", SearchOption.AllDirectories))
            {
                var rel = Path.GetRelativePath(tests, deploy).Replace('\\', '/');
                var segments = rel.Split('/');
                if (!segments.Contains("Fixtures")) continue;
                if (segments.Any(s => s is "bin" or "obj" or "node_modules")) continue;
                files.AddRange(YamlUnder(deploy));
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static IEnumerable<string> YamlUnder(string dir) =>
        Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(dir, "*.yml", SearchOption.AllDirectories));

    /// <summary>A path relative to the repository root, with '/' separators, for messages and test names.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
