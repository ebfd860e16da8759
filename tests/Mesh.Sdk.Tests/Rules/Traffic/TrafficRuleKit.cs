using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Model;
using Mesh.Sdk.Rules;

namespace Mesh.Sdk.Tests.Rules;

/// <summary>Runs one build-time rule the way the engine does and checks where it reported (MESH030-MESH060 tests).</summary>
internal static class TrafficRuleKit
{
    /// <summary>Target versions as a project that declares them (not the defaults).</summary>
    public static TargetVersions Targets(string kubernetes = "1.35", string istio = "1.30") =>
        new(Version.Parse(kubernetes), Version.Parse(istio), IsDefault: false);

    /// <summary>Runs <paramref name="rule"/> over <paramref name="objects"/> with the default targets.</summary>
    public static IReadOnlyList<MeshDiagnostic> Run(IMeshRule rule, params KubernetesObject[] objects) =>
        MeshRuleEngine.Check(objects, TargetVersions.Default, [rule]);

    /// <summary>Runs <paramref name="rule"/> over <paramref name="objects"/> with <paramref name="targets"/>.</summary>
    public static IReadOnlyList<MeshDiagnostic> Run(IMeshRule rule, TargetVersions targets, params KubernetesObject[] objects) =>
        MeshRuleEngine.Check(objects, targets, [rule]);

    /// <summary>Asserts one finding of <paramref name="id"/> at <paramref name="subject"/>'s C# line, and returns it.</summary>
    public static MeshDiagnostic Single(IReadOnlyList<MeshDiagnostic> diagnostics, string id, ModelObject subject)
    {
        Assert.That(diagnostics.Select(d => d.ToString()), Has.Exactly(1).Items, "expected exactly one finding");
        var d = diagnostics[0];
        Assert.Multiple(() =>
        {
            Assert.That(d.Rule.Id, Is.EqualTo(id));
            Assert.That(subject.Origin.IsKnown, Is.True, "the subject was created in the test");
            Assert.That(d.Location, Is.EqualTo(subject.Origin), "reported at the subject object's origin");
        });
        return d;
    }
}
