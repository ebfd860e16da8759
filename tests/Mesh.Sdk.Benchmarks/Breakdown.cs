using System.Diagnostics;
using Mesh.Sdk.Hosting;
using Mesh.Sdk.Model;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Benchmarks;

/// <summary>
/// `dotnet run -c Release -- breakdown [apps]`: a Stopwatch breakdown of one emit in a fresh
/// process (cold: includes JIT, as the real emit process does), then the same steps warm.
/// Validation is internal to Mesh.Sdk, so its share is the whole emit minus build, write and I/O.
/// `-- breakdown [apps] [file]` also saves the written YAML (UTF-8, no BOM) to <c>file</c>, so a
/// writer change can be checked byte for byte (<c>sha256sum file</c>); <c>-- breakdown [apps] [file|-] writer</c>
/// times only building and writing (no emit host: no validation, rules or files).
/// </summary>
public static class Breakdown
{
    public static void Run(int apps, string? saveTo = null, bool writerOnly = false)
    {
        var root = Path.Combine(Path.GetTempPath(), "mesh-breakdown-" + Environment.ProcessId);
        Directory.CreateDirectory(root);
        try
        {
            for (var pass = 0; pass < (writerOnly ? 6 : 3); pass++)
            {
                var sw = Stopwatch.StartNew();
                var objects = BenchApps.Build(apps).ToList();
                var build = sw.Elapsed.TotalMilliseconds;
                // CPU time as well as wall time: on a shared machine the wall time mostly measures the neighbours.
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                var alloc0 = GC.GetAllocatedBytesForCurrentThread();
                var gc0 = GC.CollectionCount(0);
                sw.Restart();
                var yaml = ManifestWriter.Write(objects, "header");
                var write = sw.Elapsed.TotalMilliseconds;
                var writeCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds;
                var writeAlloc = (GC.GetAllocatedBytesForCurrentThread() - alloc0) / 1048576.0;
                var writeGcs = GC.CollectionCount(0) - gc0;
                if (pass == 0 && saveTo is not null) File.WriteAllText(saveTo, yaml, new System.Text.UTF8Encoding(false));
                if (writerOnly)
                {
                    Console.WriteLine($"{(pass == 0 ? "cold" : "warm")}: build {build:F0} ms, write {write:F0} ms (CPU {writeCpu:F0} ms, {yaml.Length / 1048576.0:F1} Mi chars, allocated {writeAlloc:F0} MiB, {writeGcs} GCs), " +
                        $"GC heap {GC.GetTotalMemory(false) / 1048576} MiB, gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
                    continue;
                }
                sw.Restart();
                var defs = new[] { new DefinitionEntry("apps", "Bench.Apps", Path.Combine(root, "Apps.cs"), 1, () => new AppsDefinition(apps)) };
                var stdout = Console.Out;
                Console.SetOut(TextWriter.Null);
                EmitHost.Run(defs, ["--output", Path.Combine(root, "out" + pass), "--project-dir", root, "--project-name", "Bench"]);
                Console.SetOut(stdout);
                var emit = sw.Elapsed.TotalMilliseconds;
                Console.WriteLine($"{(pass == 0 ? "cold" : "warm")}: build {build:F0} ms, write {write:F0} ms ({yaml.Length / 1048576.0:F1} Mi chars), " +
                    $"whole emit (build + validate + write + files) {emit:F0} ms, GC heap {GC.GetTotalMemory(false) / 1048576} MiB, gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
