using Mesh.Sdk.Tasks;

namespace Mesh.Sdk.Runner.Tests;

/// <summary>
/// The emit step leaves a finding out of its output only when the compiler's analyzers printed it
/// in this build: the SARIF log proves that only when the compiler wrote it in this build.
/// </summary>
public sealed class CompilerFindingsTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateLog()
    {
        _dir = Path.Combine(Path.GetTempPath(), "mesh-findings-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
        File.WriteAllText(LogPath, $$"""
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
                      "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{new Uri(Source).AbsoluteUri}}" }, "region": { "startLine": 12, "startColumn": 17 } } } ]
                    }
                  ],
                  "tool": { "driver": { "name": "Microsoft (R) Visual C# Compiler", "version": "5.9.0" } }
                }
              ]
            }
            """);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private string LogPath => Path.Combine(_dir, "out.sarif");

    private string Source => Path.Combine(_dir, "Web.cs");

    private EmitDiagnostic Finding(string severity = "warning", int line = 12) =>
        new(severity, "MESH010", Source, line, 17, "https://example.invalid/MESH010", "a finding");

    [TestCase("warning")]
    [TestCase("info")]
    public void A_log_the_compiler_wrote_in_this_build_hides_what_it_holds(string severity)
    {
        var compiler = CompilerFindings.Read(LogPath, writtenThisBuild: true);

        Assert.That(compiler.PrintedInThisBuild(Finding(severity)), Is.True);
        Assert.That(compiler.PrintedInThisBuild(Finding(severity, line: 13)), Is.False);
    }

    [Test]
    public void A_log_from_an_earlier_compile_hides_nothing()
    {
        var compiler = CompilerFindings.Read(LogPath, writtenThisBuild: false);

        Assert.That(compiler.PrintedInThisBuild(Finding()), Is.False, "the analyzers printed nothing in a build that skipped CoreCompile");
    }

    [Test]
    public void An_error_is_never_hidden()
    {
        var compiler = CompilerFindings.Read(LogPath, writtenThisBuild: true);

        Assert.That(compiler.PrintedInThisBuild(Finding("error")), Is.False);
    }

    [Test]
    public void A_missing_log_hides_nothing()
    {
        File.Delete(LogPath);

        Assert.That(CompilerFindings.Read(LogPath, writtenThisBuild: true).PrintedInThisBuild(Finding()), Is.False);
    }
}
