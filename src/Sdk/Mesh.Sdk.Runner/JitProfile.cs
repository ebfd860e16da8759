using System.Runtime;

namespace Mesh.Sdk.Runner;

/// <summary>
/// Multi-core JIT for the emit process (<see cref="ProfileOptimization"/>). Each emit records which
/// methods it JIT-compiled into <see cref="FileName"/> in the project's intermediate folder; the next
/// emit of the same project replays that list on a second core while the main thread starts the
/// runtime, loads the user's assembly and runs the definitions, so validation, the rules and the
/// YAML writer mostly find their code already compiled. Only timing changes, never output: a missing,
/// stale or unreadable profile is ignored by the runtime and rewritten at exit. Off when
/// <c>MeshJitProfile</c> is false (the MSBuild task then passes no directory).
/// </summary>
internal static class JitProfile
{
    /// <summary>The profile's file name in the directory MSBuild passes (<c>obj/…/</c>, removed by <c>dotnet clean</c>).</summary>
    public const string FileName = "mesh.emit.jitprofile";

    public static void Start(string? directory)
    {
        if (directory is null || !Directory.Exists(directory)) return;
        ProfileOptimization.SetProfileRoot(directory);
        ProfileOptimization.StartProfile(FileName);
    }
}
