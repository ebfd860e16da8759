using System.Reflection;
using Mesh.Sdk.Generators.Common;
using Mesh.Sdk.Generators.Crd;
using static Mesh.Sdk.Generators.Tests.Crd.CrdTest;

namespace Mesh.Sdk.Generators.Tests.Crd;

/// <summary>The CRD pipeline's models hold plain, structurally equal data only (the rule ModelTests checks for the registry).</summary>
public sealed class CrdModelTests
{
    [TestCase(typeof(CrdSource))]
    [TestCase(typeof(CrdFileModel))]
    [TestCase(typeof(CrdClaimResult))]
    [TestCase(typeof(EquatableArray<CrdClaim>))]
    [TestCase(typeof(EquatableArray<CrdUnit>))]
    [TestCase(typeof(CrdFileClaims))]
    [TestCase(typeof(CrdOwnedUnits))]
    [TestCase(typeof(CrdDiagnostics))]
    public void ModelHoldsOnlyPlainData(Type model)
    {
        var walk = typeof(ModelTests).GetMethod("Walk", BindingFlags.NonPublic | BindingFlags.Static)!;
        var problems = new List<string>();
        walk.Invoke(null, [model, model.Name, new HashSet<Type>(), problems]);

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void ParsingTheSameTextTwiceGivesEqualModels()
    {
        var source = new CrdSource("/src/crds/w.yaml", CrdSamples.Widget, null);
        var a = CrdGenerator.Parser.Parse(source, CancellationToken.None);
        var b = CrdGenerator.Parser.Parse(source with { }, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
            Assert.That(CrdGenerator.Parser.Parse(source with { Text = CrdSamples.Widget.Replace("millimetres", "mm", StringComparison.Ordinal) }, CancellationToken.None), Is.Not.EqualTo(a));
        });
    }
}
