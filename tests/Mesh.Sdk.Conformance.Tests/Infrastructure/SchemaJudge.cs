using System.Text;
using System.Text.Json;

namespace Mesh.Sdk.Conformance.Tests.Infrastructure;

/// <summary>One line of <c>schema/validate.mjs</c>: the verdict on one YAML document.</summary>
/// <param name="Ok">True valid, false invalid, null skipped (no published schema for its apiVersion).</param>
internal sealed record SchemaVerdict(
    string File, int Index, string? ApiVersion, string? Kind, string? Name, bool? Ok, string? Error, string? Skipped, string? Schema)
{
    public string Describe() =>
        $"{RepoPathsOrSelf(File)} document #{Index} {ApiVersion ?? "?"}/{Kind ?? "?"} '{Name ?? "?"}'" +
        (Ok switch
        {
            true => $": valid ({Schema})",
            false => $": INVALID{(Schema is null ? "" : $" ({Schema})")}: {Error}",
            null => $": skipped ({Skipped})",
        });

    private static string RepoPathsOrSelf(string file)
    {
        try { return RepoPaths.Relative(file); } catch (InvalidOperationException) { return file; }
    }
}

/// <summary>Runs the npm schema judge, <c>node schema/validate.mjs FILE...</c>.</summary>
internal static class SchemaJudge
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Validates the files; returns one verdict per document and the raw process result.</summary>
    public static (IReadOnlyList<SchemaVerdict> Verdicts, ProcessResult Process) Validate(params string[] files)
    {
        EnsureInstalled();
        var args = new List<string> { Path.Combine(RepoPaths.SchemaDir, "validate.mjs") };
        args.AddRange(files.Select(Path.GetFullPath));
        var result = ExternalProcess.Run("node", args, RepoPaths.SchemaDir, Timeout);
        if (result.ExitCode is not (0 or 1))
            Assert.Fail($"The schema judge did not run.\n{result.Describe()}");

        var verdicts = new List<SchemaVerdict>();
        foreach (var line in result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                verdicts.Add(new SchemaVerdict(
                    File: r.GetProperty("file").GetString()!,
                    Index: r.GetProperty("index").GetInt32(),
                    ApiVersion: Str(r, "apiVersion"),
                    Kind: Str(r, "kind"),
                    Name: Str(r, "name"),
                    Ok: r.GetProperty("ok").ValueKind switch
                    {
                        JsonValueKind.True => true,
                        JsonValueKind.False => false,
                        JsonValueKind.Null => null,
                        var k => throw new FormatException($"'ok' is {k}"),
                    },
                    Error: Str(r, "error"),
                    Skipped: Str(r, "skipped"),
                    Schema: Str(r, "schema")));
            }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                Assert.Fail($"The schema judge printed a line that is not a verdict ({e.Message}): {line}\n{result.Describe()}");
            }
        }
        if (verdicts.Count == 0)
            Assert.Fail($"The schema judge printed no verdict.\n{result.Describe()}");
        var anyFailed = verdicts.Any(v => v.Ok == false);
        if (anyFailed != (result.ExitCode == 1))
            Assert.Fail($"The schema judge's exit code disagrees with its verdicts.\n{result.Describe()}");
        return (verdicts, result);
    }

    /// <summary>Asserts that every document of every file is valid; skipped documents make the test a warning.</summary>
    public static void AssertAllValid(IReadOnlyList<SchemaVerdict> verdicts, bool allowSkipped)
    {
        var failed = verdicts.Where(v => v.Ok == false).ToList();
        if (failed.Count > 0)
        {
            var sb = new StringBuilder();
            sb.AppendLine($"{failed.Count} of {verdicts.Count} document(s) do not validate against the published schemas:");
            foreach (var v in failed) sb.AppendLine("  " + v.Describe());
            Assert.Fail(sb.ToString());
        }
        var skipped = verdicts.Where(v => v.Ok is null).ToList();
        if (skipped.Count > 0)
        {
            var message = $"{skipped.Count} of {verdicts.Count} document(s) could not be checked:\n" +
                          string.Join("\n", skipped.Select(v => "  " + v.Describe()));
            if (allowSkipped) Assert.Warn(message);
            else Assert.Fail(message);
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static void EnsureInstalled()
    {
        var stamp = Path.Combine(RepoPaths.SchemaDir, "node_modules", ".mesh-sdk-conformance.stamp");
        if (!File.Exists(stamp))
            Assert.Fail($"The npm schema packages are not installed ('{stamp}' is missing). Building this test project " +
                        "runs eng/install-test-tools.sh, which installs them; run it by hand to see why it failed.");
    }
}
