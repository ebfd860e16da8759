using Mesh.Sdk.Emit;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Mesh.Sdk.Tasks;

/// <summary>
/// <c>dotnet clean</c>: deletes the manifests this project wrote to its output folder, found
/// by their generated-file header. Files without it (hand-written YAML, another project's
/// manifests) are left alone. Sub-folders (environments) left empty are removed.
/// </summary>
public sealed class MeshCleanManifests : Microsoft.Build.Utilities.Task
{
    /// <summary>The folder Mesh.Sdk owns.</summary>
    [Required]
    public string OutputPath { get; set; } = "";

    /// <summary>The project whose files to remove.</summary>
    [Required]
    public string ProjectName { get; set; } = "";

    /// <summary>The files removed.</summary>
    [Output]
    public ITaskItem[] Removed { get; private set; } = [];

    public override bool Execute()
    {
        if (!Directory.Exists(OutputPath)) return true;
        var removed = new List<ITaskItem>();
        foreach (var path in Directory.EnumerateFiles(OutputPath, "*.yaml", SearchOption.AllDirectories))
        {
            if (!GeneratedFileMarker.IsOwnedBy(path, ProjectName)) continue;
            File.Delete(path);
            removed.Add(new TaskItem(path));
        }
        EmptyFolders.RemoveAfterDeleting(OutputPath, removed.Select(r => r.ItemSpec));
        Removed = removed.ToArray();
        if (removed.Count > 0)
            Log.LogMessage(MessageImportance.High, $"Mesh.Sdk: removed {removed.Count} manifest file{(removed.Count == 1 ? "" : "s")} from {OutputPath}");
        return true;
    }
}
