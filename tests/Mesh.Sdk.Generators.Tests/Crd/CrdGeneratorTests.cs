using static Mesh.Sdk.Generators.Tests.Crd.CrdTest;

namespace Mesh.Sdk.Generators.Tests.Crd;

/// <summary>What the CRD import writes for each schema construct, and that it compiles.</summary>
public sealed class CrdGeneratorTests
{
    [Test]
    public void RepresentativeCrd()
    {
        var run = Run(File("widgets.yaml", CrdSamples.Widget));

        Assert.Multiple(() =>
        {
            Assert.That(run.Diagnostics, Is.Empty);
            Assert.That(Errors(run.Output), Is.Empty);
        });
        MatchSnapshot(run.Source("Mesh.Sdk.Crds.Shop.Example.Com.V1.Widget.g.cs"), "CrdWidget");
    }
}

/// <summary>Names, namespaces, versions and scope.</summary>
public sealed class CrdNamingTests
{
    [Test]
    public void EveryServedVersionGetsItsNamespace()
    {
        var run = Run(File("widgets.yaml", CrdSamples.Widget));

        Assert.That(run.HintNames.Where(h => h.Contains(".Widget.", StringComparison.Ordinal)), Is.EquivalentTo(new[]
        {
            "Mesh.Sdk.Crds.Shop.Example.Com.V1.Widget.g.cs",
            "Mesh.Sdk.Crds.Shop.Example.Com.V1beta1.Widget.g.cs",
        }), "v1alpha1 is not served");
    }

    [Test]
    public void TheNamespaceMetadataReplacesTheGroupPrefix()
    {
        var run = Run(Compile("""
            public static class Use { public static object Make() => new Acme.Tools.V2.Gadget { Metadata = new() { Name = "g" } }; }
            """), File("gadgets.yaml", CrdSamples.Gadget, @namespace: "Acme.Tools"));

        Assert.Multiple(() =>
        {
            Assert.That(run.HintNames, Does.Contain("Acme.Tools.V2.Gadget.g.cs"));
            Assert.That(Errors(run.Output), Is.Empty);
        });
    }

    [Test]
    public void ClusterScopedKindsAreNotNamespaced()
    {
        var run = Run(File("gadgets.yaml", CrdSamples.Gadget));

        Assert.That(run.Source("Gadget.g.cs"), Does.Contain("public override bool IsNamespaced => false;"));
    }

    [Test]
    public void OtherAdditionalFilesAreIgnored()
    {
        var run = Run(new CrdFile("/src/notes.yaml", "not: a crd", null, IsMeshCrd: false));

        Assert.Multiple(() =>
        {
            Assert.That(run.Diagnostics, Is.Empty);
            Assert.That(run.HintNames, Is.Empty);
        });
    }

    [Test]
    public void LegacyV1beta1CrdsUseTheSharedValidationSchema()
    {
        var run = Run(File("legacy.yaml", """
            apiVersion: apiextensions.k8s.io/v1beta1
            kind: CustomResourceDefinition
            metadata: {name: olds.example.com}
            spec:
              group: example.com
              version: v1
              names: {kind: Old}
              validation:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec:
                      type: object
                      properties:
                        value: {type: string}
            """));

        Assert.Multiple(() =>
        {
            Assert.That(run.Diagnostics, Is.Empty);
            Assert.That(run.Source("Mesh.Sdk.Crds.Example.Com.V1.Old.g.cs"), Does.Contain("public string? Value { get; set; }"));
            Assert.That(Errors(run.Output), Is.Empty);
        });
    }

    [Test]
    public void SeveralCrdsInOneFileAndAListDocument()
    {
        var run = Run(File("all.yaml", CrdSamples.Widget + "\n---\n" + """
            apiVersion: v1
            kind: List
            items:
            """ + "\n" + Indent(CrdSamples.Gadget)));

        Assert.Multiple(() =>
        {
            Assert.That(run.Diagnostics, Is.Empty);
            Assert.That(run.HintNames, Has.Length.EqualTo(3));
            Assert.That(Errors(run.Output), Is.Empty);
        });
    }

    [Test]
    public void NestedTypeNameCollisionsAreResolvedDeterministically()
    {
        var run = Run(File("c.yaml", """
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
                            a: {type: object, properties: {rule: {type: object, properties: {x: {type: string}}}}}
                            b: {type: object, properties: {rule: {type: object, properties: {y: {type: string}}}}}
                            spec: {type: object, properties: {z: {type: string}}}
                            thing: {type: string}
            """));
        var text = run.Source("Thing.g.cs");

        Assert.Multiple(() =>
        {
            Assert.That(Errors(run.Output), Is.Empty);
            Assert.That(text, Does.Contain("public ThingRule? Rule"));
            Assert.That(text, Does.Contain("public ThingBRule? Rule"));
            Assert.That(text, Does.Contain("public ThingSpecSpec? Spec"));
            Assert.That(text, Does.Contain("public string? Thing { get; set; }"), "a property may share the kind's name in a nested type");
            Assert.That(Run(File("c.yaml", run.Result.GeneratedSources.Length > 0 ? "" : "")).Diagnostics, Is.Empty);
        });
    }

    private static string Indent(string yaml) =>
        "- " + string.Join("\n  ", yaml.Split('\n'));
}
