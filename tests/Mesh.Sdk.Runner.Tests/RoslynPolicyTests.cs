using Mesh.Sdk.Runner.Roslyn;

namespace Mesh.Sdk.Runner.Tests;

/// <summary>
/// Each build-time finding gets the severity the compiler would give an analyzer diagnostic at
/// the same place: .editorconfig and .globalconfig, #pragma, [SuppressMessage], /nowarn and
/// warnings as errors; and the column of the <c>new</c> keyword on its line.
/// </summary>
public sealed class RoslynPolicyTests
{
    private const string Definition = """
        using System.Diagnostics.CodeAnalysis;

        namespace Consumer;

        ATTRIBUTE
        public sealed class Empty
        {
            public object Build() => new object();
        }
        """;

    private string _dir = null!;

    [SetUp]
    public void CreateProject()
    {
        _dir = Path.Combine(Path.GetTempPath(), "mesh-policy-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void RemoveProject() => Directory.Delete(_dir, recursive: true);

    private string SourcePath => Path.Combine(_dir, "Defs.cs");

    private static int LineOf(string text, string marker) =>
        Array.FindIndex(text.Split('\n'), l => l.Contains(marker, StringComparison.Ordinal)) + 1;

    /// <summary>A finding of MESH2008 (warning) at the line of <paramref name="marker"/>.</summary>
    private string Request(string source, string marker, string id = "MESH2008", string severity = "warning", bool configurable = true, string? file = null) =>
        string.Join('\t', id, severity, configurable ? "1" : "0", file ?? SourcePath, LineOf(source, marker),
            "Definition returned no objects", "Mesh.Build", "https://example.invalid/" + id, "Definition 'Consumer.Empty' returned no objects");

    /// <summary>Writes the source, the analyzer configs and csc's arguments, and asks the policy about one finding.</summary>
    private string[] Evaluate(string source, string marker, string[]? extraArguments = null, string? editorconfig = null, string? globalconfig = null,
        string? request = null)
    {
        File.WriteAllText(SourcePath, source);
        var args = new List<string> { "/nologo", "/target:library", "/langversion:latest", "Defs.cs" };
        foreach (var reference in new[] { typeof(object).Assembly.Location, Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll") })
            args.Add("/reference:" + reference);
        if (editorconfig is not null)
        {
            File.WriteAllText(Path.Combine(_dir, ".editorconfig"), "root = true\n[*.cs]\n" + editorconfig + "\n");
            args.Add("/analyzerconfig:" + Path.Combine(_dir, ".editorconfig"));
        }
        if (globalconfig is not null)
        {
            File.WriteAllText(Path.Combine(_dir, "mesh.globalconfig"), "is_global = true\n" + globalconfig + "\n");
            args.Add("/analyzerconfig:mesh.globalconfig");
        }
        args.AddRange(extraArguments ?? []);
        var rsp = Path.Combine(_dir, "csc.rsp");
        File.WriteAllLines(rsp, args);
        return RoslynPolicy.Evaluate([request ?? Request(source, marker)], ["warning"], rsp, _dir);
    }

    private static string Source(string attribute = "") => Definition.Replace("ATTRIBUTE", attribute, StringComparison.Ordinal);

    private static string SeverityOf(string[] answers) => answers.Single().Split('\t')[0];

    [Test]
    public void Without_configuration_a_warning_stays_a_warning_at_the_new_keyword()
    {
        var source = Source();
        var answer = Evaluate(source, "new object").Single().Split('\t');

        Assert.That(answer[0], Is.EqualTo("warning"));
        Assert.That(answer[1], Is.EqualTo((source.Split('\n')[LineOf(source, "new object") - 1].IndexOf("new", StringComparison.Ordinal) + 1).ToString()));
    }

    [Test]
    public void A_line_without_new_is_reported_at_its_first_token()
    {
        var answer = Evaluate(Source(), "public sealed class").Single().Split('\t');

        Assert.That(answer[1], Is.EqualTo("1"));
    }

    [Test]
    public void Pragma_warning_disable_suppresses_it() =>
        Assert.That(SeverityOf(Evaluate(Source("#pragma warning disable MESH2008"), "new object")), Is.EqualTo("none"));

    [Test]
    public void Pragma_warning_restore_ends_the_suppression() =>
        Assert.That(SeverityOf(Evaluate(Source("#pragma warning disable MESH2008\n#pragma warning restore MESH2008"), "new object")), Is.EqualTo("warning"));

    [Test]
    public void A_pragma_for_another_id_does_not_suppress_it() =>
        Assert.That(SeverityOf(Evaluate(Source("#pragma warning disable MESH2004"), "new object")), Is.EqualTo("warning"));

    [Test]
    public void SuppressMessage_on_the_enclosing_type_suppresses_it() =>
        Assert.That(SeverityOf(Evaluate(Source("[SuppressMessage(\"Mesh.Build\", \"MESH2008\")]"), "new object")), Is.EqualTo("none"));

    [Test]
    public void SuppressMessage_with_id_and_title_suppresses_it() =>
        Assert.That(SeverityOf(Evaluate(Source("[SuppressMessage(\"Mesh.Build\", \"MESH2008:Definition returned no objects\")]"), "new object")), Is.EqualTo("none"));

    [Test]
    public void SuppressMessage_on_the_type_covers_its_attribute_line()
    {
        var source = Source("[SuppressMessage(\"Mesh.Build\", \"MESH2008\")]");
        Assert.That(SeverityOf(Evaluate(source, "[SuppressMessage")), Is.EqualTo("none"));
    }

    [TestCase("none", "none")]
    [TestCase("silent", "hidden")]
    [TestCase("suggestion", "info")]
    [TestCase("warning", "warning")]
    [TestCase("error", "error")]
    public void Editorconfig_severity_decides(string configured, string reported) =>
        Assert.That(SeverityOf(Evaluate(Source(), "new object", editorconfig: $"dotnet_diagnostic.MESH2008.severity = {configured}")), Is.EqualTo(reported));

    [Test]
    public void Globalconfig_severity_decides() =>
        Assert.That(SeverityOf(Evaluate(Source(), "new object", globalconfig: "dotnet_diagnostic.MESH2008.severity = error")), Is.EqualTo("error"));

    [Test]
    public void Category_severity_in_editorconfig_decides() =>
        Assert.That(SeverityOf(Evaluate(Source(), "new object", editorconfig: "dotnet_analyzer_diagnostic.category-Mesh.Build.severity = error")), Is.EqualTo("error"));

    [Test]
    public void NoWarn_suppresses_it() =>
        Assert.That(SeverityOf(Evaluate(Source(), "new object", ["/nowarn:CS1591,MESH2008"])), Is.EqualTo("none"));

    [Test]
    public void TreatWarningsAsErrors_makes_it_an_error() =>
        Assert.That(SeverityOf(Evaluate(Source(), "new object", ["/warnaserror+"])), Is.EqualTo("error"));

    [Test]
    public void WarningsNotAsErrors_keeps_it_a_warning() =>
        Assert.That(SeverityOf(Evaluate(Source(), "new object", ["/warnaserror+", "/warnaserror-:MESH2008"])), Is.EqualTo("warning"));

    [Test]
    public void WarningsAsErrors_with_its_id_makes_it_an_error() =>
        Assert.That(SeverityOf(Evaluate(Source(), "new object", ["/warnaserror+:MESH2008"])), Is.EqualTo("error"));

    [Test]
    public void A_finding_that_is_not_configurable_keeps_its_severity_and_gets_its_column()
    {
        var source = Source("#pragma warning disable MESH1001");
        var answer = Evaluate(source, "new object", request: Request(source, "new object", id: "MESH1001", severity: "error", configurable: false)).Single().Split('\t');

        Assert.That(answer[0], Is.EqualTo("error"));
        Assert.That(int.Parse(answer[1], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(1));
    }

    [Test]
    public void A_path_the_compiler_mapped_is_found_and_given_back_unmapped()
    {
        var source = Source("#pragma warning disable MESH2008");
        var answer = Evaluate(source, "new object", [$"/pathmap:{_dir}=/_/"], request: Request(source, "new object", file: "/_/Defs.cs")).Single().Split('\t');

        Assert.That(answer[0], Is.EqualTo("none"));
        Assert.That(answer[2], Is.EqualTo(SourcePath));
    }

    [Test]
    public void A_finding_without_a_location_follows_global_settings()
    {
        var request = string.Join('\t', "MESH2004", "warning", "1", "", "0", "No manifest definitions", "Mesh.Build", "https://example.invalid", "no definitions");

        Assert.That(SeverityOf(Evaluate(Source(), "new object", ["/nowarn:MESH2004"], request: request)), Is.EqualTo("none"));
        Assert.That(SeverityOf(Evaluate(Source(), "new object", request: request)), Is.EqualTo("warning"));
    }
}
