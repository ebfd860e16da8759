using System.Reflection;
using System.Runtime.Loader;
using Mesh.Sdk.Hosting;
using Mesh.Sdk.Model;
using Mesh.Sdk.Yaml;
using static Mesh.Sdk.Generators.Tests.Crd.CrdTest;

namespace Mesh.Sdk.Generators.Tests.Crd;

/// <summary>
/// Generated kinds plug into the same definitions, registry and YAML writer as built-in kinds:
/// a [Manifest] definition using them compiles with both generators, the registry lists it, and
/// running it through ManifestWriter gives the exact YAML.
/// </summary>
public sealed class CrdRoundTripTests
{
    private const string Definition = """
        using Mesh.Sdk.Crds.Shop.Example.Com.V1;
        using Mesh.Sdk.Kubernetes.Core.V1;

        namespace Shop;

        [Manifest("widgets")]
        public sealed class Widgets : ManifestDefinition
        {
            public override IEnumerable<KubernetesObject> Build(ManifestContext context)
            {
                yield return new ConfigMap { Metadata = new() { Name = "settings", Namespace = "shop" }, Data = { ["a"] = "b" } };
                yield return new Widget
                {
                    Metadata = new() { Name = "blue", Namespace = "shop" },
                    Spec = new()
                    {
                        Size = 42,
                        Mode = WidgetMode.BestEffort,
                        Weight = 5_000_000_000,
                        Ratio = 0.5,
                        Enabled = true,
                        Port = "http",
                        Timeout = Duration.FromSeconds(90),
                        CreatedAt = "2024-01-01T00:00:00Z",
                        Class = "premium",
                        XRequestId = "abc",
                        IPAddress = "10.0.0.1",
                        Schema = "v2",
                        OriginValue = "nl",
                        Labels = { ["tier"] = "gold" },
                        Limits = { ["cpu"] = new() { Max = 4 } },
                        Config = { ["nested"] = new Dictionary<string, object?> { ["on"] = "yes", ["n"] = 1 }, ["list"] = new List<object?> { "a", 2 } },
                        Raw = 7,
                        Tags = ["new", "sale"],
                        Matrix = [[1, 2], [3]],
                        Parts = [new() { Name = "wheel", Quantity = 4, Finish = WidgetFinish.Gloss }],
                        Template = new() { Spec = new() { Replicas = 2 } },
                        Delivery = new() { Shipping = new() { Address = "1 Main St" } },
                    },
                };
            }
        }
        """;

    private const string ExpectedWidget = """
        apiVersion: shop.example.com/v1
        kind: Widget
        metadata:
          name: blue
          namespace: shop
        spec:
          size: 42
          weight: 5000000000
          ratio: 0.5
          enabled: true
          mode: best-effort
          port: http
          timeout: 90s
          createdAt: "2024-01-01T00:00:00Z"
          class: premium
          x-request-id: abc
          IPAddress: "10.0.0.1"
          $schema: v2
          origin: nl
          labels:
            tier: gold
          limits:
            cpu:
              max: 4
          config:
            list:
            - a
            - 2
            nested:
              "n": 1
              "on": "yes"
          raw: 7
          tags:
          - new
          - sale
          matrix:
          - - 1
            - 2
          - - 3
          parts:
          - name: wheel
            quantity: 4
            finish: gloss
          template:
            spec:
              replicas: 2
          delivery:
            shipping:
              address: 1 Main St

        """;

    [Test]
    public void GeneratedKindsWriteTheExactYamlThroughTheRegistryAndTheWriter()
    {
        var run = Run(Compile(Definition), File("widgets.yaml", CrdSamples.Widget));
        Assert.That(Errors(run.Output), Is.Empty);

        using var stream = new MemoryStream();
        var emit = run.Output.Emit(stream);
        Assert.That(emit.Success, Is.True, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;

        var context = new AssemblyLoadContext("crd-roundtrip", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            var registry = assembly.GetType("Mesh.Sdk.Generated.MeshManifestRegistry", throwOnError: true)!;
            var entries = (IReadOnlyList<DefinitionEntry>)registry.GetProperty("Definitions", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var entry = entries.Single();
            var objects = entry.Factory().Build(new ManifestContext(entry.Name, TargetVersions.Default)).ToList();
            var yaml = ManifestWriter.Write(objects);
            var widget = objects.OfType<KubernetesObject>().Single(o => o.Kind == "Widget");

            Assert.Multiple(() =>
            {
                Assert.That(entry.Name, Is.EqualTo("widgets"));
                Assert.That(yaml, Does.StartWith("apiVersion: v1\nkind: ConfigMap\n"));
                Assert.That(ManifestWriter.Write(widget), Is.EqualTo(ExpectedWidget.Replace("\r\n", "\n", StringComparison.Ordinal)));
                Assert.That(widget.Origin.Line, Is.EqualTo(12), "the caller-info constructor records the definition's line");
                Assert.That(widget.Group, Is.EqualTo("shop.example.com"));
            });
        }
        finally
        {
            context.Unload();
        }
    }

    [Test]
    public void ARequiredSpecIsEnforcedByTheCompiler()
    {
        var run = Run(Compile("""
            using Mesh.Sdk.Crds.Shop.Example.Com.V1;
            public static class Make
            {
                public static Widget NoSpec() => new() { Metadata = new() { Name = "x" } };
                public static WidgetPart NoName() => new() { Quantity = 1 };
            }
            """), File("widgets.yaml", CrdSamples.Widget));

        Assert.That(Errors(run.Output), Has.Length.EqualTo(2).And.All.Contain("CS9035"));
    }

    [Test]
    public void GeneratedKindsCompileInAnyUserAssembly()
    {
        var run = Run(GeneratorTest.Compile(Definition), File("widgets.yaml", CrdSamples.Widget));
        Assert.That(Errors(run.Output), Is.Empty);
    }
}
