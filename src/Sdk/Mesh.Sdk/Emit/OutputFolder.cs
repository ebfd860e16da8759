using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Emit;

/// <summary>
/// The folder Mesh.Sdk owns for a project. Compares what the build produces with what is on
/// disk, then either reports drift or applies the difference atomically: new content goes to
/// temporary files beside the targets and is renamed over them only when every file was
/// staged, unchanged files are not touched (their timestamps stay), and files this project
/// wrote before that no definition produces any more are removed. Files without this
/// project's generated-file header are never touched; a sub-folder (an environment's) that
/// removing them leaves empty is removed too.
/// </summary>
internal sealed class OutputFolder(string root, string project)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>What would change.</summary>
    public OutputPlan Plan(IReadOnlyList<ManifestFile> files)
    {
        var writes = new List<ManifestFile>();
        var unchanged = new List<ManifestFile>();
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in files)
        {
            var path = FullPath(f);
            expected.Add(path);
            if (File.Exists(path) && ContentEquals(path, f.Content)) unchanged.Add(f);
            else writes.Add(f);
        }

        var stale = new List<string>();
        if (Directory.Exists(Root))
        {
            foreach (var path in Directory.EnumerateFiles(Root, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (!expected.Contains(Path.GetFullPath(path)) && GeneratedFileMarker.IsOwnedBy(path, project))
                    stale.Add(path);
            }
        }
        return new OutputPlan(writes, unchanged, stale);
    }

    /// <summary>Applies a plan. On failure nothing is renamed into place and temporary files are removed.</summary>
    public void Apply(OutputPlan plan)
    {
        var staged = new List<(string Temp, string Target)>();
        try
        {
            foreach (var f in plan.Writes)
            {
                var target = FullPath(f);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var temp = target + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp-mesh";
                // Listed before it is written: a failed write leaves no temporary file behind.
                staged.Add((temp, target));
                // Unbuffered: each segment goes to the file in one write.
                using var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
                f.Content.WriteTo(stream);
            }
        }
        catch
        {
            foreach (var (temp, _) in staged) TryDelete(temp);
            throw;
        }

        // Every file is staged: each rename is atomic on its own.
        foreach (var (temp, target) in staged) File.Move(temp, target, overwrite: true);
        foreach (var path in plan.Stale) File.Delete(path);
        // An environment no longer configured leaves no empty folder behind.
        EmptyFolders.RemoveAfterDeleting(Root, plan.Stale);
    }

    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    private string FullPath(ManifestFile f) => Path.GetFullPath(Path.Combine(Root, f.RelativePath));

    private static bool ContentEquals(string path, Utf8Buffer expected)
    {
        var info = new FileInfo(path);
        if (info.Length != expected.Length) return false;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        return expected.ContentEquals(stream);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The difference between what the build produces and the output folder.</summary>
internal sealed record OutputPlan(IReadOnlyList<ManifestFile> Writes, IReadOnlyList<ManifestFile> Unchanged, IReadOnlyList<string> Stale)
{
    public bool IsUpToDate => Writes.Count == 0 && Stale.Count == 0;
}
