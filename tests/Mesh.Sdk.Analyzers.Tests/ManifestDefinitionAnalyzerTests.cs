using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;

namespace Mesh.Sdk.Analyzers.Tests;

/// <summary>MESH2007 (invalid definition) and MESH2002 (duplicate name) from ManifestDefinitionAnalyzer.</summary>
public sealed class ManifestDefinitionAnalyzerTests
{
    private const string Build = "public override IEnumerable<KubernetesObject> Build(ManifestContext context) => [];";

    /// <summary>Each case: a source with the expected line marked <c>//!</c>, and words the message must contain.</summary>
    private static IEnumerable<TestCaseData> InvalidDefinitions()
    {
        yield return Case("NotDerived", """
            [Manifest]
            public sealed class Web //!
            {
            }
            """, "'Web'", "does not derive from Mesh.Sdk.ManifestDefinition", "derive from ManifestDefinition");
        yield return Case("Abstract", """
            [Manifest]
            public abstract class Web : ManifestDefinition //!
            {
            }
            """, "'Web'", "is abstract", "make it a concrete sealed class");
        yield return Case("Static", """
            [Manifest]
            public static class Web //!
            {
            }
            """, "'Web'", "is static");
        yield return Case("Generic", $$"""
            [Manifest]
            public sealed class Web<T> : ManifestDefinition //!
            {
                {{Build}}
            }
            """, "'Web<T>'", "is generic", "remove the type parameters");
        yield return Case("NestedInGeneric", $$"""
            public class Outer<T>
            {
                [Manifest]
                public sealed class Web : ManifestDefinition //!
                {
                    {{Build}}
                }
            }
            """, "'Outer<T>.Web'", "nested in generic type 'Outer<T>'", "move it out");
        yield return Case("ConstructorWithParameters", $$"""
            [Manifest]
            public sealed class Web : ManifestDefinition //!
            {
                public Web(int replicas) { }
                {{Build}}
            }
            """, "'Web'", "has no public parameterless constructor", "add 'public Web() { }'");
        yield return Case("PrivateConstructor", $$"""
            [Manifest]
            public sealed class Web : ManifestDefinition //!
            {
                private Web() { }
                {{Build}}
            }
            """, "'Web'", "has no public parameterless constructor");
        yield return Case("PrivateNested", $$"""
            public class Outer
            {
                [Manifest]
                private sealed class Web : ManifestDefinition //!
                {
                    {{Build}}
                }
            }
            """, "'Outer.Web'", "is private", "make it public or internal");
        yield return Case("ProtectedNested", $$"""
            public class Outer
            {
                [Manifest]
                protected sealed class Web : ManifestDefinition //!
                {
                    {{Build}}
                }
            }
            """, "'Outer.Web'", "is protected", "make it public or internal");
        yield return Case("NestedInPrivate", $$"""
            public class Outer
            {
                private class Middle
                {
                    [Manifest]
                    public sealed class Web : ManifestDefinition //!
                    {
                        {{Build}}
                    }
                }
            }
            """, "'Outer.Middle.Web'", "nested in private type 'Outer.Middle'", "make 'Middle' public or internal");
        yield return Case("InvalidExplicitName", $$"""
            [Manifest("Web_API")] //!
            public sealed class Web : ManifestDefinition
            {
                {{Build}}
            }
            """, "'Web'", "has the name 'Web_API', which is not a valid file name", "lower-case letters, digits, '-' and '.'", "[Manifest(\"web-api\")]");
        yield return Case("EmptyExplicitName", $$"""
            [Manifest("")] //!
            public sealed class Web : ManifestDefinition
            {
                {{Build}}
            }
            """, "'Web'", "has the name ''", "[Manifest(\"web\")]");
        yield return Case("InvalidDerivedName", $$"""
            [Manifest] //!
            public sealed class Web_ : ManifestDefinition
            {
                {{Build}}
            }
            """, "'Web_'", "gets the name 'web-' from its class name", "[Manifest(\"web\")]");
        yield return Case("NonAsciiDerivedName", $$"""
            [Manifest] //!
            public sealed class Café : ManifestDefinition
            {
                {{Build}}
            }
            """, "'Café'", "gets the name 'café' from its class name");

        static TestCaseData Case(string name, string source, params string[] message) =>
            new TestCaseData(source, message).SetName($"MESH2007_{name}");
    }

    [TestCaseSource(nameof(InvalidDefinitions))]
    public async Task Mesh2007IsReportedAtTheMarkedLineWithTheFix(string source, string[] messageParts)
    {
        var diagnostics = await AnalyzeAsync(Compile(source));

        Assert.That(diagnostics, Has.Length.EqualTo(1), string.Join("\n", diagnostics));
        var diagnostic = diagnostics[0];
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("MESH2007"));
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(Line(diagnostic), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(diagnostic), Does.StartWith("[Manifest] class "));
            foreach (var part in messageParts) Assert.That(Message(diagnostic), Does.Contain(part));
        });
    }

    private static IEnumerable<TestCaseData> ValidDefinitions()
    {
        yield return Case("Simple", $$"""
            [Manifest]
            public sealed class Web : ManifestDefinition
            {
                {{Build}}
            }
            """);
        yield return Case("InternalWithExplicitName", $$"""
            [Manifest("edge.gateway-v2")]
            internal sealed class Gateway : ManifestDefinition
            {
                {{Build}}
            }
            """);
        yield return Case("NestedInPublic", $$"""
            public static class Definitions
            {
                [Manifest]
                public sealed class Web : ManifestDefinition
                {
                    {{Build}}
                }
            }
            """);
        yield return Case("ExplicitPublicConstructor", $$"""
            [Manifest]
            public sealed class Web : ManifestDefinition
            {
                private readonly int _replicas;
                public Web() : this(2) { }
                private Web(int replicas) => _replicas = replicas;
                {{Build}}
            }
            """);
        yield return Case("DerivedThroughAnAbstractBase", $$"""
            public abstract class WorkloadBase : ManifestDefinition
            {
            }

            [Manifest]
            public sealed class Web : WorkloadBase
            {
                {{Build}}
            }
            """);
        yield return Case("NullNameMeansDerived", $$"""
            [Manifest(null!)]
            public sealed class WebApi : ManifestDefinition
            {
                {{Build}}
            }
            """);
        yield return Case("InvalidClassWithoutAttribute", """
            public abstract class Web<T>
            {
                private Web(int x) { }
            }
            """);
        yield return Case("NotADuplicateAcrossDifferentNames", $$"""
            [Manifest("web")]
            public sealed class Web : ManifestDefinition
            {
                {{Build}}
            }

            [Manifest("web-canary")]
            public sealed class WebCanary : ManifestDefinition
            {
                {{Build}}
            }
            """);

        static TestCaseData Case(string name, string source) => new TestCaseData(source).SetName($"Compliant_{name}");
    }

    [TestCaseSource(nameof(ValidDefinitions))]
    public async Task ValidDefinitionsHaveNoDiagnostics(string source)
    {
        var diagnostics = await AnalyzeValidCSharpAsync(source);

        Assert.That(diagnostics, Is.Empty);
    }

    [Test]
    public async Task NothingIsReportedWithoutMeshSdk()
    {
        var compilation = Compile(withMeshSdk: false, """
            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class ManifestAttribute : System.Attribute { }

                [Manifest]
                public abstract class Web<T> { }
            }
            """);

        Assert.That(await AnalyzeAsync(compilation), Is.Empty);
    }

    [Test]
    public async Task Mesh2002IsReportedOnBothDefinitionsWithTheSameName()
    {
        var first = $$"""
            [Manifest("web")] //!
            public sealed class Web : ManifestDefinition
            {
                {{Build}}
            }
            """;
        var second = $$"""
            namespace Canary;

            [Manifest("web")] //!
            public sealed class WebCanary : ManifestDefinition
            {
                {{Build}}
            }
            """;

        var diagnostics = await AnalyzeValidCSharpAsync(first, second);

        Assert.That(diagnostics, Has.Length.EqualTo(2), string.Join("\n", diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => d.Id), Is.All.EqualTo("MESH2002"));
            Assert.That(diagnostics.Select(d => d.Severity), Is.All.EqualTo(DiagnosticSeverity.Error));
            Assert.That(diagnostics[0].Location.SourceTree!.FilePath, Is.EqualTo("/src/File0.cs"));
            Assert.That(Line(diagnostics[0]), Is.EqualTo(MarkedLines(first).Single()));
            Assert.That(Message(diagnostics[0]), Is.EqualTo(
                "Definitions Web and Canary.WebCanary are both named 'web' and would write the same file; give one of them another name with [Manifest(\"...\")]"));
            Assert.That(diagnostics[1].Location.SourceTree!.FilePath, Is.EqualTo("/src/File1.cs"));
            Assert.That(Line(diagnostics[1]), Is.EqualTo(MarkedLines(second).Single()));
            Assert.That(Message(diagnostics[1]), Does.StartWith("Definitions Canary.WebCanary and Web are both named 'web'"));
        });
    }

    [Test]
    public async Task Mesh2002ComparesDerivedAndExplicitNames()
    {
        var source = $$"""
            namespace A
            {
                [Manifest] //!
                public sealed class WebApiManifest : ManifestDefinition
                {
                    {{Build}}
                }
            }

            namespace B
            {
                [Manifest] //!
                public sealed class WebApi : ManifestDefinition
                {
                    {{Build}}
                }

                [Manifest("web-api")] //!
                public sealed class Api : ManifestDefinition
                {
                    {{Build}}
                }
            }
            """;

        var diagnostics = await AnalyzeValidCSharpAsync(source);

        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "MESH2002", "MESH2002", "MESH2002" }));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(Line), Is.EqualTo(MarkedLines(source)));
            Assert.That(diagnostics.Select(Message), Has.All.Contain("named 'web-api'"));
            Assert.That(Message(diagnostics[0]), Does.StartWith("Definitions A.WebApiManifest and "));
        });
    }

    [Test]
    public async Task Mesh2002IgnoresDefinitionsThatAreAlreadyInvalid()
    {
        var source = $$"""
            [Manifest("web")]
            public sealed class Web : ManifestDefinition
            {
                {{Build}}
            }

            [Manifest("web")]
            public abstract class WebBase : ManifestDefinition //!
            {
            }
            """;

        var diagnostics = await AnalyzeValidCSharpAsync(source);

        Assert.That(diagnostics, Has.Length.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics[0].Id, Is.EqualTo("MESH2007"));
            Assert.That(Line(diagnostics[0]), Is.EqualTo(MarkedLines(source).Single()));
        });
    }

    private static IEnumerable<TestCaseData> HalfTypedCode()
    {
        yield return new TestCaseData("""
            [Manifest]
            public sealed class Broken : ManifestDefinition
            {
                public override IEnumerable<KubernetesObject> Build(ManifestContext context)
                {
                    return
            """).SetName("HalfTyped_SyntaxErrors");
        yield return new TestCaseData("""
            [Manifest]
            public sealed class Web : ManifestDefinitio
            {
            }
            """).SetName("HalfTyped_MissingBaseType");
        yield return new TestCaseData("""
            [Manifest(null)]
            public sealed class Web : ManifestDefinition
            {
            }
            """).SetName("HalfTyped_NullName");
        yield return new TestCaseData("""
            [Manifest(42)]
            public sealed class Web : ManifestDefinition
            {
            }
            """).SetName("HalfTyped_IntName");
        yield return new TestCaseData("""
            [Manifest("a", "b")]
            public sealed class Web : ManifestDefinition
            {
            }
            """).SetName("HalfTyped_TooManyArguments");
        yield return new TestCaseData("""
            [Manifest(
            public sealed class Web : ManifestDefinition
            """).SetName("HalfTyped_UnfinishedAttribute");
        yield return new TestCaseData("""
            [Manifest]
            public sealed class
            """).SetName("HalfTyped_NoClassName");
        yield return new TestCaseData("""
            [Manifest]
            public struct Web { }
            [Manifest]
            public interface IWeb { }
            """).SetName("HalfTyped_NotAClass");
        yield return new TestCaseData("""
            [Manifest(nameof(Missing))]
            public sealed class Web : ManifestDefinition, IMissing
            {
                public Web(Missing m) { }
            }
            """).SetName("HalfTyped_UnknownSymbols");
    }

    /// <summary>The compiler reports broken code; the analyzer must not throw nor pile on.</summary>
    [TestCaseSource(nameof(HalfTypedCode))]
    public async Task HalfTypedCodeNeverThrows(string source)
    {
        var compilation = Compile(source);
        Assert.That(compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error), Is.True, "the case should be broken code");

        var diagnostics = await AnalyzeAsync(compilation);

        Assert.That(diagnostics.Select(d => d.Id), Has.All.StartsWith("MESH"));
    }

    [Test]
    public async Task MissingBaseTypeIsLeftToTheCompiler()
    {
        var diagnostics = await AnalyzeAsync(Compile("""
            [Manifest]
            public sealed class Web : ManifestDefinitio
            {
            }
            """));

        Assert.That(diagnostics, Is.Empty);
    }

    [TestCase("[Manifest(null)]")]
    [TestCase("[Manifest(42)]")]
    public async Task UnusualAttributeArgumentsAreNotReportedAsInvalidNames(string attribute)
    {
        var diagnostics = await AnalyzeAsync(Compile($$"""
            {{attribute}}
            public sealed class Web : ManifestDefinition
            {
                {{Build}}
            }
            """));

        Assert.That(diagnostics, Is.Empty);
    }
}
