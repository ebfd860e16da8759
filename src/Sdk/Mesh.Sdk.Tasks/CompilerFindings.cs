namespace Mesh.Sdk.Tasks;

/// <summary>
/// The findings the compiler's analyzers printed in this build, as far as its SARIF log tells.
/// The log proves that only when the compiler wrote it in this build: a build that skips
/// CoreCompile (up to date, e.g. <c>-p:MeshVerifyManifests=true</c> in CI, or only a referenced
/// assembly, a manifest or the runner changed) leaves the log of an earlier compile in place while
/// the analyzers print nothing. Leaving a finding out because such a log holds it would drop it
/// silently, so a stale log hides nothing and the emit step prints every finding itself.
/// </summary>
internal sealed class CompilerFindings
{
    private readonly HashSet<(string Id, string File, int Line)> _printed;

    private CompilerFindings(HashSet<(string Id, string File, int Line)> printed) => _printed = printed;

    /// <param name="path">The compiler's SARIF log.</param>
    /// <param name="writtenThisBuild">Whether CoreCompile executed in this build, so the compiler wrote <paramref name="path"/> now.</param>
    public static CompilerFindings Read(string path, bool writtenThisBuild) =>
        new(writtenThisBuild ? CompilerErrorLog.CompilerResults(path) : []);

    /// <summary>Whether the compiler printed <paramref name="d"/> (same id, file and line) in this build; never an error.</summary>
    public bool PrintedInThisBuild(EmitDiagnostic d) => CompilerErrorLog.AlreadyReported(_printed, d);
}
