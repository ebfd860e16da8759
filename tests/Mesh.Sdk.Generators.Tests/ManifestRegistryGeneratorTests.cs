using static Mesh.Sdk.Generators.Tests.GeneratorTest;

namespace Mesh.Sdk.Generators.Tests;

/// <summary>What the registry generator writes, and that it compiles with the user's code.</summary>
public sealed class ManifestRegistryGeneratorTests
{
    [Test]
    public void OneDefinition()
    {
        var run = Run(Compile(withMeshSdk: true, Tree($$"""
            namespace Shop;

            [Manifest]
            public sealed class WebApi : ManifestDefinition
            {
                {{Build}}
            }
            """, "WebApi.cs")));

        Assert.That(Errors(run.Output), Is.Empty);
        Snapshot.Match(run.GeneratedText!, "OneDefinition");
    }

    [Test]
    public void SeveralDefinitions()
    {
        var run = Run(Compile(withMeshSdk: true,
            Tree($$"""
                namespace Shop
                {
                    [Manifest]
                    public sealed class WebApi : ManifestDefinition
                    {
                        {{Build}}
                    }

                    [Manifest("edge.gateway")]
                    internal sealed class Gateway : ManifestDefinition
                    {
                        {{Build}}
                    }
                }
                """, "Shop.cs"),
            Tree($$"""
                public static class Platform
                {
                    [Manifest]
                    public sealed class HTTPServerManifest : ManifestDefinition
                    {
                        {{Build}}
                    }
                }

                [Manifest("a-first")]
                public sealed class Zeta : ManifestDefinition
                {
                    {{Build}}
                }
                """, "Platform.cs")));

        Assert.That(Errors(run.Output), Is.Empty);
        Snapshot.Match(run.GeneratedText!, "SeveralDefinitions");
    }

    [Test]
    public void NoDefinitionsStillWritesAnEmptyRegistry()
    {
        var run = Run(Compile("public sealed class NotADefinition { }"));

        Assert.That(Errors(run.Output), Is.Empty);
        Assert.That(Definitions(run.Result), Is.Empty);
        Assert.That(run.GeneratedText, Does.Contain("class MeshManifestRegistry"));
    }

    [TestCase("WebApi", null, "web-api")]
    [TestCase("HTTPServer", null, "http-server")]
    [TestCase("QuickstartManifest", null, "quickstart")]
    [TestCase("OrdersDefinition", null, "orders")]
    [TestCase("Api2Gateway", null, "api2-gateway")]
    [TestCase("Manifest", null, "manifest")]
    [TestCase("WebApi", "web", "web")]
    [TestCase("Gateway", "edge.gateway-v2", "edge.gateway-v2")]
    public void NameComesFromTheAttributeOrTheClassName(string className, string? explicitName, string expected)
    {
        var attribute = explicitName is null ? "[Manifest]" : $"[Manifest(\"{explicitName}\")]";
        var run = Run(Compile($$"""
            namespace Shop;

            {{attribute}}
            public sealed class {{className}} : ManifestDefinition
            {
                {{Build}}
            }
            """));

        var definition = Definitions(run.Result).Single();
        Assert.Multiple(() =>
        {
            Assert.That(definition.Name, Is.EqualTo(expected));
            Assert.That(definition.TypeDisplayName, Is.EqualTo("Shop." + className));
            Assert.That(definition.TypeFullyQualifiedName, Is.EqualTo("global::Shop." + className));
            Assert.That(definition.FilePath, Is.EqualTo("/src/File0.cs"));
            Assert.That(definition.Line, Is.EqualTo(3), "the line of the declaration, attribute included");
            Assert.That(Errors(run.Output), Is.Empty);
        });
    }

    private static IEnumerable<TestCaseData> InvalidDefinitions()
    {
        yield return Case("Abstract", "[Manifest] public abstract class Bad : ManifestDefinition { }");
        yield return Case("Static", "[Manifest] public static class Bad { }");
        yield return Case("Generic", "[Manifest] public sealed class Bad<T> : ManifestDefinition { BUILD }");
        yield return Case("NestedInGeneric", "public class Outer<T> { [Manifest] public sealed class Bad : ManifestDefinition { BUILD } }");
        yield return Case("NotDerived", "[Manifest] public sealed class Bad { }");
        yield return Case("ConstructorWithParameters", "[Manifest] public sealed class Bad : ManifestDefinition { public Bad(int x) { } BUILD }");
        yield return Case("PrivateConstructor", "[Manifest] public sealed class Bad : ManifestDefinition { private Bad() { } BUILD }");
        yield return Case("PrivateNested", "public class Outer { [Manifest] private sealed class Bad : ManifestDefinition { BUILD } }");
        yield return Case("ProtectedNested", "public class Outer { [Manifest] protected sealed class Bad : ManifestDefinition { BUILD } }");
        yield return Case("NestedInPrivate", "public class Outer { private class Middle { [Manifest] public sealed class Bad : ManifestDefinition { BUILD } } }");
        yield return Case("InvalidExplicitName", "[Manifest(\"Not_Valid\")] public sealed class Bad : ManifestDefinition { BUILD }");
        yield return Case("EmptyExplicitName", "[Manifest(\"\")] public sealed class Bad : ManifestDefinition { BUILD }");
        yield return Case("InvalidDerivedName", "[Manifest] public sealed class Bad_ : ManifestDefinition { BUILD }");

        static TestCaseData Case(string name, string source) =>
            new TestCaseData(source.Replace("BUILD", Build, StringComparison.Ordinal)).SetName($"Invalid_{name}_IsLeftOutQuietly");
    }

    [TestCaseSource(nameof(InvalidDefinitions))]
    public void InvalidDefinitionsAreLeftOutQuietly(string invalid)
    {
        var valid = $$"""
            [Manifest("ok")]
            public sealed class Ok : ManifestDefinition
            {
                {{Build}}
            }
            """;

        var run = Run(Compile(valid, invalid));

        Assert.Multiple(() =>
        {
            Assert.That(Definitions(run.Result).Select(d => d.Name), Is.EqualTo(new[] { "ok" }));
            Assert.That(run.GeneratedText, Does.Not.Contain("Bad"));
            Assert.That(Errors(run.Output), Is.Empty, "the registry compiles without the invalid class");
        });
    }

    [TestCase("[Manifest(null!)]", "web")]
    [TestCase("[Manifest(42)]", "web")]
    [TestCase("[Manifest(\"a\", \"b\")]", "web")]
    public void AttributesThatDoNotGiveANameFallBackToTheClassName(string attribute, string expected)
    {
        var run = Run(Compile($$"""
            {{attribute}}
            public sealed class Web : ManifestDefinition
            {
                {{Build}}
            }
            """));

        Assert.That(Definitions(run.Result).Select(d => d.Name), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void HalfTypedCodeDoesNotBreakTheGenerator()
    {
        // Run asserts no exception and no generator diagnostics.
        var run = Run(Compile("""
            [Manifest]
            public sealed class Broken : ManifestDefinitio
            {
                public override IEnumerable<KubernetesObject> Build(ManifestContext context)
                {
                    return
            """));

        Assert.That(Definitions(run.Result), Is.Empty);
    }

    [Test]
    public void NothingIsGeneratedWithoutMeshSdk()
    {
        var run = Run(Compile(withMeshSdk: false, Tree("""
            namespace Mesh.Sdk
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class ManifestAttribute : System.Attribute { }

                public abstract class ManifestDefinition { }
            }

            [Mesh.Sdk.Manifest]
            public sealed class Web : Mesh.Sdk.ManifestDefinition { }
            """, "Lookalike.cs")));

        Assert.Multiple(() =>
        {
            Assert.That(run.Result.GeneratedSources, Is.Empty);
            Assert.That(Errors(run.Output), Is.Empty);
        });
    }

    [Test]
    public void OutputDoesNotDependOnFileOrder()
    {
        string[] sources =
        [
            $$"""[Manifest] public sealed class Orders : ManifestDefinition { {{Build}} }""",
            $$"""[Manifest] public sealed class Api : ManifestDefinition { {{Build}} }""",
            $$"""namespace B { [Manifest("web")] public sealed class Web : ManifestDefinition { {{Build}} } }""",
            $$"""namespace A { [Manifest("web")] public sealed class Web : ManifestDefinition { {{Build}} } }""",
        ];
        var trees = sources.Select((s, i) => Tree(s, $"Definition{i}.cs")).ToArray();

        var forward = Run(Compile(withMeshSdk: true, trees));
        var backward = Run(Compile(withMeshSdk: true, [.. trees.Reverse()]));
        var shuffled = Run(Compile(withMeshSdk: true, trees[2], trees[0], trees[3], trees[1]));

        Assert.Multiple(() =>
        {
            Assert.That(backward.GeneratedText, Is.EqualTo(forward.GeneratedText));
            Assert.That(shuffled.GeneratedText, Is.EqualTo(forward.GeneratedText));
            Assert.That(Definitions(forward.Result).Select(d => d.TypeDisplayName), Is.EqualTo(new[] { "Api", "Orders", "A.Web", "B.Web" }),
                "by name, then by type");
        });
    }
}
