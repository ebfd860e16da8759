using NUnit.Framework.Internal;

namespace Mesh.Sdk.Tests.Istio;

/// <summary>The tree comparison used by the Istio tests catches what it must.</summary>
public class IstioYamlTests
{
    [TestCase("a: \"true\"", "a: true", TestName = "quoted string vs bool")]
    [TestCase("a: 1", "a: \"1\"", TestName = "number vs string")]
    [TestCase("a: {b: 1}", "a: {b: 1, c: 2}", TestName = "extra key")]
    [TestCase("a: {b: 1, c: 2}", "a: {b: 1}", TestName = "missing key")]
    [TestCase("a: [x, y]", "a: [y, x]", TestName = "sequence order")]
    [TestCase("a: 30s", "a: 30", TestName = "duration vs number")]
    public void Differences_fail(string expected, string actual)
    {
        using (new TestExecutionContext.IsolatedContext())
        {
            Assert.That(() => IstioYaml.AssertEqual(expected, actual), Throws.Exception);
        }
    }

    [TestCase("a: {b: 1, c: x}", "a:\n  c: x\n  b: 1\n", TestName = "key order ignored")]
    [TestCase("a: 10", "a: 10.0", TestName = "numbers compare by value")]
    [TestCase("a: [\"./*\"]", "a:\n- ./*\n", TestName = "flow and block styles")]
    public void Equivalent_yaml_passes(string expected, string actual) => IstioYaml.AssertEqual(expected, actual);
}
