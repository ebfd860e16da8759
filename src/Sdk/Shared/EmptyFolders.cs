// Shared source: compiled into Mesh.Sdk (stale-file removal) and Mesh.Sdk.Tasks (dotnet clean).
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Mesh.Sdk.Emit
{
    /// <summary>
    /// After manifests were deleted from the output folder: the folders they were in (an
    /// environment's <c>deploy/prod/</c>) are removed when nothing is left in them, up to but never
    /// including the output folder itself. A folder that still holds anything (a hand-written file)
    /// stays.
    /// </summary>
    internal static class EmptyFolders
    {
        public static void RemoveAfterDeleting(string root, IEnumerable<string> deletedFiles)
        {
            var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
            var folders = deletedFiles
                .Select(f => Path.GetDirectoryName(Path.GetFullPath(f)))
                .Where(d => d is not null)
                .Select(d => d!)
                .Distinct(StringComparer.Ordinal)
                .OrderByDescending(d => d.Length);
            foreach (var start in folders)
            {
                var folder = start;
                while (IsBelow(folder, top))
                {
                    try
                    {
                        if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any()) break;
                        Directory.Delete(folder);
                    }
                    catch (IOException)
                    {
                        break;
                    }
                    catch (UnauthorizedAccessException)
                    {
                        break;
                    }
                    folder = Path.GetDirectoryName(folder)!;
                }
            }
        }

        private static bool IsBelow(string folder, string top) =>
            folder.Length > top.Length + 1
            && folder.StartsWith(top, StringComparison.Ordinal)
            && (folder[top.Length] == Path.DirectorySeparatorChar || folder[top.Length] == Path.AltDirectorySeparatorChar);
    }
}
