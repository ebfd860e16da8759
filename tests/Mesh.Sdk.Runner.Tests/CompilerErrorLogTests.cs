using System.Text.Json;
using Mesh.Sdk.Tasks;

namespace Mesh.Sdk.Runner.Tests;

/// <summary>
/// The MeshEmit task and the compiler's SARIF log: what an analyzer already reported is not
/// reported again, and the log gets a valid "Mesh.Sdk" run in the log's own SARIF version.
/// </summary>
public sealed class CompilerErrorLogTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "mesh-sarif-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private string LogPath => Path.Combine(_dir, "out.sarif");

    private string Source => Path.Combine(_dir, "Web.cs");

    private string Uri => new Uri(Source).AbsoluteUri;

    private const string CompilerRun2 = """
        {
          "$schema": "http://json.schemastore.org/sarif-2.1.0",
          "version": "2.1.0",
          "runs": [
            {
              "results": [
                {
                  "ruleId": "MESH010",
                  "level": "warning",
                  "message": { "text": "no preStop" },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "URI" }, "region": { "startLine": 12, "startColumn": 17 } } } ]
                }
              ],
              "tool": { "driver": { "name": "Microsoft (R) Visual C# Compiler", "version": "5.9.0" } },
              "columnKind": "utf16CodeUnits"
            }
          ]
        }
        """;

    private const string CompilerRun1 = """
        {
          "$schema": "http://json.schemastore.org/sarif-1.0.0",
          "version": "1.0.0",
          "runs": [
            {
              "tool": { "name": "Microsoft (R) Visual C# Compiler", "version": "5.9.0.0" },
              "results": [
                { "ruleId": "MESH010", "level": "warning", "message": "no preStop", "locations": [ { "resultFile": { "uri": "URI", "region": { "startLine": 12, "startColumn": 17 } } } ] }
              ]
            }
          ]
        }
        """;

    private EmitDiagnostic Finding(string id = "MESH010", int line = 12, string severity = "warning") =>
        new(severity, id, Source, line, 17, "https://example.invalid/" + id, "a finding");

    [TestCase(CompilerRun2)]
    [TestCase(CompilerRun1)]
    public void A_finding_the_compiler_reported_at_the_same_id_file_and_line_is_recognised(string log)
    {
        File.WriteAllText(LogPath, log.Replace("URI", Uri, StringComparison.Ordinal));

        var compiler = CompilerErrorLog.CompilerResults(LogPath);

        Assert.That(CompilerErrorLog.AlreadyReported(compiler, Finding()), Is.True);
    }

    [Test]
    public void Another_line_or_id_is_not_a_duplicate()
    {
        File.WriteAllText(LogPath, CompilerRun2.Replace("URI", Uri, StringComparison.Ordinal));

        var compiler = CompilerErrorLog.CompilerResults(LogPath);

        Assert.That(CompilerErrorLog.AlreadyReported(compiler, Finding(line: 13)), Is.False);
        Assert.That(CompilerErrorLog.AlreadyReported(compiler, Finding(id: "MESH012")), Is.False);
    }

    [Test]
    public void A_missing_or_broken_log_has_no_results()
    {
        Assert.That(CompilerErrorLog.CompilerResults(LogPath), Is.Empty);
        File.WriteAllText(LogPath, "{ not json");
        Assert.That(CompilerErrorLog.CompilerResults(LogPath), Is.Empty);
    }

    [TestCase("out.sarif", false)]
    [TestCase("out.sarif,version=2.1", true)]
    [TestCase("out.sarif,version=2", true)]
    [TestCase("out.sarif,version=1.0", false)]
    public void The_ErrorLog_value_gives_path_and_version(string value, bool version2)
    {
        var (path, v2) = CompilerErrorLog.Parse(value, _dir);

        Assert.That(path, Is.EqualTo(LogPath));
        Assert.That(v2, Is.EqualTo(version2));
    }

    [Test]
    public void A_version_2_log_gets_a_MeshSdk_run_after_the_compilers()
    {
        File.WriteAllText(LogPath, CompilerRun2.Replace("URI", Uri, StringComparison.Ordinal));

        CompilerErrorLog.AppendRun(LogPath, version2: true, [Finding("MESH2008", 7), Finding("MESH1001", 9, "error")], "1.2.3");

        using var log = JsonDocument.Parse(File.ReadAllText(LogPath));
        var runs = log.RootElement.GetProperty("runs");
        Assert.That(runs.GetArrayLength(), Is.EqualTo(2));
        var mesh = runs[1];
        var driver = mesh.GetProperty("tool").GetProperty("driver");
        Assert.That(driver.GetProperty("name").GetString(), Is.EqualTo("Mesh.Sdk"));
        Assert.That(driver.GetProperty("version").GetString(), Is.EqualTo("1.2.3"));
        Assert.That(driver.GetProperty("rules").EnumerateArray().Select(r => (r.GetProperty("id").GetString(), r.GetProperty("helpUri").GetString())),
            Is.EqualTo(new[]
            {
                ("MESH2008", "https://github.com/mesh-sdk/Mesh.Sdk/blob/main/docs/rules/MESH2008.md"),
                ("MESH1001", "https://github.com/mesh-sdk/Mesh.Sdk/blob/main/docs/rules/MESH1001.md"),
            }));
        var results = mesh.GetProperty("results").EnumerateArray().ToList();
        Assert.That(results.Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("level").GetString(), r.GetProperty("ruleIndex").GetInt32())),
            Is.EqualTo(new[] { ("MESH2008", "warning", 0), ("MESH1001", "error", 1) }));
        var location = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo(Uri));
        Assert.That(location.GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(7));
        Assert.That(location.GetProperty("region").GetProperty("startColumn").GetInt32(), Is.EqualTo(17));
        Assert.That(results[0].GetProperty("message").GetProperty("text").GetString(), Is.EqualTo("a finding"));
    }

    [Test]
    public void A_second_emit_replaces_the_MeshSdk_run_instead_of_adding_another()
    {
        File.WriteAllText(LogPath, CompilerRun2.Replace("URI", Uri, StringComparison.Ordinal));

        CompilerErrorLog.AppendRun(LogPath, true, [Finding("MESH2008", 7)], "1.0.0");
        CompilerErrorLog.AppendRun(LogPath, true, [], "1.0.0");

        using var log = JsonDocument.Parse(File.ReadAllText(LogPath));
        var runs = log.RootElement.GetProperty("runs");
        Assert.That(runs.GetArrayLength(), Is.EqualTo(2));
        Assert.That(runs[1].GetProperty("results").GetArrayLength(), Is.Zero);
        Assert.That(CompilerErrorLog.CompilerResults(LogPath), Has.Count.EqualTo(1), "the Mesh.Sdk run is never taken for the compiler's");
    }

    [Test]
    public void The_MeshSdk_run_leaves_out_the_warnings_the_compilers_run_holds_but_keeps_errors()
    {
        File.WriteAllText(LogPath, CompilerRun2.Replace("URI", Uri, StringComparison.Ordinal));

        CompilerErrorLog.AppendRun(LogPath, true, [Finding(), Finding("MESH2008", 7), Finding(severity: "error")], "1.0.0");

        using var log = JsonDocument.Parse(File.ReadAllText(LogPath));
        var results = log.RootElement.GetProperty("runs")[1].GetProperty("results").EnumerateArray();
        Assert.That(results.Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("level").GetString())),
            Is.EqualTo(new[] { ("MESH2008", "warning"), ("MESH010", "error") }));
    }

    [Test]
    public void Emit_steps_that_find_the_same_leave_the_log_untouched()
    {
        File.WriteAllText(LogPath, CompilerRun2.Replace("URI", Uri, StringComparison.Ordinal));
        CompilerErrorLog.AppendRun(LogPath, true, [Finding(), Finding("MESH2008", 7)], "1.0.0");
        var written = File.ReadAllText(LogPath);
        var earlier = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(LogPath, earlier);

        // A build that skipped CoreCompile: the compiler did not rewrite the log, the emit step finds the same again.
        CompilerErrorLog.AppendRun(LogPath, true, [Finding(), Finding("MESH2008", 7)], "1.0.0");
        CompilerErrorLog.AppendRun(LogPath, true, [Finding(), Finding("MESH2008", 7)], "1.0.0");

        Assert.That(File.ReadAllText(LogPath), Is.EqualTo(written));
        Assert.That(File.GetLastWriteTimeUtc(LogPath), Is.EqualTo(earlier), "not rewritten");
        using var log = JsonDocument.Parse(written);
        Assert.That(log.RootElement.GetProperty("runs").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public void A_version_1_log_gets_a_version_1_run()
    {
        File.WriteAllText(LogPath, CompilerRun1.Replace("URI", Uri, StringComparison.Ordinal));

        CompilerErrorLog.AppendRun(LogPath, false, [Finding("MESH2008", 7, "info")], "1.0.0");

        using var log = JsonDocument.Parse(File.ReadAllText(LogPath));
        Assert.That(log.RootElement.GetProperty("version").GetString(), Is.EqualTo("1.0.0"));
        var mesh = log.RootElement.GetProperty("runs")[1];
        Assert.That(mesh.GetProperty("tool").GetProperty("name").GetString(), Is.EqualTo("Mesh.Sdk"));
        var result = mesh.GetProperty("results")[0];
        Assert.That(result.GetProperty("level").GetString(), Is.EqualTo("note"));
        Assert.That(result.GetProperty("message").GetString(), Is.EqualTo("a finding"));
        Assert.That(result.GetProperty("locations")[0].GetProperty("resultFile").GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(7));
        Assert.That(mesh.GetProperty("rules").GetProperty("MESH2008").GetProperty("helpUri").GetString(), Does.EndWith("MESH2008.md"));
    }

    [Test]
    public void A_missing_log_is_created_in_the_requested_version()
    {
        CompilerErrorLog.AppendRun(LogPath, true, [Finding("MESH2008", 7)], "1.0.0");

        using var log = JsonDocument.Parse(File.ReadAllText(LogPath));
        Assert.That(log.RootElement.GetProperty("$schema").GetString(), Is.EqualTo("http://json.schemastore.org/sarif-2.1.0"));
        Assert.That(log.RootElement.GetProperty("runs").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public void A_file_that_is_not_SARIF_is_left_alone()
    {
        File.WriteAllText(LogPath, "not json at all");

        CompilerErrorLog.AppendRun(LogPath, true, [Finding()], "1.0.0");

        Assert.That(File.ReadAllText(LogPath), Is.EqualTo("not json at all"));
    }
}
