using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tests.Yaml;

public sealed class ManifestWriterTests
{
    private static ConfigMap Map(params (string Key, string Value)[] data)
    {
        var map = new ConfigMap { Metadata = new() { Name = "settings" } };
        foreach (var (k, v) in data) map.Data[k] = v;
        return map;
    }

    [Test]
    public void Documents_are_separated_and_the_header_comes_first()
    {
        var text = ManifestWriter.Write([Map(("a", "1")), Map(("b", "2"))], "Generated\nDefinition: X");

        Assert.That(text, Is.EqualTo("""
            # Generated
            # Definition: X
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              a: "1"
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              b: "2"

            """));
    }

    [Test]
    public void Map_keys_are_written_in_ordinal_order_whatever_the_insertion_order()
    {
        var a = ManifestWriter.Write(Map(("zeta", "z"), ("Alpha", "A"), ("alpha", "a")));
        var b = ManifestWriter.Write(Map(("alpha", "a"), ("zeta", "z"), ("Alpha", "A")));

        Assert.That(a, Is.EqualTo(b));
        Assert.That(a, Does.Contain("data:\n  Alpha: A\n  alpha: a\n  zeta: z\n"));
    }

    [Test]
    public void Multi_line_values_are_literal_blocks_with_the_right_chomping()
    {
        var text = ManifestWriter.Write(Map(("clip", "a\nb\n"), ("keep", "a\n\n"), ("strip", "a\nb")));

        Assert.That(text, Does.Contain("  clip: |\n    a\n    b\n"));
        Assert.That(text, Does.Contain("  keep: |+\n    a\n\n"));
        Assert.That(text, Does.Contain("  strip: |-\n    a\n    b\n"));
    }

    [Test]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var obj = new Service
        {
            Metadata = new() { Name = "web" },
            Spec = new() { Ports = [new() { Port = 8080 }] },
        };
        var invariant = ManifestWriter.Write(obj);
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.That(ManifestWriter.Write(obj), Is.EqualTo(invariant));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void Nested_sequences_and_empty_collections_in_sequences_are_valid_block_yaml()
    {
        var text = ManifestWriter.WriteValue(new List<object> { new List<string> { "a", "b" }, new Dictionary<string, string>(), new List<string>(), "c" });

        Assert.That(text, Is.EqualTo("- - a\n  - b\n- {}\n- []\n- c\n"));
    }
}

public sealed class LongKeyTests
{
    [Test]
    public void Keys_longer_than_yaml_allows_for_implicit_keys_are_explicit()
    {
        var key = new string('a', 1500);
        var map = new Mesh.Sdk.Kubernetes.Core.V1.ConfigMap { Metadata = new() { Name = "m" }, Data = { [key] = "v", ["short"] = "w" } };

        var text = Mesh.Sdk.Yaml.ManifestWriter.Write(map);

        Assert.That(text, Does.Contain("data:\n  ? " + key + "\n  : v\n  short: w\n"));
    }
}
