using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Mesh.Sdk.Benchmarks;

public static class Program
{
    /// <summary>
    /// BenchmarkDotNet, in process (no per-benchmark project generation and build):
    /// <c>dotnet run -c Release --project tests/Mesh.Sdk.Benchmarks -- --filter '*'</c>.
    /// <c>-- breakdown [apps] [file|-] [writer]</c> prints a Stopwatch breakdown of one emit instead (saves the YAML
    /// to file; with <c>writer</c>, only build and write).
    /// </summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "breakdown")
        {
            Breakdown.Run(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000,
                args.Length > 2 && args[2] != "-" ? args[2] : null,
                writerOnly: args.Length > 3 && args[3] == "writer");
            return;
        }
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
