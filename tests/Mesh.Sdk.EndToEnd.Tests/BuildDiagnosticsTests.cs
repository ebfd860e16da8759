using System.Text.Json;
using Mesh.Sdk.EndToEnd.Tests.Infrastructure;

namespace Mesh.Sdk.EndToEnd.Tests;

/// <summary>
/// Build-time findings are reported like the compiler's own diagnostics: at file(line,col), with
/// the severity and suppressions the project configures (.editorconfig, #pragma, SuppressMessage,
/// NoWarn, warnings as errors), an effective error writing nothing, and in the SARIF log.
/// The warning is MESH2008 (a definition that returns no objects), reported at the definition.
/// MESH010 (a serving container without preStop), which the analyzers find too, is printed once,
/// whether or not CoreCompile ran in the build.
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
        _project.DeleteSource("Serving.cs");
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

    /// <summary>
    /// A Deployment a Service sends traffic to, whose container serves a port without a preStop
    /// delay: MESH010, which the analyzers find during CoreCompile (the port is in source) and the
    /// emit step's rule engine finds too (a Service selects the pod), both at the container's `new`.
    /// (Web.cs's MESH010 is the analyzers' alone: no Service selects it.)
    /// </summary>
    private const string Serving = """
        using Mesh.Sdk;
        using Mesh.Sdk.Kubernetes.Apps.V1;
        using Mesh.Sdk.Kubernetes.Core.V1;
        using Mesh.Sdk.Model;

        namespace Consumer;

        [Manifest("api")]
        public sealed class Api : ManifestDefinition
        {
            public override IEnumerable<KubernetesObject> Build(ManifestContext context)
            {
                yield return new Service
                {
                    Metadata = new() { Name = "api", Namespace = "shop" },
                    Spec = new()
                    {
                        Selector = { ["app"] = "api" },
                        Ports = [new() { Name = "http", Port = 80, TargetPort = "http" }],
                    },
                };
                yield return new Deployment
                {
                    Metadata = new() { Name = "api", Namespace = "shop" },
                    Spec = new()
                    {
                        Replicas = 2,
                        Selector = new() { MatchLabels = { ["app"] = "api" } },
                        Template = new()
                        {
                            Metadata = new() { Labels = { ["app"] = "api" } },
                            Spec = new()
                            {
                                Containers =
                                [
                                    new() // the serving container
                                    {
                                        Name = "api",
                                        Image = "ghcr.io/acme/api:2.0.1",
                                        Ports = [new() { Name = "http", Port = 8080 }],
                                    },
                                ],
                            },
                        },
                    },
                };
            }
        }
        """;

    private const string Verify = "-p:MeshVerifyManifests=true";

    private string ServingFile => Path.Combine(_project.Directory, "Serving.cs");

    private string CompiledAssembly => Path.Combine(_project.Directory, "obj", "Debug", "net10.0", _project.Name + ".dll");

    /// <summary>Where MESH010 is reported, by the analyzers and the emit step alike: the serving container's `new` keyword.</summary>
    private string PreStopPrefix
    {
        get
        {
            var line = LineOf(Serving, "// the serving container");
            return $"{ServingFile}({line},{Sources.ColumnOfNew(Serving, line)}): warning MESH010: ";
        }
    }

    /// <summary>
    /// Every line reporting MESH010 in Serving.cs as the build went, duplicates kept; not the
    /// end-of-build summary, which repeats each warning (`dotnet build` always asks for it).
    /// </summary>
    private List<string> PrintedPreStop(CommandResult result) =>
        result.Output.Split('\n').Select(l => l.Trim())
            .TakeWhile(l => l is not ("Build succeeded." or "Build FAILED."))
            .Where(l => l.StartsWith(ServingFile + "(", StringComparison.Ordinal) && l.Contains(" MESH010:", StringComparison.Ordinal))
            .ToList();

    [Test]
    public void A_finding_the_analyzers_printed_is_not_printed_again_by_the_emit_step()
    {
        _project.WriteSource("Serving.cs", Serving);

        var result = _project.Build();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(PrintedPreStop(result), Has.Count.EqualTo(1), result.ToString());
        Assert.That(PrintedPreStop(result)[0], Does.StartWith(PreStopPrefix));
    }

    [Test]
    public void A_verify_build_that_skips_CoreCompile_still_prints_the_finding_once()
    {
        _project.WriteSource("Serving.cs", Serving);
        Assert.That(_project.Build().Succeeded, Is.True);
        var compiled = File.GetLastWriteTimeUtc(CompiledAssembly);

        var result = _project.Build(Verify);

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(File.GetLastWriteTimeUtc(CompiledAssembly), Is.EqualTo(compiled), "CoreCompile was skipped, so the analyzers printed nothing");
        Assert.That(PrintedPreStop(result), Has.Count.EqualTo(1), result.ToString());
        Assert.That(PrintedPreStop(result)[0], Does.StartWith(PreStopPrefix));
    }

    [Test]
    public void An_emit_step_rerun_by_an_edited_manifest_still_prints_the_finding_once()
    {
        _project.WriteSource("Serving.cs", Serving);
        Assert.That(_project.Build().Succeeded, Is.True);
        var compiled = File.GetLastWriteTimeUtc(CompiledAssembly);
        File.AppendAllText(Path.Combine(_project.DeployDirectory, "api.yaml"), "# hand edit\n");

        var result = _project.Build();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(File.GetLastWriteTimeUtc(CompiledAssembly), Is.EqualTo(compiled), "CoreCompile was skipped");
        Assert.That(_project.ReadManifest("api.yaml"), Does.Not.Contain("# hand edit"), "the emit step ran");
        Assert.That(PrintedPreStop(result), Has.Count.EqualTo(1), result.ToString());
        Assert.That(PrintedPreStop(result)[0], Does.StartWith(PreStopPrefix));
    }

    [Test]
    public void Builds_that_skip_CoreCompile_leave_the_ErrorLog_as_the_full_build_wrote_it()
    {
        const string ErrorLog = "-p:ErrorLog=out.sarif%2Cversion=2.1";
        var log = Path.Combine(_project.Directory, "out.sarif");
        _project.WriteSource("Serving.cs", Serving);
        Assert.That(_project.Build(ErrorLog).Succeeded, Is.True);
        var written = File.ReadAllText(log);

        var verify = _project.Build(ErrorLog, Verify);
        var again = _project.Build(ErrorLog, Verify);

        Assert.That(verify.Succeeded && again.Succeeded, Is.True, verify + "\n" + again);
        Assert.That(PrintedPreStop(again), Has.Count.EqualTo(1), again.ToString());
        Assert.That(File.ReadAllText(log), Is.EqualTo(written), "one Mesh.Sdk run, replaced by an equal one: no run added per build");
        using var sarif = JsonDocument.Parse(written);
        var runs = sarif.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.That(runs.Select(r => r.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString()),
            Is.EqualTo(new[] { "Microsoft (R) Visual C# Compiler", "Mesh.Sdk" }));
        static IEnumerable<(string?, string?, int)> Results(JsonElement run) => run.GetProperty("results").EnumerateArray()
            .Where(r => r.TryGetProperty("locations", out _)).Select(r =>
        {
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            return (r.GetProperty("ruleId").GetString(), location.GetProperty("artifactLocation").GetProperty("uri").GetString(), location.GetProperty("region").GetProperty("startLine").GetInt32());
        });
        var preStop = ("MESH010", new Uri(ServingFile).AbsoluteUri, LineOf(Serving, "// the serving container"));
        Assert.That(Results(runs[0]), Has.Member(preStop));
        Assert.That(Results(runs[1]).Select(r => r.Item1), Is.EqualTo(new[] { "MESH2008" }), "a finding the compiler's run holds is in the log once");
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
