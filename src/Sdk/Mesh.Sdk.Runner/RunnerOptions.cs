namespace Mesh.Sdk.Runner;

/// <summary>
/// The runner's own arguments, taken out before the rest goes to the emit host:
/// <c>--compiler-args FILE</c> (the compiler's command line, one argument a line, as MSBuild
/// gave it to csc), <c>--warnaserror IDS</c> (ids MSBuild itself turns into errors, ';'-separated;
/// <c>*</c> for all), <c>--compiler-dir DIR</c> (the SDK's <c>$(RoslynTargetsPath)</c>, whose compiler
/// the policy prefers), <c>--jit-profile DIR</c> (where the JIT profile of the last emit is kept,
/// see <see cref="JitProfile"/>) and <c>--project-dir DIR</c>, which the emit host reads too.
/// </summary>
internal sealed record RunnerOptions(string? CompilerArgsFile, string ProjectDirectory, IReadOnlySet<string> MSBuildWarningsAsErrors, string? CompilerDirectory = null, string? JitProfileDirectory = null)
{
    public bool MSBuildTreatsAsError(string id) =>
        MSBuildWarningsAsErrors.Contains("*") || MSBuildWarningsAsErrors.Contains(id);

    public static RunnerOptions Extract(string[] args, out string[] emitArgs)
    {
        string? compilerArgs = null;
        string? compilerDir = null;
        string? projectDir = null;
        string? jitProfileDir = null;
        var warnAsError = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var hasValue = i + 1 < args.Length;
            switch (args[i])
            {
                case "--compiler-args" when hasValue:
                    compilerArgs = args[++i];
                    break;
                case "--compiler-dir" when hasValue:
                    compilerDir = args[++i];
                    break;
                case "--jit-profile" when hasValue:
                    jitProfileDir = args[++i];
                    break;
                case "--warnaserror" when hasValue:
                    foreach (var id in args[++i].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) warnAsError.Add(id);
                    break;
                case "--project-dir" when hasValue:
                    projectDir = args[i + 1];
                    rest.Add(args[i]);
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }
        emitArgs = [.. rest];
        return new RunnerOptions(
            string.IsNullOrWhiteSpace(compilerArgs) ? null : Path.GetFullPath(compilerArgs),
            Path.GetFullPath(projectDir ?? Directory.GetCurrentDirectory()),
            warnAsError,
            string.IsNullOrWhiteSpace(compilerDir) ? null : Path.GetFullPath(compilerDir),
            string.IsNullOrWhiteSpace(jitProfileDir) ? null : Path.GetFullPath(jitProfileDir));
    }
}
