using System.Diagnostics;
using System.Text;

namespace Mesh.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>The result of one dotnet command.</summary>
internal sealed record CommandResult(int ExitCode, string Output, string Arguments)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Lines of the canonical form <c>file(line,col): error|warning ID: message</c> for <paramref name="id"/>.</summary>
    public IReadOnlyList<string> DiagnosticLines(string id) =>
        Output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains($" {id}:", StringComparison.Ordinal)).Distinct().ToList();

    public override string ToString() => $"dotnet {Arguments} exited with {ExitCode}:\n{Output}";
}

/// <summary>Runs the dotnet CLI with a clean, deterministic environment.</summary>
internal static class Dotnet
{
    public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // Never inherit the test host's MSBuild context.
        psi.Environment.Remove("MSBuildExtensionsPath");
        psi.Environment.Remove("MSBuildSDKsPath");
        psi.Environment.Remove("MSBUILD_EXE_PATH");
        if (environment is not null)
        {
            foreach (var (k, v) in environment) psi.Environment[k] = v;
        }

        using var process = Process.Start(psi)!;
        var output = new StringBuilder();
        var gate = new object();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (gate) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (gate) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish in 5 minutes:\n{output}");
        }
        process.WaitForExit();
        lock (gate) return new CommandResult(process.ExitCode, output.ToString(), string.Join(' ', args));
    }
}
