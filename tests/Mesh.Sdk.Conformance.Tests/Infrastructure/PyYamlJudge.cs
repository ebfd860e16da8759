using System.Text.Json;

namespace Mesh.Sdk.Conformance.Tests.Infrastructure;

/// <summary>A value as PyYAML loaded it: a Python str, dict, list, or anything else (by type name and repr).</summary>
internal abstract record PyValue
{
    public static PyValue From(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => new PyStr(e.GetString()!),
        JsonValueKind.Object when e.TryGetProperty("$map", out var m) =>
            new PyMap(m.EnumerateArray().Select(kv => (From(kv[0]), From(kv[1]))).ToList()),
        JsonValueKind.Object when e.TryGetProperty("$seq", out var s) =>
            new PySeq(s.EnumerateArray().Select(From).ToList()),
        JsonValueKind.Object => new PyOther(e.GetProperty("$type").GetString()!, e.GetProperty("$repr").GetString()!),
        _ => throw new FormatException($"unexpected JSON {e.ValueKind}"),
    };

    /// <summary>The value of a str key in a map, or null when absent.</summary>
    public PyValue? this[string key] =>
        this is PyMap map ? map.Entries.FirstOrDefault(kv => kv.Key is PyStr s && s.Value == key).Value : null;
}

internal sealed record PyStr(string Value) : PyValue
{
    public override string ToString() => $"str {Escaping.Show(Value)}";
}

internal sealed record PyMap(List<(PyValue Key, PyValue Value)> Entries) : PyValue
{
    public override string ToString() => "{" + string.Join(", ", Entries.Select(kv => $"{kv.Key}: {kv.Value}")) + "}";
}

internal sealed record PySeq(List<PyValue> Items) : PyValue
{
    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}

internal sealed record PyOther(string Type, string Repr) : PyValue
{
    public override string ToString() => $"{Type} {Repr}";
}

/// <summary>What <c>yaml11/load.py</c> returned for one file: the documents per loader, or PyYAML's error.</summary>
internal sealed record PyYamlResult(
    string File, string? PyYamlVersion, IReadOnlyDictionary<string, IReadOnlyList<PyValue>?> Loaders, string? Error, ProcessResult Process);

/// <summary>Runs Debian's PyYAML (YAML 1.1, /usr/bin/python3) on files: <c>yaml11/load.py FILE...</c>.</summary>
internal static class PyYamlJudge
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private static readonly Lazy<string> Python = new(FindPython);

    public static PyYamlResult Load(string file) => LoadMany([file])[Path.GetFullPath(file)];

    /// <summary>Loads every file in one python process; the results are keyed by full path.</summary>
    public static IReadOnlyDictionary<string, PyYamlResult> LoadMany(IReadOnlyList<string> files)
    {
        var python = Python.Value;
        var args = new List<string> { Path.Combine(RepoPaths.Yaml11Dir, "load.py") };
        args.AddRange(files.Select(Path.GetFullPath));
        var result = ExternalProcess.Run(python, args, RepoPaths.Yaml11Dir, Timeout);
        if (result.ExitCode is not (0 or 1))
            Assert.Fail($"The PyYAML judge did not run.\n{result.Describe()}");

        var results = new Dictionary<string, PyYamlResult>(StringComparer.Ordinal);
        foreach (var line in result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var file = root.GetProperty("file").GetString()!;
                var version = root.GetProperty("pyyaml").GetString();
                if (root.TryGetProperty("error", out var error))
                {
                    results[file] = new PyYamlResult(file, version, new Dictionary<string, IReadOnlyList<PyValue>?>(),
                        $"{root.GetProperty("loader").GetString()}: {error.GetString()}", result);
                    continue;
                }
                var loaders = new Dictionary<string, IReadOnlyList<PyValue>?>();
                foreach (var p in root.GetProperty("loaders").EnumerateObject())
                    loaders[p.Name] = p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.EnumerateArray().Select(PyValue.From).ToList();
                results[file] = new PyYamlResult(file, version, loaders, null, result);
            }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                Assert.Fail($"The PyYAML judge printed a line that is not a result ({e.Message}): {line}\n{result.Describe()}");
            }
        }
        var missing = args.Skip(1).Where(f => !results.ContainsKey(f)).ToList();
        if (missing.Count > 0)
            Assert.Fail($"The PyYAML judge printed no result for {string.Join(", ", missing)}.\n{result.Describe()}");
        return results;
    }

    private static string FindPython()
    {
        // Debian's python3-yaml installs for the system interpreter, /usr/bin/python3.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var workingDirectory = RepoPaths.Yaml11Dir;
        ProcessResult probe;
        try
        {
            probe = ExternalProcess.Run(python, ["-c", "import yaml, sys; print(yaml.__version__)"], workingDirectory, Timeout);
        }
        catch (InvalidOperationException e)
        {
            Assert.Fail($"python3 is not available ({e.Message}). The YAML 1.1 round-trip tests need Debian's python3-yaml: " +
                        "run eng/install-test-tools.sh as root, or 'apt-get update && apt-get install -y python3-yaml'.");
            throw;
        }
        if (probe.ExitCode != 0)
            Assert.Fail($"{python} cannot 'import yaml'. The YAML 1.1 round-trip tests need Debian's python3-yaml: " +
                        $"run eng/install-test-tools.sh as root, or 'apt-get update && apt-get install -y python3-yaml'.\n{probe.Describe()}");
        return python;
    }
}
