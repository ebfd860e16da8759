using Mesh.Sdk.Analyzers.Core;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;

namespace Mesh.Sdk.Analyzers.Tests;

/// <summary>
/// The per-body index the mesh rules share (<see cref="BodyIndex"/>) skips bodies whose text has
/// no <c>new</c> and does not descend into leaves or an initializer's property targets: a model
/// creation reached any other way must still get its diagnostic. Each case hides one serving
/// container without a preStop delay (MESH010) somewhere else in a method body.
/// </summary>
public sealed class BodyIndexTests
{
    /// <summary>A PodSpec whose only container serves on a port and has no preStop: MESH010 at the container's <c>new</c>.</summary>
    private const string PodSpec = """
        new()
                {
                    Containers =
                    [
                        new() //!
                        {
                            Name = "app",
                            Image = "app:1",
                            Ports = [new() { Port = 8080 }],
                        },
                    ],
                }
        """;

    private static IEnumerable<TestCaseData> Bodies()
    {
        yield return Case("InACollectionExpression", $$"""
            public static class Definitions
            {
                public static List<PodSpec> Specs()
                {
                    List<PodSpec> specs = [{{PodSpec}}];
                    return specs;
                }
            }
            """);
        yield return Case("InALambda", $$"""
            public static class Definitions
            {
                public static Func<PodSpec> Spec()
                {
                    return () => new PodSpec {{PodSpec.Substring(5)}};
                }
            }
            """);
        yield return Case("InALocalFunction", $$"""
            public static class Definitions
            {
                public static PodSpec Spec()
                {
                    return Make();

                    static PodSpec Make() => {{PodSpec}};
                }
            }
            """);
        yield return Case("InANestedInitializer", $$"""
            public static class Definitions
            {
                public static Deployment Make() => new()
                {
                    Metadata = new() { Name = "web" },
                    Spec = new()
                    {
                        Selector = new() { MatchLabels = { ["app"] = "web" } },
                        Template = new()
                        {
                            Spec = {{PodSpec}},
                        },
                    },
                };
            }
            """);
        yield return Case("AsAnArgument", $$"""
            public static class Definitions
            {
                public static PodSpec Spec() => Keep({{PodSpec}});

                private static PodSpec Keep(PodSpec spec) => spec;
            }
            """);
        yield return Case("InAConditional", $$"""
            public static class Definitions
            {
                public static PodSpec? Spec(bool wanted) => wanted ? {{PodSpec}} : null;
            }
            """);
        yield return Case("AssignedToAPropertyOfThis", $$"""
            public sealed class Holder
            {
                public PodSpec? Spec { get; set; }

                public void Fill()
                {
                    this.Spec = {{PodSpec}};
                }
            }
            """);
        yield return Case("InAFieldInitializer", $$"""
            public static class Definitions
            {
                public static readonly PodSpec Spec = {{PodSpec}};
            }
            """);
        yield return Case("InAConstructorInitializer", $$"""
            public class Base
            {
                public Base(PodSpec spec) => Spec = spec;

                public PodSpec Spec { get; }
            }

            public sealed class Derived : Base
            {
                public Derived() : base({{PodSpec}})
                {
                }
            }
            """);
        yield return Case("InAnIndexerArgumentOfAnInitializer", $$"""
            public sealed class ByName
            {
                private readonly Dictionary<string, string> _names = [];

                public string this[PodSpec spec]
                {
                    get => _names.TryGetValue(spec.ToString()!, out var name) ? name : "";
                    set => _names[spec.ToString()!] = value;
                }
            }

            public static class Definitions
            {
                public static ByName Names() => new() { [{{PodSpec}}] = "web" };
            }
            """);

        static TestCaseData Case(string name, string source) => new TestCaseData(source).SetName("MissingPreStopDelayIsFound_" + name);
    }

    [TestCaseSource(nameof(Bodies))]
    public async Task AContainerOutOfTheUsualPlaceStillGetsItsDiagnostic(string source)
    {
        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(new[] { ("MESH010", MarkedLines(source).Single()) }), string.Join("\n", diagnostics));
    }

    [Test]
    public async Task ABodyWhoseOnlyNewIsInACommentOrAStringGetsNothing()
    {
        var source = """
            public static class Definitions
            {
                // renew the spec: nothing is created here
                public static string Renew(PodSpec spec) => "new " + spec.ToString();
            }
            """;

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics, Is.Empty);
    }

    [TestCase(4090)]
    [TestCase(4091)]
    [TestCase(4092)]
    [TestCase(4093)]
    [TestCase(4094)]
    [TestCase(4095)]
    [TestCase(4096)]
    [TestCase(8188)]
    [TestCase(8189)]
    public void TheTextPrefilterSeesANewAtAnyOffset(int offset)
    {
        var method = Method(offset, "new");

        Assert.That(BodyIndex.MayHoldCreation(method), Is.True);
    }

    [TestCase(10)]
    [TestCase(4094)]
    [TestCase(9000)]
    public void TheTextPrefilterPassesOverABodyWithoutNew(int length)
    {
        var method = Method(length, "old");

        Assert.That(BodyIndex.MayHoldCreation(method), Is.False);
    }

    /// <summary>A method declaration whose text has <paramref name="word"/> at <paramref name="offset"/> from its start (in a comment).</summary>
    private static MethodDeclarationSyntax Method(int offset, string word)
    {
        const string head = "void M() { // ";
        var text = "class C { " + head + new string('x', Math.Max(0, offset - head.Length)) + word + "\n }\n}";
        var method = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        Assert.That(text.IndexOf(word, method.SpanStart, StringComparison.Ordinal) - method.SpanStart, Is.EqualTo(Math.Max(offset, head.Length)), "the test's own layout");
        return method;
    }
}
