using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mesh.Sdk.Tests.GatewayApi;

/// <summary>
/// Compares YAML documents as a parser sees them: mappings by key (order ignored), sequences in
/// order, scalars by text and by resolved type (a quoted <c>"45"</c> is not the number <c>45</c>).
/// </summary>
internal static partial class YamlTrees
{
    public static YamlNode Parse(string yaml)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(yaml);
        stream.Load(reader);
        Assert.That(stream.Documents, Has.Count.EqualTo(1), "one document");
        return stream.Documents[0].RootNode;
    }

    /// <summary>The node at a dotted path of mapping keys (keys may contain no dots).</summary>
    public static YamlNode At(YamlNode root, string path)
    {
        var node = root;
        foreach (var key in path.Split('.'))
        {
            Assert.That(node, Is.InstanceOf<YamlMappingNode>(), $"mapping before '{key}' in '{path}'");
            Assert.That(((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var child), Is.True, $"key '{key}' in '{path}'");
            node = child!;
        }
        return node;
    }

    /// <summary>Fails with every difference between <paramref name="expected"/> and <paramref name="actual"/>.</summary>
    public static void AssertEqual(YamlNode expected, YamlNode actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "", differences);
        Assert.That(differences, Is.Empty, "YAML trees differ:\n" + string.Join("\n", differences));
    }

    public static void AssertEqual(string expectedYaml, string actualYaml) => AssertEqual(Parse(expectedYaml), Parse(actualYaml));

    private static void Compare(YamlNode expected, YamlNode actual, string path, List<string> differences)
    {
        var at = path.Length == 0 ? "<root>" : path;
        switch (expected, actual)
        {
            case (YamlMappingNode e, YamlMappingNode a):
                foreach (var (k, v) in e.Children)
                {
                    var key = ((YamlScalarNode)k).Value!;
                    if (a.Children.TryGetValue(k, out var av)) Compare(v, av, Join(path, key), differences);
                    else differences.Add($"{Join(path, key)}: missing");
                }
                foreach (var k in a.Children.Keys.Where(k => !e.Children.ContainsKey(k)))
                    differences.Add($"{Join(path, ((YamlScalarNode)k).Value!)}: unexpected");
                return;
            case (YamlSequenceNode e, YamlSequenceNode a):
                if (e.Children.Count != a.Children.Count)
                    differences.Add($"{at}: {e.Children.Count} items expected, {a.Children.Count} written");
                for (var i = 0; i < Math.Min(e.Children.Count, a.Children.Count); i++)
                    Compare(e.Children[i], a.Children[i], $"{path}[{i}]", differences);
                return;
            case (YamlScalarNode e, YamlScalarNode a):
                var (et, at2) = (Resolve(e), Resolve(a));
                if (e.Value != a.Value || et != at2)
                    differences.Add($"{at}: expected {et} '{e.Value}', written {at2} '{a.Value}'");
                return;
            default:
                differences.Add($"{at}: expected a {expected.NodeType}, written a {actual.NodeType}");
                return;
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    /// <summary>The YAML core-schema type a plain scalar resolves to; quoted and block scalars are strings.</summary>
    private static string Resolve(YamlScalarNode s)
    {
        if (s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded) return "str";
        var v = s.Value ?? "";
        if (v is "" or "~" or "null" or "Null" or "NULL") return "null";
        if (v is "true" or "True" or "TRUE" or "false" or "False" or "FALSE") return "bool";
        if (Int().IsMatch(v)) return "int";
        if (Float().IsMatch(v)) return "float";
        return "str";
    }

    [GeneratedRegex("^[-+]?(0|[1-9][0-9]*)$")]
    private static partial Regex Int();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
