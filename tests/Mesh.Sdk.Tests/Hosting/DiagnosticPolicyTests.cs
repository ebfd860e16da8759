using Mesh.Sdk.Hosting;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Tests.Hosting;

/// <summary>
/// The emit host asks the installed diagnostic policy how to report each finding: effective
/// severities decide whether anything is written, suppressed findings are not reported, and
/// model errors cannot be weakened.
/// </summary>
public sealed class DiagnosticPolicyTests : HostTestBase
{
    private EmitHost.EmitResult Emit(Func<string[], string[]>? policy, params DefinitionEntry[] entries) =>
        EmitHost.Emit(entries, new EmitOptions(Output, Project, "Demo", false, TargetVersions.Default), policy);

    /// <summary>A policy answering <paramref name="severity"/> at column 9 for every finding, recording what it was asked.</summary>
    private static Func<string[], string[]> Answer(string severity, List<string>? asked = null) => request =>
    {
        asked?.AddRange(request);
        return request.Select(_ => severity + "\t9").ToArray();
    };

    [Test]
    public void The_policy_is_asked_with_id_severity_configurability_location_and_message()
    {
        var asked = new List<string>();

        Emit(Answer("warning", asked), Entry("empty", _ => []), Entry("a", _ => [Map("one")]));

        Assert.That(asked, Is.EqualTo(new[]
        {
            "MESH2008\twarning\t1\t/src/Defs.cs\t7\tDefinition returned no objects\tMesh.Build\thttps://github.com/mesh-sdk/Mesh.Sdk/blob/main/docs/rules/MESH2008.md\t" +
            "Definition 'Tests.empty' returned no objects, so no file is written for it; return at least one object or remove the [Manifest] attribute",
        }));
    }

    [Test]
    public void A_warning_the_policy_makes_an_error_blocks_every_write()
    {
        var result = Emit(Answer("error"), Entry("empty", _ => []), Entry("a", _ => [Map("one")]));

        Assert.That(result.Reported.Select(r => (r.Diagnostic.Rule.Id, r.Severity)), Is.EqualTo(new[] { ("MESH2008", Diagnostics.MeshSeverity.Error) }));
        Assert.That(result.Summary, Is.Null);
        Assert.That(Directory.Exists(Output), Is.False, "an effective error writes nothing");
    }

    [TestCase("none")]
    [TestCase("hidden")]
    public void A_suppressed_or_hidden_warning_is_not_reported_and_the_files_are_written(string severity)
    {
        var result = Emit(Answer(severity), Entry("empty", _ => []), Entry("a", _ => [Map("one")]));

        Assert.That(result.Reported, Is.Empty);
        Assert.That(File.Exists(Path.Combine(Output, "a.yaml")), Is.True);
    }

    [Test]
    public void The_column_the_policy_found_is_kept()
    {
        var result = Emit(Answer("warning"), Entry("empty", _ => []));

        Assert.That(result.Reported.Single().Column, Is.EqualTo(9));
    }

    [Test]
    public void A_model_error_cannot_be_suppressed_or_downgraded()
    {
        var asked = new List<string>();

        var result = Emit(Answer("none", asked), Entry("a", _ => [Map("Bad_Name")]));

        Assert.That(asked.Single(), Does.StartWith("MESH1001\terror\t0\t"));
        Assert.That(result.Reported.Select(r => (r.Diagnostic.Rule.Id, r.Severity, r.Column)), Is.EqualTo(new[] { ("MESH1001", Diagnostics.MeshSeverity.Error, 9) }));
        Assert.That(Directory.Exists(Output), Is.False);
    }

    [Test]
    public void A_policy_that_throws_leaves_the_catalogue_severities()
    {
        var result = Emit(_ => throw new InvalidOperationException("no compiler"), Entry("empty", _ => []), Entry("a", _ => [Map("one")]));

        Assert.That(result.Reported.Select(r => (r.Diagnostic.Rule.Id, r.Severity, r.Column)), Is.EqualTo(new[] { ("MESH2008", Diagnostics.MeshSeverity.Warning, 0) }));
        Assert.That(File.Exists(Path.Combine(Output, "a.yaml")), Is.True);
    }

    [Test]
    public void A_policy_answering_the_wrong_number_of_lines_leaves_the_catalogue_severities()
    {
        var result = Emit(_ => [], Entry("empty", _ => []));

        Assert.That(result.Reported.Select(r => r.Severity), Is.EqualTo(new[] { Diagnostics.MeshSeverity.Warning }));
    }

    [Test]
    public void The_protocol_line_carries_line_and_column()
    {
        var d = Emit(Answer("warning"), Entry("empty", _ => [])).Reported.Single();

        Assert.That(HostProtocol.Format(d.Diagnostic, d.Column).Split('\t')[4], Is.EqualTo("7,9"));
    }

    [Test]
    public void Without_a_policy_nothing_is_asked_and_no_column_is_given()
    {
        var d = Emit(null, Entry("empty", _ => [])).Reported.Single();

        Assert.That(HostProtocol.Format(d.Diagnostic, d.Column).Split('\t')[4], Is.EqualTo("7"));
    }
}
