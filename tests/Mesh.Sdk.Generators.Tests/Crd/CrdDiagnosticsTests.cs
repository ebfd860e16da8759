using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Generators.Tests.Crd.CrdTest;

namespace Mesh.Sdk.Generators.Tests.Crd;

/// <summary>Bad CRD files get a MESH201x diagnostic on the file, never a generator crash (CS8785).</summary>
public sealed class CrdDiagnosticsTests
{
    [Test]
    public void InvalidYaml()
    {
        var run = Run(File("broken.yaml", "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n  spec: x\n"));

        var d = run.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Id, Is.EqualTo("MESH2010"));
            Assert.That(d.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(d.Location.GetLineSpan().Path, Is.EqualTo("/src/crds/broken.yaml"));
            Assert.That(d.Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(2), d.ToString());
            Assert.That(d.GetMessage(), Does.Contain("broken.yaml").And.Contain("not valid YAML"));
            Assert.That(d.Descriptor.HelpLinkUri, Does.EndWith("/docs/rules/MESH2010.md"));
            Assert.That(run.HintNames, Is.Empty);
        });
    }

    [Test]
    public void NotACrd()
    {
        var run = Run(File("deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n---\n- a\n- b\n"));

        Assert.Multiple(() =>
        {
            Assert.That(run.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "MESH2011", "MESH2011" }));
            Assert.That(run.Diagnostics.First().GetMessage(), Does.Contain("kind 'Deployment' (apps/v1)"));
            Assert.That(run.Diagnostics.First().Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(run.Diagnostics.Last().Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(4));
        });
    }

    [TestCase("spec: {group: example.com, names: {kind: Thing}}", "spec.versions is missing")]
    [TestCase("spec: {names: {kind: Thing}, versions: []}", "spec.group is missing")]
    [TestCase("spec: {group: example.com, names: {kind: thing}, versions: []}", "is not a PascalCase name")]
    [TestCase("spec: {group: example.com, names: {}, versions: []}", "spec.names.kind is missing")]
    [TestCase("spec: 3", "no 'spec' mapping")]
    public void InvalidCrd(string spec, string message)
    {
        var run = Run(File("bad.yaml", "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: things.example.com}\n" + spec + "\n"));

        var d = run.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Id, Is.EqualTo("MESH2012"));
            Assert.That(d.GetMessage(), Does.Contain("things.example.com").And.Contain(message));
        });
    }

    [Test]
    public void MissingOpenApiSchema()
    {
        var run = Run(File("noschema.yaml", """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: things.example.com}
            spec:
              group: example.com
              names: {kind: Thing}
              versions:
                - name: v1
                  served: true
                - name: v2
                  served: true
                  schema:
                    openAPIV3Schema: {type: object}
            """));

        var d = run.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Id, Is.EqualTo("MESH2013"));
            Assert.That(d.GetMessage(), Does.Contain("'things.example.com' version 'v1'"));
            Assert.That(d.Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(7));
            Assert.That(run.HintNames, Does.Contain("Mesh.Sdk.Crds.Example.Com.V2.Thing.g.cs"), "the other version is still generated");
            Assert.That(Errors(run.Output), Is.Empty);
        });
    }

    [Test]
    public void UnsupportedConstructFallsBackToObjectWithAWarning()
    {
        var run = Run(File("odd.yaml", """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: things.example.com}
            spec:
              group: example.com
              names: {kind: Thing}
              versions:
                - name: v1
                  served: true
                  schema:
                    openAPIV3Schema:
                      type: object
                      properties:
                        spec:
                          type: object
                          properties:
                            linked: {$ref: "#/definitions/Other"}
                            tuple: {type: array, items: [{type: string}, {type: integer}]}
                            weird: {type: decimal}
            """));

        Assert.Multiple(() =>
        {
            Assert.That(run.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "MESH2014", "MESH2014", "MESH2014" }));
            Assert.That(run.Diagnostics.Select(d => d.GetMessage()), Has.Some.Contain("at 'spec.linked': '$ref' is not allowed"));
            Assert.That(run.Diagnostics.Select(d => d.GetMessage()), Has.Some.Contain("at 'spec.weird': type 'decimal'"));
            Assert.That(run.Diagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line), Is.EqualTo(new[] { 16, 17, 18 }));
            Assert.That(run.Source("Thing.g.cs"), Does.Contain("public object? Linked { get; set; }"));
            Assert.That(Errors(run.Output), Is.Empty);
        });
    }

    [Test]
    public void DuplicateKindsAcrossFiles()
    {
        var run = Run(File("a.yaml", CrdSamples.Gadget), File("b.yaml", CrdSamples.Gadget));

        var d = run.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Id, Is.EqualTo("MESH2015"));
            Assert.That(d.Location.GetLineSpan().Path, Is.EqualTo("/src/crds/b.yaml"), "the first file by path keeps the types");
            Assert.That(d.GetMessage(), Does.Contain("Mesh.Sdk.Crds.Tools.Example.Com.V2.Gadget").And.Contain("/src/crds/a.yaml"));
            Assert.That(run.HintNames.Count(h => h.EndsWith("Gadget.g.cs", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(Errors(run.Output), Is.Empty);
        });
    }

    [Test]
    public void DuplicateKindsInOneFile()
    {
        var run = Run(File("a.yaml", CrdSamples.Gadget + "\n---\n" + CrdSamples.Gadget));

        Assert.Multiple(() =>
        {
            Assert.That(run.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "MESH2015" }));
            Assert.That(run.Diagnostics.Single().Location.GetLineSpan().StartLinePosition.Line, Is.GreaterThan(15));
            Assert.That(Errors(run.Output), Is.Empty);
        });
    }

    [TestCase("")]
    [TestCase("---\n---\n")]
    [TestCase("\t\u0000garbage: [")]
    [TestCase("a: &x [*x]")]
    [TestCase("kind: [unclosed\nspec: x\n")]
    [TestCase("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n  group: g\n  names: {kind: K}\n  versions: [{name: v1, schema: {openAPIV3Schema: {type: object, properties: {spec: {type: object, properties: {a: 3, b: [1], c: {type: array, items: 4}}}}}}}]\n")]
    [TestCase("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n  group: g\n  names: {kind: K}\n  versions: [{name: 'v 1', schema: {openAPIV3Schema: {type: object}}}]\n")]
    [TestCase("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n  group: '1.x'\n  names: {kind: K}\n  versions: [{name: v1, schema: {openAPIV3Schema: {type: object}}}]\n")]
    public void OddInputNeverCrashesTheGenerator(string yaml)
    {
        var run = Run(File("odd.yaml", yaml));

        Assert.Multiple(() =>
        {
            Assert.That(run.Result.Exception, Is.Null);
            Assert.That(run.Diagnostics.Select(d => d.Id), Has.None.EqualTo("CS8785"));
            Assert.That(Errors(run.Output), Is.Empty);
        });
    }
}
