using Mesh.Sdk.EndToEnd.Tests.Infrastructure;

namespace Mesh.Sdk.EndToEnd.Tests;

/// <summary>
/// Each bad input fails the build with its MESH id at the C# file and line that caused it,
/// and leaves the manifests of the last good build exactly as they were.
/// </summary>
[NonParallelizable]
public sealed class BadInputTests
{
    private ConsumerProject _project = null!;
    private Dictionary<string, (string Content, DateTime Written)> _good = null!;

    [OneTimeSetUp]
    public void BuildAGoodVersion()
    {
        _project = ConsumerProject.Create("BadInput", ReferenceStyle.PackageReference);
        _project.WriteSource("Web.cs", Sources.WebWith());
        var result = _project.Build();
        Assert.That(result.Succeeded, Is.True, result.ToString());
        _good = _project.SnapshotDeploy();
        Assert.That(_good.Keys, Is.EquivalentTo(new[] { "web.yaml" }));
    }

    [TearDown]
    public void ManifestsAreUntouched()
    {
        Assert.That(_project.SnapshotDeploy(), Is.EqualTo(_good), "a failed build must not change any manifest");
        _project.WriteSource("Web.cs", Sources.WebWith());
    }

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(Sources.WebWith(name: "\"Web_Frontend\""), "MESH1001", "NAME",
            "Deployment name 'Web_Frontend' is invalid").SetName("Invalid name");
        yield return new TestCaseData(Sources.WebWith(port: "70000"), "MESH1004", "PORT",
            "containerPort 70000 is out of range").SetName("Port out of range");
        yield return new TestCaseData(Sources.WebWith(selector: "\"api\""), "MESH1006", "SELECTOR",
            "spec.selector {app=api} does not match the pod template's labels {app=web}").SetName("Selector does not match template labels");
        yield return new TestCaseData(Sources.WebWith(@throw: "throw new InvalidOperationException(\"the image tag is not pinned\");"), "MESH2001", "THROW",
            "Definition 'web' threw InvalidOperationException: the image tag is not pinned").SetName("User code throws");
        yield return new TestCaseData(Sources.WebWith(@throw: "yield return new ConfigMap { Metadata = new() { Name = \"web-config\", Namespace = \"shop\" } };"), "MESH1005", "THROW",
            "ConfigMap shop/web-config is defined more than once").SetName("Duplicate object");
    }

    [TestCaseSource(nameof(Cases))]
    public void Bad_input_fails_the_build_at_the_line_that_caused_it(string source, string id, string marker, string message)
    {
        _project.WriteSource("Web.cs", source);

        var result = _project.Build();

        Assert.That(result.Succeeded, Is.False, result.ToString());
        var expectedFile = Path.Combine(_project.Directory, "Web.cs");
        var line = Sources.LineOf(marker);
        var column = Sources.ColumnOfNew(source, line);
        var lines = result.DiagnosticLines(id);
        Assert.That(lines, Is.Not.Empty, result.ToString());
        Assert.That(lines, Has.Some.StartsWith($"{expectedFile}({line},{column}): ").And.Contains($"error {id}: ").And.Contains(message), result.ToString());
        Assert.That(result.Output, Does.Not.Contain("MSB4018").And.Not.Contain("Unhandled exception"), result.ToString());
    }

    [Test]
    public void A_Mesh_Sdk_assembly_that_cannot_be_loaded_is_reported_as_MESH2006_not_a_crash()
    {
        // The emit command exactly as MeshEmit runs it, on a copy of the build output whose
        // Mesh.Sdk.dll is damaged (a bad restore or a half-copied file).
        var runner = Property("MeshRunnerPath");
        var targetPath = Property("TargetPath");
        var copy = Directory.CreateTempSubdirectory("mesh-bad-sdk-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(targetPath)!))
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            File.WriteAllText(Path.Combine(copy, "Mesh.Sdk.dll"), "not an assembly");
            var assembly = Path.Combine(copy, Path.GetFileName(targetPath));

            var result = Dotnet.Run(copy, PackedSdk.Environment, "exec",
                "--runtimeconfig", Path.ChangeExtension(assembly, ".runtimeconfig.json"),
                runner, assembly, "--output", Path.Combine(copy, "deploy"));

            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.Output, Does.Contain("\terror\tMESH2006\t").And.Contains("Mesh.Sdk"), result.ToString());
            Assert.That(result.Output, Does.Not.Contain("Unhandled exception"), result.ToString());
            Assert.That(Directory.Exists(Path.Combine(copy, "deploy")), Is.False, "nothing may be written");
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private string Property(string name)
    {
        var result = Dotnet.Run(_project.Directory, PackedSdk.Environment, "msbuild", $"-getProperty:{name}");
        Assert.That(result.Succeeded, Is.True, result.ToString());
        return result.Output.Trim();
    }
}
