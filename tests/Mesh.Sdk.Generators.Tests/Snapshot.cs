using System.Runtime.CompilerServices;

namespace Mesh.Sdk.Generators.Tests;

/// <summary>
/// Compares text with a committed file, <c>Snapshots/&lt;name&gt;.g.cs.txt</c> next to the tests.
/// Set <c>MESH_UPDATE_SNAPSHOTS=1</c> to rewrite the files instead, then review the diff.
/// A missing snapshot fails (so a new test cannot pass without its reviewed file).
/// </summary>
internal static class Snapshot
{
    public const string UpdateVariable = "MESH_UPDATE_SNAPSHOTS";

    public static void Match(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots", name + ".g.cs.txt");
        var normalized = Normalize(actual);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalized);
            return;
        }

        Assert.That(File.Exists(path), Is.True, $"missing snapshot {path}; run the tests with {UpdateVariable}=1 to write it, then review it");
        Assert.That(normalized, Is.EqualTo(Normalize(File.ReadAllText(path))),
            $"{path} differs from the generated text; if the change is intended, run the tests with {UpdateVariable}=1 and review the diff");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
