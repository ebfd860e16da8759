using System.Globalization;
using System.Text.RegularExpressions;
using Mesh.Sdk.Model;
using Mesh.Sdk.Yaml;
using YamlDotNet.RepresentationModel;

namespace Mesh.Sdk.Tests.Istio;

/// <summary>
/// Compares written YAML with expected YAML as trees parsed by YamlDotNet: mappings by key (order
/// ignored), sequences in order, scalars by resolved type (null, bool, number, string) and value, so a
/// quoted <c>"true"</c> never equals a plain <c>true</c> and <c>10</c> equals <c>10.0</c>.
/// </summary>
internal static partial class IstioYaml
{
    public static YamlNode Parse(string yaml)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(yaml);
        stream.Load(reader);
        Assert.That(stream.Documents, Has.Count.EqualTo(1), "one document");
        return stream.Documents[0].RootNode;
    }

    /// <summary>Writes <paramref name="obj"/> and asserts it equals <paramref name="expectedYaml"/> field by field.</summary>
    public static string AssertWrites(KubernetesObject obj, string expectedYaml)
    {
        var actual = ManifestWriter.Write(obj);
        AssertEqual(expectedYaml, actual);
        return actual;
    }

    public static void AssertEqual(string expectedYaml, string actualYaml)
    {
        var differences = new List<string>();
        Compare(Parse(expectedYaml), Parse(actualYaml), "", differences);
        Assert.That(differences, Is.Empty, "differences:\n" + string.Join("\n", differences) + "\n--- actual ---\n" + actualYaml);
    }

    public static void AssertEqual(string expectedYaml, YamlNode actual)
    {
        var differences = new List<string>();
        Compare(Parse(expectedYaml), actual, "", differences);
        Assert.That(differences, Is.Empty, "differences:\n" + string.Join("\n", differences));
    }

    /// <summary>The node at a dotted path (<c>[n]</c> indexes sequences; keys containing dots are not supported).</summary>
    public static YamlNode At(YamlNode root, params string[] keys)
    {
        var node = root;
        foreach (var key in keys)
        {
            node = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && node is YamlSequenceNode seq
                ? seq.Children[i]
                : ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }
        return node;
    }

    private static void Compare(YamlNode expected, YamlNode actual, string path, List<string> differences)
    {
        switch (expected)
        {
            case YamlMappingNode em when actual is YamlMappingNode am:
                var ek = em.Children.Keys.Select(Key).ToHashSet(StringComparer.Ordinal);
                var ak = am.Children.Keys.Select(Key).ToHashSet(StringComparer.Ordinal);
                foreach (var missing in ek.Except(ak)) differences.Add($"{path}.{missing}: missing");
                foreach (var extra in ak.Except(ek)) differences.Add($"{path}.{extra}: unexpected");
                foreach (var (k, v) in em.Children)
                {
                    var key = Key(k);
                    var match = am.Children.FirstOrDefault(kv => Key(kv.Key) == key);
                    if (match.Key is not null) Compare(v, match.Value, $"{path}.{key}", differences);
                }
                return;
            case YamlSequenceNode es when actual is YamlSequenceNode @as:
                if (es.Children.Count != @as.Children.Count)
                {
                    differences.Add($"{path}: {es.Children.Count} items expected, {@as.Children.Count} written");
                    return;
                }
                for (var i = 0; i < es.Children.Count; i++) Compare(es.Children[i], @as.Children[i], $"{path}[{i}]", differences);
                return;
            case YamlScalarNode es when actual is YamlScalarNode @as:
                var e = Resolve(es);
                var a = Resolve(@as);
                if (!Equals(e, a)) differences.Add($"{path}: expected {Show(e)}, written {Show(a)}");
                return;
            default:
                differences.Add($"{path}: expected a {expected.NodeType}, written a {actual.NodeType}");
                return;
        }
    }

    private static string Key(YamlNode key) => ((YamlScalarNode)key).Value ?? "";

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"string \"{s}\"",
        _ => $"{value.GetType().Name} {Convert.ToString(value, CultureInfo.InvariantCulture)}",
    };

    /// <summary>YAML 1.2 core schema resolution of a scalar (plain ones only; quoted and block scalars are strings).</summary>
    private static object? Resolve(YamlScalarNode node)
    {
        var v = node.Value ?? "";
        if (node.Style is not (YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any)) return v;
        if (v is "" or "~" or "null" or "Null" or "NULL") return null;
        if (v is "true" or "True" or "TRUE") return true;
        if (v is "false" or "False" or "FALSE") return false;
        if (NumberRegex().IsMatch(v) && decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        return v;
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex NumberRegex();
}
