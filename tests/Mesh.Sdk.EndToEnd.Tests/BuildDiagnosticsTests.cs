using System.Text.Json;
using Mesh.Sdk.EndToEnd.Tests.Infrastructure;

namespace Mesh.Sdk.EndToEnd.Tests;

/// <summary>
/// Build-time findings are reported like the compiler's own diagnostics: at file(line,col), with
/// the severity and suppressions the project configures (.editorconfig, #pragma, SuppressMessage,
/// NoWarn, warnings as errors), an effective error writing nothing, and in the SARIF log.
/// The warning is MESH2008 (a definition that returns no objects), reported at the definition.
/// MESH010 (a serving container without preStop) is found by the analyzers too: it is printed
/// once, whether or not CoreCompile ran in the build.
/// </summary>
[NonParallelizable]
public sealed class BuildDiagnosticsTests
{
    private const string Empty = """
        using Mesh.Sdk;
        using Mesh.Sdk.Model;

        namespace Consumer;

        // build BUILD
        PRAGMA
        ATTRIBUTE
        [Manifest("empty")]
        public sealed class Empty : ManifestDefinition
        {
            public override IEnumerable<KubernetesObject> Build(ManifestContext context) => [];
        }
        """;

    private ConsumerProject _project = null!;
    private int _builds;

    [OneTimeSetUp]
    public void CreateProject() => _project = ConsumerProject.Create("BuildDiagnostics", ReferenceStyle.PackageReference);

    /// <summary>Fresh sources for each test (a new comment, so the compiler and the emit step run again), no .editorconfig, no manifests.</summary>
    [SetUp]
    public void ResetSources()
    {
        _project.WriteSource("Web.cs", Sources.WebWith());
        WriteEmpty();
        File.Delete(Path.Combine(_project.Directory, ".editorconfig"));
        if (Directory.Exists(_project.DeployDirectory)) Directory.Delete(_project.DeployDirectory, recursive: true);
    }

    private void WriteEmpty(string pragma = "", string attribute = "") =>
        _project.WriteSource("Empty.cs", EmptySource(pragma, attribute).Replace("BUILD", (++_builds).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

    private static string EmptySource(string pragma = "", string attribute = "") =>
        Empty.Replace("PRAGMA", pragma, StringComparison.Ordinal).Replace("ATTRIBUTE", attribute, StringComparison.Ordinal);

    private void WriteEditorconfig(string id, string severity) =>
        File.WriteAllText(Path.Combine(_project.Directory, ".editorconfig"), $"root = true\n\n[*.cs]\ndotnet_diagnostic.{id}.severity = {severity}\n");

    private static int LineOf(string text, string marker) =>
        Array.FindIndex(text.Split('\n'), l => l.Contains(marker, StringComparison.Ordinal)) + 1;

    private string EmptyFile => Path.Combine(_project.Directory, "Empty.cs");

    /// <summary>Where MESH2008 is reported: the definition's [Manifest] line, at its first character.</summary>
    private string WarningPrefix => $"{EmptyFile}({LineOf(EmptySource(), "[Manifest(")},1): warning MESH2008: Definition 'Consumer.Empty' returned no objects";

    private bool ManifestWritten => File.Exists(Path.Combine(_project.DeployDirectory, "web.yaml"));

    [Test]
    public void A_warning_is_reported_at_file_line_and_column_and_the_manifests_are_written()
    {
        var result = _project.Build();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(result.DiagnosticLines("MESH2008"), Has.Some.StartsWith(WarningPrefix), result.ToString());
        Assert.That(ManifestWritten, Is.True);
    }

    [Test]
    public void Editorconfig_severity_none_removes_it()
    {
        WriteEditorconfig("MESH2008", "none");

        var result = _project.Build();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(result.DiagnosticLines("MESH2008"), Is.Empty, result.ToString());
        Assert.That(ManifestWritten, Is.True);
    }

    [Test]
    public void Editorconfig_severity_error_fails_the_build_and_writes_no_manifest()
    {
        WriteEditorconfig("MESH2008", "error");

        var result = _project.Build();

        Assert.That(result.Succeeded, Is.False, result.ToString());
        Assert.That(result.DiagnosticLines("MESH2008"), Has.Some.StartsWith(WarningPrefix.Replace(": warning ", ": error ", StringComparison.Ordinal)), result.ToString());
        Assert.That(ManifestWritten, Is.False, "an effective error writes nothing");
    }

    [Test]
    public void Pragma_warning_disable_removes_it()
    {
        WriteEmpty(pragma: "#pragma warning disable MESH2008");

        var result = _project.Build();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(result.DiagnosticLines("MESH2008"), Is.Empty, result.ToString());
    }

    [Test]
    public void SuppressMessage_on_the_definition_removes_it()
    {
        WriteEmpty(attribute: "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"Mesh.Build\", \"MESH2008:Definition returned no objects\", Justification = \"placeholder\")]");

        var result = _project.Build();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(result.DiagnosticLines("MESH2008"), Is.Empty, result.ToString());
    }

    [Test]
    public void NoWarn_removes_it()
    {
        var result = _project.Build("-p:NoWarn=MESH2008");

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(result.DiagnosticLines("MESH2008"), Is.Empty, result.ToString());
    }

    [TestCase("-warnaserror")]
    [TestCase("-p:TreatWarningsAsErrors=true")]
    [TestCase("-p:WarningsAsErrors=MESH2008")]
    public void Warnings_as_errors_fail_the_build_and_write_no_manifest(string option)
    {
        var result = _project.Build(option);

        Assert.That(result.Succeeded, Is.False, result.ToString());
        // TreatWarningsAsErrors also turns the analyzers' MESH010 on this source into a compiler error,
        // so csc fails before the emit step runs; the other two switches reach the emit step's MESH2008.
        var expected = option.Contains("TreatWarningsAsErrors", StringComparison.Ordinal) ? "MESH010" : "MESH2008";
        Assert.That(result.DiagnosticLines(expected), Has.Some.Contains("error " + expected), result.ToString());
        Assert.That(ManifestWritten, Is.False, "an effective error writes nothing");
    }

    [Test]
    public void A_model_error_is_not_suppressed_by_pragma_or_editorconfig()
    {
        _project.WriteSource("Web.cs", "#pragma warning disable MESH1001\n" + Sources.WebWith(name: "\"Web_Frontend\""));
        WriteEditorconfig("MESH1001", "none");

        var result = _project.Build();

        Assert.That(result.Succeeded, Is.False, result.ToString());
        var line = Sources.LineOf("NAME") + 1;
        var column = Sources.ColumnOfNew(Sources.WebWith(name: "\"Web_Frontend\""), line - 1);
        Assert.That(result.DiagnosticLines("MESH1001"), Has.Some.StartsWith($"{Path.Combine(_project.Directory, "Web.cs")}({line},{column}): error MESH1001: "), result.ToString());
        Assert.That(ManifestWritten, Is.False);
    }

    // MESH010 on Web.cs's container (serves port 8080, no preStop) is seen both by the analyzers
    // during CoreCompile and by the emit step's rule engine, at the container's `new`. Printed once:
    // by the compiler when it ran in this build, else by the emit step.

    private const string Verify = "-p:MeshVerifyManifests=true";

    private string WebFile => Path.Combine(_project.Directory, "Web.cs");

    private string CompiledAssembly => Path.Combine(_project.Directory, "obj", "Debug", "net10.0", _project.Name + ".dll");

    /// <summary>Where MESH010 is reported: the container's `new` keyword.</summary>
    private string PreStopPrefix
    {
        get
        {
            var line = Sources.LineOf("Name = \"web\",") - 2;
            return $"{WebFile}({line},{Sources.ColumnOfNew(Sources.WebWith(), line)}): warning MESH010: ";
        }
    }

    /// <summary>
    /// Every line reporting <paramref name="id"/> as the build went, duplicates kept; not the
    /// end-of-build summary, which repeats each warning (`dotnet build` always asks for it).
    /// </summary>
    private static List<string> Printed(CommandResult result, string id) =>
        result.Output.Split('\n').Select(l => l.Trim())
            .TakeWhile(l => l is not ("Build succeeded." or "Build FAILED."))
            .Where(l => l.Contains($" {id}:", StringComparison.Ordinal)).ToList();

    [Test]
    public void A_finding_the_analyzers_reported_is_printed_once_not_again_by_the_emit_step()
    {
        var result = _project.Build();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        var printed = Printed(result, "MESH010");
        Assert.That(printed, Has.Count.EqualTo(1), result.ToString());
        Assert.That(printed[0], Does.StartWith(PreStopPrefix));
    }

    [Test]
    public void A_verify_build_that_skips_CoreCompile_still_prints_the_finding_once()
    {
        Assert.That(_project.Build().Succeeded, Is.True);
        var compiled = File.GetLastWriteTimeUtc(CompiledAssembly);

        var result = _project.Build(Verify);

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(File.GetLastWriteTimeUtc(CompiledAssembly), Is.EqualTo(compiled), "CoreCompile was skipped, so the analyzers printed nothing");
        var printed = Printed(result, "MESH010");
        Assert.That(printed, Has.Count.EqualTo(1), result.ToString());
        Assert.That(printed[0], Does.StartWith(PreStopPrefix));
    }

    [Test]
    public void An_emit_step_rerun_by_an_edited_manifest_still_prints_the_finding_once()
    {
        Assert.That(_project.Build().Succeeded, Is.True);
        var compiled = File.GetLastWriteTimeUtc(CompiledAssembly);
        File.AppendAllText(Path.Combine(_project.DeployDirectory, "web.yaml"), "# hand edit\n");

        var result = _project.Build();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(File.GetLastWriteTimeUtc(CompiledAssembly), Is.EqualTo(compiled), "CoreCompile was skipped");
        Assert.That(_project.ReadManifest("web.yaml"), Does.Not.Contain("# hand edit"), "the emit step ran");
        var printed = Printed(result, "MESH010");
        Assert.That(printed, Has.Count.EqualTo(1), result.ToString());
        Assert.That(printed[0], Does.StartWith(PreStopPrefix));
    }

    [Test]
    public void Builds_that_skip_CoreCompile_leave_the_ErrorLog_as_the_full_build_wrote_it()
    {
        const string ErrorLog = "-p:ErrorLog=out.sarif%2Cversion=2.1";
        var log = Path.Combine(_project.Directory, "out.sarif");
        Assert.That(_project.Build(ErrorLog).Succeeded, Is.True);
        var written = File.ReadAllText(log);

        var verify = _project.Build(ErrorLog, Verify);
        var again = _project.Build(ErrorLog, Verify);

        Assert.That(verify.Succeeded && again.Succeeded, Is.True, verify + "\n" + again);
        Assert.That(Printed(again, "MESH010"), Has.Some.StartWith(PreStopPrefix), again.ToString());
        Assert.That(File.ReadAllText(log), Is.EqualTo(written), "one Mesh.Sdk run, replaced by an equal one: no run added per build");
        using var sarif = JsonDocument.Parse(written);
        var runs = sarif.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.That(runs.Select(r => r.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString()),
            Is.EqualTo(new[] { "Microsoft (R) Visual C# Compiler", "Mesh.Sdk" }));
        Assert.That(runs[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()), Has.Member("MESH010"));
        Assert.That(runs[1].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()),
            Is.EqualTo(new[] { "MESH2008" }), "a finding the compiler's run holds is in the log once");
    }

    [Test]
    public void ErrorLog_holds_the_compilers_run_and_a_MeshSdk_run_with_the_finding()
    {
        var log = Path.Combine(_project.Directory, "out.sarif");

        var result = _project.Build("-p:ErrorLog=out.sarif%2Cversion=2.1");

        Assert.That(result.Succeeded, Is.True, result.ToString());
        using var sarif = JsonDocument.Parse(File.ReadAllText(log));
        Assert.That(sarif.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        var runs = sarif.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.That(runs.Select(r => r.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString()),
            Is.EqualTo(new[] { "Microsoft (R) Visual C# Compiler", "Mesh.Sdk" }));
        var mesh = runs[1];
        var finding = mesh.GetProperty("results").EnumerateArray().Single();
        Assert.That(finding.GetProperty("ruleId").GetString(), Is.EqualTo("MESH2008"));
        Assert.That(finding.GetProperty("level").GetString(), Is.EqualTo("warning"));
        var location = finding.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo(new Uri(EmptyFile).AbsoluteUri));
        Assert.That(location.GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(LineOf(EmptySource(), "[Manifest(")));
        Assert.That(location.GetProperty("region").GetProperty("startColumn").GetInt32(), Is.EqualTo(1));
        var rule = mesh.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single();
        Assert.That(rule.GetProperty("helpUri").GetString(), Does.EndWith("docs/rules/MESH2008.md"));
    }
}
