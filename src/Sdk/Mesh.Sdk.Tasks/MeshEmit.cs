using System.Globalization;
using System.Text;
using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Emit;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Mesh.Sdk.Tasks;

/// <summary>
/// Runs the user's definitions out of the MSBuild process: <c>dotnet exec</c> of
/// Mesh.Sdk.Runner with the user's runtimeconfig, so no user assembly is ever loaded (or
/// locked) by a long-lived MSBuild node. Turns the runner's protocol lines into MSBuild
/// errors and warnings at the C# file and line they name.
/// </summary>
public sealed class MeshEmit : ToolTask
{
    private const string DiagnosticPrefix = "##mesh-diagnostic\t";
    private const string SummaryPrefix = "##mesh-summary\t";

    /// <summary>The user's built assembly (<c>$(TargetPath)</c>).</summary>
    [Required]
    public string AssemblyPath { get; set; } = "";

    /// <summary>Mesh.Sdk.Runner.dll.</summary>
    [Required]
    public string RunnerPath { get; set; } = "";

    /// <summary>The folder Mesh.Sdk owns (<c>$(MeshOutputPath)</c>).</summary>
    [Required]
    public string OutputPath { get; set; } = "";

    /// <summary>The project folder, for relative paths in headers and messages.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary>The project name, written in each file's header and used to recognise its files.</summary>
    [Required]
    public string ProjectName { get; set; } = "";

    /// <summary>The user's runtimeconfig.json; when absent the runner's own is used.</summary>
    public string? RuntimeConfigPath { get; set; }

    /// <summary>Compare instead of writing; fail on any difference.</summary>
    public bool Verify { get; set; }

    /// <summary>The Kubernetes version the manifests are for.</summary>
    public string? KubernetesVersion { get; set; }

    /// <summary>The Istio version the manifests are for.</summary>
    public string? IstioVersion { get; set; }

    /// <summary>
    /// The environments (<c>$(MeshEnvironments)</c>, ';'-separated, e.g. <c>dev;prod</c>): each definition
    /// runs once per environment and writes <c>&lt;output&gt;/&lt;environment&gt;/&lt;name&gt;.yaml</c>.
    /// Empty: no environments, one run, <c>&lt;output&gt;/&lt;name&gt;.yaml</c>.
    /// </summary>
    public string? Environments { get; set; }

    /// <summary>The dotnet host (<c>$(DOTNET_HOST_PATH)</c>); "dotnet" from PATH when empty.</summary>
    public string? DotnetHostPath { get; set; }

    /// <summary>
    /// The compiler's command line (one argument a line, as MSBuild last gave it to csc). With it the
    /// runner reports each finding with the severity and suppressions the compiler would apply.
    /// </summary>
    public string? CompilerArgumentsFile { get; set; }

    /// <summary>
    /// The compiler's SARIF log (<c>$(ErrorLog)</c>, e.g. <c>obj/x.sarif,version=2.1</c>): findings the
    /// compiler's analyzers already reported at the same id, file and line in this build
    /// (<see cref="ErrorLogWrittenThisBuild"/>) are not reported again, and the log gets one more run,
    /// for the tool "Mesh.Sdk", with the findings its compiler runs do not hold.
    /// </summary>
    public string? ErrorLog { get; set; }

    /// <summary>
    /// Whether the compiler wrote <see cref="ErrorLog"/> in this build (CoreCompile executed). Only
    /// then did its analyzers print what the log holds, so only then are those findings left out of
    /// this step's output; a log from an earlier compile hides nothing.
    /// </summary>
    public bool ErrorLogWrittenThisBuild { get; set; }

    /// <summary>The SDK's compiler folder (<c>$(RoslynTargetsPath)</c>); the runner prefers its precompiled compiler to the one Mesh.Sdk ships.</summary>
    public string? CompilerDirectory { get; set; }

    /// <summary>
    /// The folder (the project's intermediate folder) where the emit process keeps the JIT profile of its
    /// last run and replays it on a second core (multi-core JIT). Empty: no profile (<c>MeshJitProfile=false</c>).
    /// </summary>
    public string? JitProfileDirectory { get; set; }

    /// <summary>The summary line the runner printed.</summary>
    [Output]
    public string? Summary { get; private set; }

    /// <summary>Every finding of the emit step, printed or not: the log's Mesh.Sdk run is made from them.</summary>
    private readonly List<EmitDiagnostic> _found = [];
    private CompilerFindings? _compiler;

    protected override string ToolName => "dotnet";

    public override bool Execute()
    {
        var succeeded = base.Execute();
        WriteErrorLog();
        return succeeded && !Log.HasLoggedErrors;
    }

    private (string Path, bool Version2)? ErrorLogFile
    {
        get
        {
            if (string.IsNullOrWhiteSpace(ErrorLog)) return null;
            try
            {
                return CompilerErrorLog.Parse(ErrorLog!, string.IsNullOrEmpty(ProjectDirectory) ? Directory.GetCurrentDirectory() : ProjectDirectory);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return null;
            }
        }
    }

    private void WriteErrorLog()
    {
        if (ErrorLogFile is not { } log) return;
        try
        {
            var version = typeof(MeshEmit).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
            CompilerErrorLog.AppendRun(log.Path, log.Version2, _found, version);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogMessage(MessageImportance.High, $"Mesh.Sdk: could not add the build-time findings to '{log.Path}': {e.Message}");
        }
    }

    protected override Encoding StandardOutputEncoding => Encoding.UTF8;

    protected override Encoding StandardErrorEncoding => Encoding.UTF8;

    protected override MessageImportance StandardOutputLoggingImportance => MessageImportance.Low;

    /// <summary>The emit process's runtime settings (<see cref="EmitProcessSettings"/>).</summary>
    protected override System.Diagnostics.ProcessStartInfo GetProcessStartInfo(string pathToTool, string commandLineCommands, string responseFileSwitch)
    {
        var info = base.GetProcessStartInfo(pathToTool, commandLineCommands, responseFileSwitch);
        EmitProcessSettings.Apply(info.Environment);
        return info;
    }

    protected override string GenerateFullPathToTool() =>
        !string.IsNullOrEmpty(DotnetHostPath) && File.Exists(DotnetHostPath) ? DotnetHostPath! : ToolName;

    protected override string GenerateCommandLineCommands()
    {
        var b = new CommandLineBuilder();
        b.AppendSwitch("exec");
        if (!string.IsNullOrEmpty(RuntimeConfigPath) && File.Exists(RuntimeConfigPath))
        {
            b.AppendSwitchIfNotNull("--runtimeconfig ", RuntimeConfigPath);
            b.AppendSwitchIfNotNull("--roll-forward ", "Major");
        }
        b.AppendFileNameIfNotNull(RunnerPath);
        b.AppendFileNameIfNotNull(AssemblyPath);
        b.AppendSwitchIfNotNull("--output ", OutputPath);
        b.AppendSwitchIfNotNull("--project-dir ", ProjectDirectory);
        b.AppendSwitchIfNotNull("--project-name ", ProjectName);
        if (Verify) b.AppendSwitch("--verify");
        if (!string.IsNullOrWhiteSpace(KubernetesVersion)) b.AppendSwitchIfNotNull("--kubernetes-version ", KubernetesVersion);
        if (!string.IsNullOrWhiteSpace(IstioVersion)) b.AppendSwitchIfNotNull("--istio-version ", IstioVersion);
        var environments = EnvironmentNames.Split(Environments);
        if (environments.Count > 0) b.AppendSwitchIfNotNull("--environments ", string.Join(";", environments));
        if (!string.IsNullOrEmpty(CompilerArgumentsFile) && File.Exists(CompilerArgumentsFile))
            b.AppendSwitchIfNotNull("--compiler-args ", CompilerArgumentsFile);
        if (!string.IsNullOrEmpty(CompilerDirectory) && Directory.Exists(CompilerDirectory))
            b.AppendSwitchIfNotNull("--compiler-dir ", CompilerDirectory);
        if (!string.IsNullOrEmpty(JitProfileDirectory) && Directory.Exists(JitProfileDirectory))
            b.AppendSwitchIfNotNull("--jit-profile ", Path.TrimEndingDirectorySeparator(JitProfileDirectory)); // no trailing '\' before a closing quote
        var warnAsError = MSBuildWarningsAsErrors();
        if (warnAsError.Length > 0) b.AppendSwitchIfNotNull("--warnaserror ", warnAsError);
        return b.ToString();
    }

    /// <summary>The MESH ids MSBuild itself turns from warnings into errors (<c>-warnaserror</c>, <c>MSBuildTreatWarningsAsErrors</c>).</summary>
    private string MSBuildWarningsAsErrors()
    {
        var global = CommandLineSet("WarningsAsErrors");
        var notAsErrors = CommandLineSet("WarningsNotAsErrors");
        bool Global(string id) => global is not null && (global.Count == 0 || global.Contains(id)) && notAsErrors?.Contains(id) != true;
        var engine = BuildEngine as IBuildEngine8;
        try
        {
            return string.Join(";", MeshRules.All.Where(r => Global(r.Id) || engine?.ShouldTreatWarningAsError(r.Id) == true).Select(r => r.Id));
        }
        catch (NotImplementedException)
        {
            return "";
        }
    }

    /// <summary>
    /// The codes of MSBuild's own <c>-warnaserror[:codes]</c> (empty: all) and <c>-warnnotaserror:codes</c> switches, which
    /// <see cref="IBuildEngine8.ShouldTreatWarningAsError"/> does not report (it sees only project
    /// properties such as <c>MSBuildTreatWarningsAsErrors</c>). MSBuild offers no API for it, so it
    /// is read from the engine's logging service when that is reachable; null when it is not, or when
    /// the switch was not given: then such warnings still fail the build, but after writing.
    /// </summary>
    private ICollection<string>? CommandLineSet(string name)
    {
        try
        {
            const System.Reflection.BindingFlags Any = System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic;
            var context = BuildEngine?.GetType().GetField("_taskLoggingContext", Any)?.GetValue(BuildEngine);
            var service = context?.GetType().GetProperty("LoggingService", Any)?.GetValue(context);
            var property = service?.GetType().GetInterfaces().Select(i => i.GetProperty(name)).FirstOrDefault(p => p is not null)
                ?? service?.GetType().GetProperty(name, Any);
            return property?.GetValue(service) as ICollection<string>;
        }
        catch (Exception e) when (e is System.Reflection.TargetInvocationException or MemberAccessException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    protected override bool ValidateParameters()
    {
        if (!File.Exists(RunnerPath))
        {
            LogRule(MeshRules.RunnerFailed, "", 0, string.Format(CultureInfo.InvariantCulture, MeshRules.RunnerFailed.MessageFormat,
                Path.GetFileName(AssemblyPath), $"the runner '{RunnerPath}' does not exist; restore the Mesh.Sdk package or set MeshRunnerPath"));
            return false;
        }
        // A bad MeshEnvironments is reported at the project file, before any process starts.
        var problems = EnvironmentNames.Problems(EnvironmentNames.Split(Environments));
        foreach (var problem in problems)
            LogRule(MeshRules.InvalidEnvironments, BuildEngine?.ProjectFileOfTaskNode ?? "", 0,
                string.Format(CultureInfo.InvariantCulture, MeshRules.InvalidEnvironments.MessageFormat, problem.Key, problem.Value));
        if (problems.Count > 0) return false;
        return base.ValidateParameters();
    }

    protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance)
    {
        if (singleLine.StartsWith(DiagnosticPrefix, StringComparison.Ordinal))
        {
            var f = singleLine.Split('\t');
            if (f.Length >= 7)
            {
                var position = f[4].Split(',');
                var line = int.TryParse(position[0], NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : 0;
                var column = position.Length > 1 && int.TryParse(position[1], NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0;
                var message = string.Join("\t", f, 6, f.Length - 6);
                Report(f[1], f[2], f[5], f[3], line, column, message);
                return;
            }
        }
        if (singleLine.StartsWith(SummaryPrefix, StringComparison.Ordinal))
        {
            Summary = singleLine.Substring(SummaryPrefix.Length);
            Log.LogMessage(MessageImportance.High, Summary);
            return;
        }
        Log.LogMessage(messageImportance, singleLine);
    }

    protected override bool HandleTaskExecutionErrors()
    {
        if (Log.HasLoggedErrors) return false;
        LogRule(MeshRules.RunnerFailed, "", 0, string.Format(CultureInfo.InvariantCulture, MeshRules.RunnerFailed.MessageFormat,
            Path.GetFileName(AssemblyPath), $"the emit process exited with code {ExitCode}; see the build log's detailed output"));
        return false;
    }

    private void LogRule(MeshRule rule, string file, int line, string message) =>
        Report("error", rule.Id, rule.HelpUri, file, line, 0, message);

    private void Report(string severity, string id, string helpLink, string file, int line, int column, string message)
    {
        var diagnostic = new EmitDiagnostic(severity, id, file, line, column, helpLink, message);
        _found.Add(diagnostic);
        // The compiler's analyzers already printed it at this place in this build (the same rule, seen in source): once is enough.
        if (ErrorLogFile is { } log)
        {
            _compiler ??= CompilerFindings.Read(log.Path, ErrorLogWrittenThisBuild);
            if (_compiler.PrintedInThisBuild(diagnostic))
            {
                Log.LogMessage(MessageImportance.Low, $"Mesh.Sdk: {id} at {file}({line}) was already reported by the compiler.");
                return;
            }
        }
        switch (severity)
        {
            case "error":
                Log.LogError(null, id, null, helpLink, file, line, column, 0, 0, message);
                break;
            case "warning":
                Log.LogWarning(null, id, null, helpLink, file, line, column, 0, 0, message);
                break;
            default:
                Log.LogMessage(null, id, null, file, line, column, 0, 0, MessageImportance.Normal, message);
                break;
        }
    }
}
