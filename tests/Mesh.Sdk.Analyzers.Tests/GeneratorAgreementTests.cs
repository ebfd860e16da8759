using Mesh.Sdk.Generators.Registry;
using Microsoft.CodeAnalysis.CSharp;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;

namespace Mesh.Sdk.Analyzers.Tests;

/// <summary>
/// The generator leaves invalid definitions out quietly and the analyzer reports them, so the two
/// must agree: a class is in the registry exactly when MESH2007 is not reported for it.
/// </summary>
public sealed class GeneratorAgreementTests
{
    /// <summary><c>@</c> stands for <c>[Manifest("web")]</c>, <c>BUILD</c> for the Build override.</summary>
    [TestCase("@ public sealed class Web : ManifestDefinition { BUILD }", true)]
    [TestCase("@ internal sealed class Web : ManifestDefinition { internal Web() { } BUILD }", true)]
    [TestCase("@ public class Web : ManifestDefinition { protected internal Web() { } BUILD }", true)]
    [TestCase("@ public sealed class Web : ManifestDefinition { private Web() { } BUILD }", false)]
    [TestCase("@ public class Web : ManifestDefinition { protected Web() { } BUILD }", false)]
    [TestCase("@ public sealed class Web : ManifestDefinition { public Web(int x) { } BUILD }", false)]
    [TestCase("@ public abstract class Web : ManifestDefinition { }", false)]
    [TestCase("@ public sealed class Web<T> : ManifestDefinition { BUILD }", false)]
    [TestCase("@ public sealed class Web { }", false)]
    [TestCase("@ public static class Web { }", false)]
    [TestCase("public class Outer { @ private sealed class Web : ManifestDefinition { BUILD } }", false)]
    [TestCase("public class Outer { @ protected sealed class Web : ManifestDefinition { BUILD } }", false)]
    [TestCase("public class Outer { @ protected internal sealed class Web : ManifestDefinition { BUILD } }", true)]
    [TestCase("public class Outer { @ private protected sealed class Web : ManifestDefinition { BUILD } }", false)]
    [TestCase("public class Outer<T> { @ public sealed class Web : ManifestDefinition { BUILD } }", false)]
    [TestCase("internal class Outer { @ public sealed class Web : ManifestDefinition { BUILD } }", true)]
    [TestCase("public class Outer { private class Middle { @ public sealed class Web : ManifestDefinition { BUILD } } }", false)]
    [TestCase("@ public sealed class Web : ManifestDefinition { public Web(int x = 1) { } BUILD }", false)]
    public async Task AnalyzerReportsExactlyWhatTheGeneratorLeavesOut(string declaration, bool valid)
    {
        var source = declaration
            .Replace("@", "[Manifest(\"web\")]", StringComparison.Ordinal)
            .Replace("BUILD", "public override IEnumerable<KubernetesObject> Build(ManifestContext context) => [];", StringComparison.Ordinal);
        var compilation = Compile(source);

        var analyzerDiagnostics = await AnalyzeAsync(compilation);
        var driver = CSharpGeneratorDriver.Create(new ManifestRegistryGenerator()).RunGenerators(compilation);
        var generated = driver.GetRunResult().GeneratedTrees.Single().GetText().ToString();

        Assert.Multiple(() =>
        {
            Assert.That(analyzerDiagnostics.Any(d => d.Id == "MESH2007"), Is.EqualTo(!valid), "analyzer");
            Assert.That(generated.Contains("(\"web\"", StringComparison.Ordinal), Is.EqualTo(valid), "generator");
        });
    }
}
