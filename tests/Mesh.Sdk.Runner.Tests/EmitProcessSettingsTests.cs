using Mesh.Sdk.Tasks;

namespace Mesh.Sdk.Runner.Tests;

/// <summary>The runtime settings the MeshEmit task gives the emit process (docs/performance.md).</summary>
public sealed class EmitProcessSettingsTests
{
    [Test]
    public void The_emit_process_runs_without_tiered_PGO()
    {
        var environment = new Dictionary<string, string?> { ["PATH"] = "/usr/bin" };
        EmitProcessSettings.Apply(environment);
        Assert.That(environment, Is.EquivalentTo(new Dictionary<string, string?> { ["PATH"] = "/usr/bin", ["DOTNET_TieredPGO"] = "0" }));
    }

    [TestCase("DOTNET_TieredPGO")]
    [TestCase("COMPlus_TieredPGO")]
    public void A_setting_the_user_made_wins(string name)
    {
        var environment = new Dictionary<string, string?> { [name] = "1" };
        EmitProcessSettings.Apply(environment);
        Assert.That(environment, Is.EquivalentTo(new Dictionary<string, string?> { [name] = "1" }));
    }
}
