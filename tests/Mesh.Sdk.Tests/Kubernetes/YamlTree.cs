using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Mesh.Sdk.Tests.Kubernetes;

/// <summary>Reads written YAML back with YamlDotNet so tests check what a real parser sees.</summary>
internal static class YamlTree
{
    public static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(yaml);
        stream.Load(reader);
        Assert.That(stream.Documents, Has.Count.EqualTo(1), "one document");
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>The node at a dotted path; <c>[n]</c> indexes a sequence: <c>spec.containers[0].name</c>.</summary>
    public static YamlNode? Find(YamlNode root, string path)
    {
        YamlNode? node = root;
        foreach (var raw in path.Split('.'))
        {
            var part = raw;
            int? index = null;
            var bracket = raw.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                index = int.Parse(raw[(bracket + 1)..^1], CultureInfo.InvariantCulture);
                part = raw[..bracket];
            }
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(part), out node)) return null;
            if (index is { } i)
            {
                if (node is not YamlSequenceNode seq || seq.Children.Count <= i) return null;
                node = seq.Children[i];
            }
        }
        return node;
    }

    /// <summary>The scalar text at <paramref name="path"/>; fails the test when missing.</summary>
    public static string Scalar(YamlNode root, string path)
    {
        var node = Find(root, path);
        Assert.That(node, Is.InstanceOf<YamlScalarNode>(), $"scalar at '{path}'");
        return ((YamlScalarNode)node!).Value!;
    }

    /// <summary>The keys of the mapping at <paramref name="path"/>, in written order.</summary>
    public static IReadOnlyList<string> Keys(YamlNode root, string path)
    {
        var node = path.Length == 0 ? root : Find(root, path);
        Assert.That(node, Is.InstanceOf<YamlMappingNode>(), $"mapping at '{path}'");
        return ((YamlMappingNode)node!).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
    }
}
