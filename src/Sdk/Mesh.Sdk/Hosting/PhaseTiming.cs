using System.Diagnostics;
using System.Globalization;

namespace Mesh.Sdk.Hosting;

/// <summary>
/// Wall time of each emit phase, written to standard error when <c>MESH_EMIT_TIMING=1</c>
/// (eng/bench/emit-throughput.sh reads it). Standard output stays the host protocol.
/// The first line also gives the time since the process started (runtime start, assembly load, JIT of the runner).
/// </summary>
internal sealed class PhaseTiming
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _last;

    private PhaseTiming()
    {
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mesh-timing start {sinceStart.TotalMilliseconds:F0} ms{Jit()}"));
    }

    /// <summary>A timer when <c>MESH_EMIT_TIMING</c> is <c>1</c>; otherwise null, and nothing is measured.</summary>
    public static PhaseTiming? FromEnvironment() => Enabled ? new PhaseTiming() : null;

    /// <summary>Whether <c>MESH_EMIT_TIMING=1</c>: the rule engine then also times each rule.</summary>
    public static bool Enabled => Environment.GetEnvironmentVariable("MESH_EMIT_TIMING") == "1";

    // Methods compiled by the JIT so far and the time spent in it (ReadyToRun code is not counted).
    private static string Jit() => string.Create(CultureInfo.InvariantCulture,
        $" (JIT so far: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms; this thread {System.Runtime.JitInfo.GetCompiledMethodCount(true)}, {System.Runtime.JitInfo.GetCompilationTime(true).TotalMilliseconds:F0} ms)");

    /// <summary>Writes the time since the previous mark as <paramref name="phase"/>'s.</summary>
    public void Mark(string phase)
    {
        var now = _watch.Elapsed;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mesh-timing {phase} {(now - _last).TotalMilliseconds:F0} ms{Jit()}"));
        _last = now;
    }
}
