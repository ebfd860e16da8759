namespace Mesh.Sdk.Tasks;

/// <summary>
/// Runtime settings for the emit process MeshEmit starts. It runs once and briefly, so tiered PGO's
/// instrumented code only costs it time (docs/performance.md, "Start-up, validation and rules": about a
/// fifth of its CPU time at 1,000 and 10,000 apps). The setting changes how code is compiled, never what
/// it computes. A value the user set (either spelling) wins.
/// </summary>
internal static class EmitProcessSettings
{
    /// <summary>Adds the settings to <paramref name="environment"/>, keeping any the user set.</summary>
    public static void Apply(IDictionary<string, string?> environment)
    {
        if (!environment.ContainsKey("DOTNET_TieredPGO") && !environment.ContainsKey("COMPlus_TieredPGO"))
            environment["DOTNET_TieredPGO"] = "0";
    }
}
