using System.Text.RegularExpressions;
using Mesh.Sdk.EndToEnd.Tests.Infrastructure;

namespace Mesh.Sdk.EndToEnd.Tests;

/// <summary>
/// Every sample builds from the repository, its committed YAML is exactly what the build produces,
/// and it shows exactly the MESH warnings that samples/README.md ("Diagnostics the samples show")
/// lists for it, each at a file of the sample.
/// </summary>
[NonParallelizable]
public sealed partial class SampleTests
{
    private const string DiagnosticsSection = "## Diagnostics the samples show";

    private static readonly Dictionary<string, CommandResult> Builds = new(StringComparer.Ordinal);

    private static IEnumerable<string> Samples() =>
        Directory.EnumerateFiles(Path.Combine(Repo.Root, "samples"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Repo.Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [Test]
    public void There_are_samples() => Assert.That(Samples(), Is.Not.Empty);

    [TestCase("""
        ## Diagnostics the samples show

        | Sample | Warnings at build | Why |
        |---|---|---|
        | [Alpha](Alpha) | none | |
        | [Beta](Beta) | `MESH016`, `MESH017` | legacy |

        ## Next
        | [Gamma](Gamma) | `MESH010` | outside the section |
        """)]
    public void The_README_table_reads_as_one_id_set_per_sample(string readme)
    {
        var table = ExpectedWarnings(readme);

        Assert.That(table.Keys, Is.EquivalentTo(new[] { "Alpha", "Beta" }));
        Assert.That(table["Alpha"], Is.Empty);
        Assert.That(table["Beta"], Is.EquivalentTo(new[] { "MESH016", "MESH017" }));
    }

    [Test]
    public void The_README_lists_every_sample_once()
    {
        var names = Samples().Select(p => Path.GetFileName(Path.GetDirectoryName(p))!).ToList();

        Assert.That(ExpectedWarnings(ReadMe()).Keys, Is.EquivalentTo(names));
    }

    [TestCaseSource(nameof(Samples))]
    public void Sample_builds_and_its_committed_manifests_are_current(string project)
    {
        var result = Build(project);

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(result.Output, Does.Match(@"Mesh\.Sdk: \d+ manifests? \(\d+ files?\) in deploy/ are up to date"), result.ToString());
    }

    [TestCaseSource(nameof(Samples))]
    public void Sample_shows_exactly_the_warnings_the_samples_README_lists(string project)
    {
        var name = Path.GetFileName(Path.GetDirectoryName(project))!;
        Assert.That(ExpectedWarnings(ReadMe()).TryGetValue(name, out var expected), Is.True, $"samples/README.md has no row for {name}");

        var result = Build(project);
        var warnings = Warnings(result.Output);

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(warnings.Select(w => w.Id).Distinct(), Is.EquivalentTo(expected!), result.ToString());
        var sampleDirectory = Path.GetFullPath(Path.Combine(Repo.Root, Path.GetDirectoryName(project)!)) + Path.DirectorySeparatorChar;
        Assert.That(warnings.Where(w => w.File is null || !Path.GetFullPath(w.File).StartsWith(sampleDirectory, StringComparison.Ordinal)),
            Is.Empty, $"every warning points at a file of the sample ({sampleDirectory})");
    }

    [Test]
    public void A_warning_line_gives_its_id_and_file_and_one_without_a_location_gives_no_file()
    {
        var warnings = Warnings("""
              /r/samples/A/A.cs(70,15): warning MESH016: Sidecar preStop ... [/r/samples/A/A.csproj]
            CSC : warning MESH2003: something [/r/samples/A/A.csproj]
            /r/samples/A/A.cs(12,9): error CS1002: ; expected
            """);

        Assert.That(warnings, Is.EqualTo(new[] { new Warning("MESH016", "/r/samples/A/A.cs"), new Warning("MESH2003", null) }));
    }

    /// <summary>
    /// Builds a sample once per run, with the manifests verified, not written. Its compiled assembly
    /// is removed first so the compiler runs: an up-to-date compile prints no analyzer warnings, and
    /// the emit step leaves out the findings the compiler already reported.
    /// </summary>
    private static CommandResult Build(string project)
    {
        if (Builds.TryGetValue(project, out var cached)) return cached;
        var directory = Path.Combine(Repo.Root, Path.GetDirectoryName(project)!);
        var obj = Path.Combine(directory, "obj");
        if (Directory.Exists(obj))
        {
            var assembly = Path.GetFileNameWithoutExtension(project) + ".dll";
            foreach (var file in Directory.EnumerateFiles(obj, assembly, SearchOption.AllDirectories)) File.Delete(file);
        }
        var result = Dotnet.Run(Repo.Root, null, "build", project, "-tl:off", "-nodeReuse:false", "-p:MeshVerifyManifests=true");
        Builds[project] = result;
        return result;
    }

    private static string ReadMe() => File.ReadAllText(Path.Combine(Repo.Root, "samples", "README.md"));

    /// <summary>
    /// The table of the README's "Diagnostics the samples show" section: sample name (first cell,
    /// link text) → the MESH ids in the second cell ("none" = no id).
    /// </summary>
    private static Dictionary<string, IReadOnlyList<string>> ExpectedWarnings(string readme)
    {
        var lines = readme.Replace("\r\n", "\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim() == DiagnosticsSection);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"samples/README.md has no '{DiagnosticsSection}' section");

        var table = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (!line.TrimStart().StartsWith('|') || cells.Length < 2) continue;
            var name = LinkText().Match(cells[0]) is { Success: true } m ? m.Groups[1].Value : cells[0];
            if (name is "Sample" || name.StartsWith("---", StringComparison.Ordinal)) continue;
            Assert.That(table.TryAdd(name, MeshId().Matches(cells[1]).Select(x => x.Value).ToList()), Is.True, $"{name} is listed twice");
        }
        return table;
    }

    /// <summary>The MESH warnings of a build's output, each with the file it points at (null when it has no location).</summary>
    private static IReadOnlyList<Warning> Warnings(string output) =>
        output.Split('\n')
            .Select(l => WarningLine().Match(l.Trim()))
            .Where(m => m.Success)
            .Select(m => new Warning(m.Groups["id"].Value, m.Groups["file"].Success ? m.Groups["file"].Value : null))
            .Distinct()
            .ToList();

    private sealed record Warning(string Id, string? File);

    [GeneratedRegex(@"^(?:(?<file>.+?)\(\d+,\d+(?:,\d+,\d+)?\)|.*?)\s*:\s*warning (?<id>MESH\d+):")]
    private static partial Regex WarningLine();

    [GeneratedRegex(@"\bMESH\d+\b")]
    private static partial Regex MeshId();

    [GeneratedRegex(@"^\[([^\]]+)\]")]
    private static partial Regex LinkText();
}
