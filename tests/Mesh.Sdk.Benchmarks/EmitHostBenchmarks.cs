using BenchmarkDotNet.Attributes;
using Mesh.Sdk.Hosting;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Benchmarks;

/// <summary>One [Manifest] definition that builds N apps, as the generator would register it.</summary>
public sealed class AppsDefinition(int apps) : ManifestDefinition
{
    public override IEnumerable<KubernetesObject> Build(ManifestContext context) => BenchApps.Build(apps);
}

/// <summary>
/// The whole emit step in process, through the public entry point the generated registry calls:
/// run the definition, validate every object (ModelValidator), render YAML, write the output folder.
/// <see cref="EmitFresh"/> writes into an empty folder; <see cref="EmitUnchanged"/> finds identical
/// files on disk (the compare path: nothing is written). Validation is internal, so its share is
/// EmitUnchanged minus (Build + Write) of the other benchmarks.
/// </summary>
[MemoryDiagnoser]
public class EmitHostBenchmarks
{
    private string _root = "";
    private string _out = "";
    private DefinitionEntry[] _definitions = [];
    private int _iteration;

    [Params(10, 1000)]
    public int Apps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "mesh-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_root);
        var apps = Apps;
        _definitions = [new DefinitionEntry("apps", "Bench.Apps", Path.Combine(_root, "Apps.cs"), 1, () => new AppsDefinition(apps))];
        _out = Path.Combine(_root, "unchanged");
        Run(_out);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Benchmark]
    public int EmitFresh() => Run(Path.Combine(_root, "fresh" + _iteration++));

    [Benchmark]
    public int EmitUnchanged() => Run(_out);

    private int Run(string output)
    {
        var stdout = Console.Out;
        Console.SetOut(TextWriter.Null); // the one summary line per run
        try
        {
            var code = EmitHost.Run(_definitions, ["--output", output, "--project-dir", _root, "--project-name", "Bench"]);
            if (code != 0) throw new InvalidOperationException("emit failed: " + code);
            return code;
        }
        finally
        {
            Console.SetOut(stdout);
        }
    }
}
