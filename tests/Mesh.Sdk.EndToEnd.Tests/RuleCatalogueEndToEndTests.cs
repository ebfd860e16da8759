using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mesh.Sdk.EndToEnd.Tests.Infrastructure;

namespace Mesh.Sdk.EndToEnd.Tests;

/// <summary>
/// The MESH rule catalogue as a user meets it: a consumer project (packed Mesh.Sdk, target Istio 1.26
/// so sidecars are legacy unless a pod asks for native ones) with seeded problems in three files.
/// Web.cs and Mesh.cs hold findings the analyzers see in source (MESH010, MESH050, MESH014), which the
/// build-time engine also finds on the built objects and drops as already reported; Worker.cs holds
/// findings only the engine sees, because the values come from method calls (MESH010: ports from a
/// helper; MESH012: a grace period computed at run time). Each seeded line carries a "seeded:" comment.
/// One project for the fixture; the seeded sources are built once with an ErrorLog (two tests read
/// that build), and each other test restores the sources and builds again.
/// </summary>
[NonParallelizable]
public sealed partial class RuleCatalogueEndToEndTests
{
    private const string Web = """
        // build BUILD
        using Mesh.Sdk;
        using Mesh.Sdk.Istio;
        using Mesh.Sdk.Kubernetes.Apps.V1;
        using Mesh.Sdk.Kubernetes.Autoscaling.V2;
        using Mesh.Sdk.Kubernetes.Core.V1;
        using Mesh.Sdk.Kubernetes.Meta.V1;
        using Mesh.Sdk.Model;

        namespace Consumer;

        [Manifest("web")]
        public sealed class Web : ManifestDefinition
        {
            public override IEnumerable<KubernetesObject> Build(ManifestContext context)
            {
                yield return new Service
                {
                    Metadata = new() { Name = "web", Namespace = "shop" },
                    Spec = new() { Selector = { ["app"] = "web" }, Ports = [new() { Name = "http", Port = 80, TargetPort = 8080 }] },
                };
                yield return new Deployment
                {
                    Metadata = new() { Name = "web", Namespace = "shop" },
                    Spec = new()
                    {
                        Selector = new() { MatchLabels = { ["app"] = "web" } },
                        Template = new()
                        {
                            Metadata = new TemplateMetadata { Labels = { ["app"] = "web" } }.InjectSidecar(true).UseNativeSidecar(true),
                            Spec = new()
                            {
                                Containers =
                                [
                                    new() // seeded: MESH010
                                    {
                                        Name = "web",
                                        Image = "ghcr.io/acme/web:1.4.2",
                                        Ports = [new() { Name = "http", Port = 8080 }],
                                        Resources = new() { Requests = { [ResourceNames.Cpu] = "250m" } },
                                    },
                                ],
                            },
                        },
                    },
                };
                yield return new HorizontalPodAutoscaler
                {
                    Metadata = new() { Name = "web", Namespace = "shop" },
                    Spec = new()
                    {
                        ScaleTargetRef = new() { ApiVersion = Deployment.ApiVersionValue, Kind = Deployment.KindValue, Name = "web" },
                        MaxReplicas = 10,
                        Metrics =
                        [
                            new() { Type = MetricSourceType.Resource, Resource = new() { Name = ResourceNames.Cpu, Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 60 } } }, // seeded: MESH050
                        ],
                    },
                };
            }
        }
        """;

    private const string MeshControlPlane = """
        // build BUILD
        using Mesh.Sdk;
        using Mesh.Sdk.Istio.Install.V1Alpha1;
        using Mesh.Sdk.Model;

        namespace Consumer;

        [Manifest("mesh")]
        public sealed class MeshControlPlane : ManifestDefinition
        {
            public override IEnumerable<KubernetesObject> Build(ManifestContext context)
            {
                yield return new IstioOperator
                {
                    Metadata = new() { Name = "mesh", Namespace = "istio-system" },
                    Spec = new()
                    {
                        MeshConfig = new()
                        {
                            DefaultConfig = new() { DrainDuration = Duration.FromSeconds(20) }, // seeded: MESH014
                        },
                    },
                };
            }
        }
        """;

    private const string Worker = """
        // build BUILD
        using System.Globalization;
        using Mesh.Sdk;
        using Mesh.Sdk.Istio;
        using Mesh.Sdk.Kubernetes.Apps.V1;
        using Mesh.Sdk.Kubernetes.Core.V1;
        using Mesh.Sdk.Kubernetes.Meta.V1;
        using Mesh.Sdk.Model;

        namespace Consumer;

        [Manifest("worker")]
        public sealed class Worker : ManifestDefinition
        {
            public override IEnumerable<KubernetesObject> Build(ManifestContext context)
            {
                var labels = new Dictionary<string, string> { ["app"] = "worker" };
                yield return new Service
                {
                    Metadata = new() { Name = "worker", Namespace = "shop" },
                    Spec = new() { Selector = labels, Ports = [new() { Name = "http", Port = 80, TargetPort = 8080 }] },
                };
                yield return new Deployment
                {
                    Metadata = new() { Name = "worker", Namespace = "shop" },
                    Spec = new()
                    {
                        Selector = new() { MatchLabels = labels },
                        Template = new()
                        {
                            Metadata = new TemplateMetadata { Labels = labels }.InjectSidecar(true),
                            Spec = new() // seeded: MESH012
                            {
                                TerminationGracePeriodSeconds = GraceSeconds(),
                                Containers =
                                [
                                    new() // seeded: MESH010
                                    {
                                        Name = "worker",
                                        Image = "ghcr.io/acme/worker:2.0.1",
                                        Ports = HttpPorts(8080, 9090),
                                    },
                                ],
                            },
                        },
                    },
                };
            }

            /// <summary>Read at run time: 4 seconds, shorter than the legacy sidecar's 5 s terminationDrainDuration.</summary>
            private static long GraceSeconds() => long.Parse("4", CultureInfo.InvariantCulture);

            private static List<ContainerPort> HttpPorts(params int[] ports)
            {
                var list = new List<ContainerPort>();
                foreach (var port in ports) list.Add(new ContainerPort { Name = "http-" + port, Port = port });
                return list;
            }
        }
        """;

    private ConsumerProject _project = null!;
    private int _builds;

    /// <summary>The build of the seeded sources with <c>-p:ErrorLog=findings.sarif,version=2.1</c>, and what it wrote: read by two tests.</summary>
    private CommandResult _seeded = null!;
    private string? _seededSarif;
    private string[] _seededManifests = [];

    private string ProjectFile => Path.Combine(_project.Directory, _project.Name + ".csproj");

    [OneTimeSetUp]
    public void CreateProjectAndBuildTheSeededSources()
    {
        _project = ConsumerProject.Create("RuleCatalogue", ReferenceStyle.PackageReference, "<MeshIstioVersion>1.26</MeshIstioVersion>");
        ResetSources();
        _seeded = _project.Build("-p:ErrorLog=" + SarifPath + "%2Cversion=2.1");
        _seededSarif = File.Exists(SarifPath) ? File.ReadAllText(SarifPath) : null;
        _seededManifests = ManifestsWritten;
    }

    /// <summary>The seeded sources (with a new build number, so the compiler and the emit step run again), no .editorconfig, no manifests, no SARIF.</summary>
    [SetUp]
    public void ResetSources()
    {
        _builds++;
        Write("Web.cs", Web);
        Write("Mesh.cs", MeshControlPlane);
        Write("Worker.cs", Worker);
        File.Delete(Path.Combine(_project.Directory, ".editorconfig"));
        File.Delete(SarifPath);
        if (Directory.Exists(_project.DeployDirectory)) Directory.Delete(_project.DeployDirectory, recursive: true);
    }

    [Test]
    public void Build_reports_each_finding_once_at_the_line_that_created_the_object()
    {
        var result = _seeded;

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(Findings(result), Is.EquivalentTo(Seeded()), result.ToString());
        Assert.That(result.Output, Does.Not.Contain("AD0001").And.Not.Contain("CS8785").And.Not.Contain("MSB4018"));
        Assert.That(_seededManifests, Is.EquivalentTo(new[] { "mesh.yaml", "web.yaml", "worker.yaml" }), "warnings do not block writing");
    }

    [Test]
    public void Without_the_analyzers_the_build_engine_reports_the_same_findings_at_the_same_places()
    {
        // The analyzers' findings come back from the engine at the same id, file and line: the identity
        // the build relies on to drop the engine's copy when an analyzer reported first.
        var result = _project.Build("-p:RunAnalyzers=false");

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(Findings(result), Is.EquivalentTo(Seeded()), result.ToString());
    }

    [Test]
    public void Editorconfig_severity_none_removes_the_analyzers_and_the_engines_reports()
    {
        WriteEditorconfig("MESH010", "none");

        var result = _project.Build();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(Findings(result), Is.EquivalentTo(Seeded().Where(f => f.Id != "MESH010")), result.ToString());
    }

    [Test]
    public void Editorconfig_severity_error_on_a_build_time_finding_fails_the_build_and_writes_no_manifest()
    {
        WriteEditorconfig("MESH012", "error");

        var result = _project.Build();

        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        var expected = Seeded().Select(f => f.Id == "MESH012" ? f with { Severity = "error" } : f);
        Assert.That(Findings(result), Is.EquivalentTo(expected), result.ToString());
        Assert.That(ManifestsWritten, Is.Empty, "an effective error writes nothing");
    }

    [Test]
    public void Pragma_warning_disable_around_the_line_removes_it()
    {
        var web = Suppress(Web, "seeded: MESH010", "MESH010");
        var worker = Suppress(Worker, "seeded: MESH012", "MESH012");
        Write("Web.cs", web);
        Write("Worker.cs", worker);

        var result = _project.Build();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(Findings(result), Is.EquivalentTo(new[]
        {
            At("Web.cs", web, "seeded: MESH050", "MESH050"),
            At("Mesh.cs", MeshControlPlane, "seeded: MESH014", "MESH014"),
            At("Worker.cs", worker, "seeded: MESH010", "MESH010"),
        }), result.ToString());
    }

    [Test]
    public void Dotnet_format_analyzers_applies_the_shipped_code_fixes()
    {
        var format = Dotnet.Run(_project.Directory, PackedSdk.Environment,
            "format", "analyzers", ProjectFile, "--diagnostics", "MESH010", "MESH012", "MESH014", "MESH050", "--severity", "info");

        Assert.That(format.Succeeded, Is.True, format.ToString());
        var web = Read("Web.cs");
        Assert.That(web, Does.Contain("Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 10 } } },"),
            "MESH010: a preStop sleep (the Sleep action, target Kubernetes 1.35), 10 s inside the 30 s grace period");
        Assert.That(web, Does.Contain("new() { Type = MetricSourceType.ContainerResource, ContainerResource = new() { Name = ResourceNames.Cpu, Container = \"web\", Target = new() {"),
            "MESH050: the metric measures the app container only");
        var mesh = Read("Mesh.cs");
        Assert.That(mesh, Does.Contain("DefaultConfig = new() { TerminationDrainDuration = Duration.FromSeconds(20) },"),
            "MESH014: the sidecar waits through terminationDrainDuration");
        Assert.That(mesh, Does.Not.Match(@"\bDrainDuration\b"));
        Assert.That(Read("Worker.cs"), Is.EqualTo(Numbered(Worker)), "the engine-only findings are not visible to the analyzers, so not to their fixes");

        var build = _project.Build();

        Assert.That(build.Succeeded, Is.True, build.ToString());
        Assert.That(Findings(build), Is.EquivalentTo(Seeded().Where(f => f.File == "Worker.cs")), build.ToString());
    }

    [Test]
    public void ErrorLog_holds_the_analyzer_findings_in_the_compilers_run_and_the_engine_only_ones_in_a_MeshSdk_run()
    {
        Assert.That(_seeded.Succeeded, Is.True, _seeded.ToString());
        Assert.That(_seededSarif, Is.Not.Null, "no SARIF file was written");
        using var sarif = JsonDocument.Parse(_seededSarif!);
        Assert.That(sarif.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        var runs = sarif.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.That(runs.Select(r => r.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString()),
            Is.EqualTo(new[] { "Microsoft (R) Visual C# Compiler", "Mesh.Sdk" }));

        Assert.That(SarifResults(runs[0]).Where(r => r.Id.StartsWith("MESH", StringComparison.Ordinal)), Is.EquivalentTo(new[]
        {
            new SarifResult("MESH010", "warning", FileUri("Web.cs"), LineOf(Web, "seeded: MESH010")),
            new SarifResult("MESH050", "warning", FileUri("Web.cs"), LineOf(Web, "seeded: MESH050")),
            new SarifResult("MESH014", "warning", FileUri("Mesh.cs"), LineOf(MeshControlPlane, "seeded: MESH014")),
        }));
        // The engine's run: what no analyzer reported, its Info suggestions included (MESH020: the
        // legacy-sidecar pod starts its app without waiting for the proxy; not shown at minimal verbosity).
        Assert.That(SarifResults(runs[1]), Is.EquivalentTo(new[]
        {
            new SarifResult("MESH010", "warning", FileUri("Worker.cs"), LineOf(Worker, "seeded: MESH010")),
            new SarifResult("MESH012", "warning", FileUri("Worker.cs"), LineOf(Worker, "seeded: MESH012")),
            new SarifResult("MESH020", "note", FileUri("Worker.cs"), LineOf(Worker, "seeded: MESH012")),
        }));
        var rules = runs[1].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("helpUri").GetString());
        Assert.That(rules.Keys, Is.EquivalentTo(new[] { "MESH010", "MESH012", "MESH020" }));
        Assert.That(rules, Has.All.Matches<KeyValuePair<string, string?>>(r => r.Value!.EndsWith($"docs/rules/{r.Key}.md", StringComparison.Ordinal)));
    }

    /// <summary>A diagnostic as MSBuild prints it: <c>File.cs(line,col): severity id: message</c>, file relative to the project.</summary>
    private sealed record Finding(string Severity, string Id, string File, int Line, int Column);

    private sealed record SarifResult(string Id, string Level, string Uri, int Line);

    /// <summary>What the seeded sources produce by default: each finding once, at the <c>new</c> of the object it is about.</summary>
    private static Finding[] Seeded() =>
    [
        At("Web.cs", Web, "seeded: MESH010", "MESH010"),
        At("Web.cs", Web, "seeded: MESH050", "MESH050"),
        At("Mesh.cs", MeshControlPlane, "seeded: MESH014", "MESH014"),
        At("Worker.cs", Worker, "seeded: MESH010", "MESH010"),
        At("Worker.cs", Worker, "seeded: MESH012", "MESH012"),
    ];

    /// <summary>A warning at the line of <paramref name="source"/> holding <paramref name="marker"/>, at its first <c>new</c>.</summary>
    private static Finding At(string file, string source, string marker, string id)
    {
        var line = LineOf(source, marker);
        return new Finding("warning", id, file, line, Sources.ColumnOfNew(source, line));
    }

    private static int LineOf(string source, string marker)
    {
        var index = Array.FindIndex(source.Split('\n'), l => l.Contains(marker, StringComparison.Ordinal));
        if (index < 0) throw new ArgumentException($"'{marker}' is not in the source.", nameof(marker));
        return index + 1;
    }

    /// <summary><paramref name="source"/> with <c>#pragma warning disable/restore</c> lines around the line holding <paramref name="marker"/>.</summary>
    private static string Suppress(string source, string marker, string id)
    {
        var lines = source.Split('\n').ToList();
        var index = LineOf(source, marker) - 1;
        lines.Insert(index + 1, "#pragma warning restore " + id);
        lines.Insert(index, "#pragma warning disable " + id);
        return string.Join('\n', lines);
    }

    /// <summary>
    /// The MESH diagnostics of a build, in the order printed, up to MSBuild's summary (which repeats
    /// them): a finding reported twice (by an analyzer and by the engine) appears twice here.
    /// </summary>
    private List<Finding> Findings(CommandResult result)
    {
        var findings = new List<Finding>();
        foreach (var raw in result.Output.Split('\n'))
        {
            var line = raw.Trim();
            if (line is "Build succeeded." or "Build FAILED.") break;
            var m = DiagnosticLine().Match(line);
            if (!m.Success) continue;
            findings.Add(new Finding(
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                Path.GetRelativePath(_project.Directory, m.Groups["file"].Value),
                int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture)));
        }
        return findings;
    }

    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>MESH\d+): ")]
    private static partial Regex DiagnosticLine();

    private static IEnumerable<SarifResult> SarifResults(JsonElement run) =>
        run.GetProperty("results").EnumerateArray().Select(r =>
        {
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            return new SarifResult(
                r.GetProperty("ruleId").GetString()!,
                r.GetProperty("level").GetString()!,
                location.GetProperty("artifactLocation").GetProperty("uri").GetString()!,
                location.GetProperty("region").GetProperty("startLine").GetInt32());
        }).ToList();

    private string FileUri(string file) => new Uri(Path.Combine(_project.Directory, file)).AbsoluteUri;

    private string SarifPath => Path.Combine(_project.Directory, "findings.sarif");

    private string[] ManifestsWritten =>
        Directory.Exists(_project.DeployDirectory)
            ? Directory.GetFiles(_project.DeployDirectory, "*.yaml").Select(f => Path.GetFileName(f)).ToArray()
            : [];

    private string Numbered(string source) =>
        source.Replace("// build BUILD", "// build " + _builds.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private void Write(string file, string source) => _project.WriteSource(file, Numbered(source));

    private string Read(string file) => File.ReadAllText(Path.Combine(_project.Directory, file));

    private void WriteEditorconfig(string id, string severity) =>
        File.WriteAllText(Path.Combine(_project.Directory, ".editorconfig"), $"root = true\n\n[*.cs]\ndotnet_diagnostic.{id}.severity = {severity}\n");
}
