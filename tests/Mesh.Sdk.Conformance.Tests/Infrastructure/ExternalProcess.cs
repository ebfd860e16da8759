using System.Diagnostics;
using System.Text;

namespace Mesh.Sdk.Conformance.Tests.Infrastructure;

/// <summary>The outcome of an external process.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Everything a failure message needs: the command, exit code, stdout and stderr.</summary>
    public string Describe() =>
        $"command: {CommandLine}\nexit code: {ExitCode}\n--- stdout ---\n{Truncate(StdOut)}\n--- stderr ---\n{Truncate(StdErr)}";

    private static string Truncate(string s) => s.Length <= 8000 ? s : s[..8000] + $"\n... ({s.Length - 8000} more characters)";
}

/// <summary>Runs a judge (node, python) with a timeout, capturing stdout and stderr as UTF-8.</summary>
internal static class ExternalProcess
{
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        psi.Environment["NO_COLOR"] = "1";
        var commandLine = fileName + " " + string.Join(" ", psi.ArgumentList.Select(a => a.Contains(' ') ? $"\"{a}\"" : a));

        using var process = new Process { StartInfo = psi };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or FileNotFoundException)
        {
            throw new InvalidOperationException($"Could not start '{commandLine}' in '{workingDirectory}': {e.Message}", e);
        }
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit(TimeSpan.FromSeconds(10));
            throw new TimeoutException(
                $"'{commandLine}' did not finish within {timeout.TotalSeconds:0}s.\n--- stdout ---\n{SafeResult(stdout)}\n--- stderr ---\n{SafeResult(stderr)}");
        }
        process.WaitForExit(); // flush the redirected streams
        return new ProcessResult(commandLine, process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static string SafeResult(Task<string> t) =>
        t.Wait(TimeSpan.FromSeconds(2)) ? t.Result : "(not available)";
}
