using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.Tasks;

/// <summary>One diagnostic the emit step reported, as it goes into the SARIF log.</summary>
internal sealed record EmitDiagnostic(string Severity, string Id, string File, int Line, int Column, string HelpUri, string Message);

/// <summary>
/// The compiler's SARIF log (<c>ErrorLog</c>): read to drop build-time findings an analyzer already
/// reported at the same id, file and line, and extended with one more run, for the tool
/// "Mesh.Sdk", holding the build-time findings. A log the compiler wrote as SARIF 2.1.0
/// (<c>ErrorLog=file,version=2.1</c>) gets a 2.1.0 run; the compiler's default, SARIF 1.0.0,
/// gets a run of that version, so the file stays valid against its own schema.
/// </summary>
internal static class CompilerErrorLog
{
    public const string ToolName = "Mesh.Sdk";
    private const string InformationUri = "https://github.com/mesh-sdk/Mesh.Sdk";

    /// <summary>The path and SARIF version of an <c>ErrorLog</c> value such as <c>out.sarif,version=2.1</c>.</summary>
    public static (string Path, bool Version2) Parse(string errorLog, string projectDirectory)
    {
        var parts = errorLog.Split(',');
        var version2 = parts.Skip(1).Any(p =>
        {
            var kv = p.Split('=');
            return kv.Length == 2 && kv[0].Trim().Equals("version", StringComparison.OrdinalIgnoreCase) && kv[1].Trim().StartsWith('2');
        });
        return (System.IO.Path.GetFullPath(System.IO.Path.Combine(projectDirectory, parts[0].Trim())), version2);
    }

    /// <summary>
    /// Every (rule id, full file path, start line) the compiler's runs hold, results suppressed in
    /// source included (the same suppression applies to the build-time finding). Empty when the log
    /// is missing or not SARIF.
    /// </summary>
    public static HashSet<(string Id, string File, int Line)> CompilerResults(string path) => CompilerResults(Load(path));

    private static HashSet<(string Id, string File, int Line)> CompilerResults(JsonObject? root)
    {
        var found = new HashSet<(string, string, int)>(KeyComparer.Instance);
        if (root?["runs"] is not JsonArray runs) return found;
        foreach (var run in runs.OfType<JsonObject>())
        {
            if (IsMeshRun(run) || run["results"] is not JsonArray results) continue;
            foreach (var result in results.OfType<JsonObject>())
            {
                var id = result["ruleId"]?.GetValue<string>();
                if (id is null || result["locations"] is not JsonArray { Count: > 0 } locations) continue;
                var location = locations[0] as JsonObject;
                // SARIF 2.1: physicalLocation.artifactLocation.uri; SARIF 1.0: resultFile.uri.
                var physical = location?["physicalLocation"] as JsonObject ?? location?["resultFile"] as JsonObject;
                var uri = (physical?["artifactLocation"]?["uri"] ?? physical?["uri"])?.GetValue<string>();
                var line = physical?["region"]?["startLine"]?.GetValue<int>() ?? 0;
                var file = FilePath(uri);
                if (file is not null && line > 0) found.Add((id, file, line));
            }
        }
        return found;
    }

    /// <summary>
    /// Whether the compiler already reported <paramref name="d"/> (same id, file and line). Never for
    /// an error: the compiler would have failed the build before the emit step, so the emit step's
    /// error is always its own.
    /// </summary>
    public static bool AlreadyReported(HashSet<(string Id, string File, int Line)> compiler, EmitDiagnostic d) =>
        d.Severity != "error" && d.File.Length > 0 && d.Line > 0 && compiler.Contains((d.Id, SafeFullPath(d.File), d.Line));

    /// <summary>
    /// Adds (or replaces, when an earlier emit step added one) the Mesh.Sdk run, holding every
    /// finding of <paramref name="diagnostics"/> except the warnings and messages the compiler's runs
    /// in the same log already hold: the log holds each finding once, whether the compiler wrote it
    /// in this build or in an earlier one (a build that skips CoreCompile leaves it as it was, and
    /// the compiler's run in it is still that of the current sources). So the log of a build that
    /// skipped CoreCompile is the one the full build wrote. A missing file is created as SARIF
    /// <paramref name="version2"/>; a file that is not SARIF is left alone; a file whose content
    /// would not change is not rewritten.
    /// </summary>
    public static void AppendRun(string path, bool version2, IReadOnlyList<EmitDiagnostic> diagnostics, string toolVersion)
    {
        var existing = File.Exists(path);
        var root = existing ? Load(path) : NewLog(version2);
        if (root is null) return;
        if (root["runs"] is not JsonArray runs)
        {
            runs = [];
            root["runs"] = runs;
        }
        var compiler = CompilerResults(root);
        var logged = diagnostics.Where(d => !AlreadyReported(compiler, d)).ToList();
        var isVersion2 = (root["version"]?.GetValue<string>() ?? "").StartsWith('2');
        for (var i = runs.Count - 1; i >= 0; i--)
        {
            if (runs[i] is JsonObject run && IsMeshRun(run)) runs.RemoveAt(i);
        }
        runs.Add(isVersion2 ? Run2(logged, toolVersion) : Run1(logged, toolVersion));

        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        if (existing && ReadText(path) == text) return;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temp = path + ".mesh-tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }

    private static string? ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static JsonObject NewLog(bool version2) => version2
        ? new JsonObject { ["$schema"] = "http://json.schemastore.org/sarif-2.1.0", ["version"] = "2.1.0", ["runs"] = new JsonArray() }
        : new JsonObject { ["$schema"] = "http://json.schemastore.org/sarif-1.0.0", ["version"] = "1.0.0", ["runs"] = new JsonArray() };

    private static JsonObject Run2(IReadOnlyList<EmitDiagnostic> diagnostics, string toolVersion)
    {
        var ids = diagnostics.Select(d => d.Id).Distinct(StringComparer.Ordinal).ToList();
        var rules = new JsonArray();
        foreach (var id in ids)
        {
            var rule = Rule(id);
            var descriptor = new JsonObject { ["id"] = id };
            if (rule is not null)
            {
                descriptor["shortDescription"] = new JsonObject { ["text"] = rule.Title };
                descriptor["helpUri"] = rule.HelpUri;
                descriptor["defaultConfiguration"] = new JsonObject { ["level"] = Level(SeverityName(rule.Severity)) };
                descriptor["properties"] = new JsonObject { ["category"] = rule.Category };
            }
            else
            {
                descriptor["helpUri"] = diagnostics.First(d => d.Id == id).HelpUri;
            }
            rules.Add(descriptor);
        }

        var results = new JsonArray();
        foreach (var d in diagnostics)
        {
            var result = new JsonObject
            {
                ["ruleId"] = d.Id,
                ["ruleIndex"] = ids.IndexOf(d.Id),
                ["level"] = Level(d.Severity),
                ["message"] = new JsonObject { ["text"] = d.Message },
            };
            if (FileUri(d.File) is { } uri)
            {
                var region = new JsonObject { ["startLine"] = Math.Max(d.Line, 1) };
                if (d.Column > 0) region["startColumn"] = d.Column;
                result["locations"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["physicalLocation"] = new JsonObject
                        {
                            ["artifactLocation"] = new JsonObject { ["uri"] = uri },
                            ["region"] = region,
                        },
                    },
                };
            }
            results.Add(result);
        }

        return new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = ToolName,
                    ["version"] = toolVersion,
                    ["informationUri"] = InformationUri,
                    ["rules"] = rules,
                },
            },
            ["results"] = results,
            ["columnKind"] = "utf16CodeUnits",
        };
    }

    private static JsonObject Run1(IReadOnlyList<EmitDiagnostic> diagnostics, string toolVersion)
    {
        var results = new JsonArray();
        foreach (var d in diagnostics)
        {
            var result = new JsonObject
            {
                ["ruleId"] = d.Id,
                ["level"] = d.Severity == "info" ? "note" : d.Severity,
                ["message"] = d.Message,
            };
            if (FileUri(d.File) is { } uri)
            {
                var region = new JsonObject { ["startLine"] = Math.Max(d.Line, 1) };
                if (d.Column > 0) region["startColumn"] = d.Column;
                result["locations"] = new JsonArray { new JsonObject { ["resultFile"] = new JsonObject { ["uri"] = uri, ["region"] = region } } };
            }
            results.Add(result);
        }
        var rules = new JsonObject();
        foreach (var d in diagnostics.GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First()))
        {
            var rule = Rule(d.Id);
            var descriptor = new JsonObject { ["id"] = d.Id, ["helpUri"] = rule?.HelpUri ?? d.HelpUri };
            if (rule is not null)
            {
                descriptor["shortDescription"] = rule.Title;
                descriptor["defaultLevel"] = SeverityName(rule.Severity) == "info" ? "note" : SeverityName(rule.Severity);
                descriptor["properties"] = new JsonObject { ["category"] = rule.Category };
            }
            rules[d.Id] = descriptor;
        }
        return new JsonObject
        {
            ["tool"] = new JsonObject { ["name"] = ToolName, ["version"] = toolVersion, ["semanticVersion"] = toolVersion },
            ["results"] = results,
            ["rules"] = rules,
        };
    }

    private static MeshRule? Rule(string id) => MeshRules.All.FirstOrDefault(r => r.Id == id);

    private static string SeverityName(MeshSeverity s) => s switch
    {
        MeshSeverity.Error => "error",
        MeshSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>SARIF 2.1 levels: error, warning, note.</summary>
    private static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    };

    private static bool IsMeshRun(JsonObject run) =>
        (run["tool"]?["driver"]?["name"] ?? run["tool"]?["name"])?.GetValue<string>() == ToolName;

    private static JsonObject? Load(string path)
    {
        try
        {
            return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) as JsonObject : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? FileUri(string file)
    {
        if (string.IsNullOrEmpty(file)) return null;
        try
        {
            return new Uri(System.IO.Path.GetFullPath(file)).AbsoluteUri;
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static string? FilePath(string? uri)
    {
        if (string.IsNullOrEmpty(uri)) return null;
        try
        {
            return Uri.TryCreate(uri, UriKind.Absolute, out var u) && u.IsFile ? SafeFullPath(u.LocalPath) : SafeFullPath(uri);
        }
        catch (Exception e) when (e is UriFormatException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string SafeFullPath(string path)
    {
        try
        {
            return System.IO.Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    private sealed class KeyComparer : IEqualityComparer<(string Id, string File, int Line)>
    {
        public static readonly KeyComparer Instance = new();
        private static readonly StringComparer Paths = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        public bool Equals((string Id, string File, int Line) x, (string Id, string File, int Line) y) =>
            x.Line == y.Line && string.Equals(x.Id, y.Id, StringComparison.OrdinalIgnoreCase) && Paths.Equals(x.File, y.File);

        public int GetHashCode((string Id, string File, int Line) k) =>
            HashCode.Combine(k.Line, StringComparer.OrdinalIgnoreCase.GetHashCode(k.Id), Paths.GetHashCode(k.File));
    }
}
