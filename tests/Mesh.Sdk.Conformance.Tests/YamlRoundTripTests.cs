using System.Text;
using Mesh.Sdk.Conformance.Tests.Infrastructure;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mesh.Sdk.Conformance.Tests;

/// <summary>
/// Judge 2: strings survive a round trip. Each adversarial string is written by ManifestWriter
/// as a map key, a map value (two nesting depths) and a sequence item; Debian's PyYAML (YAML 1.1,
/// both its pure-Python SafeLoader and the LibYAML CSafeLoader) and YamlDotNet (YAML 1.2, with
/// core-schema resolution of plain scalars) must read back the identical string, as a string.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class YamlRoundTripTests
{
    private const string KeyProbe = "key-probe";
    private const string ValueKey = "value-probe";
    private const string AfterKey = "zzz-after";
    private const string After = "after";
    private const string AnnotationKey = "mesh.sdk/probe";

    /// <summary>Every adversarial string written twice (as values, as keys), all loaded by one PyYAML process.</summary>
    private static readonly Lazy<Dictionary<string, (Written Values, Written Keys)>> Corpus = new(BuildCorpus);

    private sealed record Written(string Yaml, PyYamlResult PyYaml);

    [TestCaseSource(typeof(AdversarialStrings), nameof(AdversarialStrings.Cases))]
    public void String_round_trips_as_a_value(string s)
    {
        var written = Corpus.Value[s].Values;
        var failures = new List<string>();
        CheckValuesWithPyYaml(s, written.PyYaml, failures);
        CheckValuesWithYamlDotNet(s, written.Yaml, failures);
        ReportFailures("value", s, written.Yaml, failures);
    }

    [TestCaseSource(typeof(AdversarialStrings), nameof(AdversarialStrings.Cases))]
    public void String_round_trips_as_a_key(string s)
    {
        var written = Corpus.Value[s].Keys;
        var failures = new List<string>();
        CheckKeysWithPyYaml(s, written.PyYaml, failures);
        CheckKeysWithYamlDotNet(s, written.Yaml, failures);
        ReportFailures("key", s, written.Yaml, failures);
    }

    private static void ReportFailures(string role, string s, string yaml, List<string> failures)
    {
        if (failures.Count == 0) return;
        Assert.Fail(
            $"WRITER BUG: ManifestWriter's output does not round-trip this {role}: {AdversarialStrings.Describe(s)}\n" +
            string.Join("\n", failures.Select(f => "  - " + f)) +
            string.Concat(Diagnose(role, s, yaml).Select(d => "\n  Diagnosis: " + d)) +
            $"\n--- YAML written (escaped) ---\n{ShowYaml(yaml)}");
    }

    /// <summary>Explanations of the writer bugs found so far, so a failure says what to fix.</summary>
    private static IEnumerable<string> Diagnose(string role, string s, string yaml)
    {
        if (role != "key") yield break;
        var keyLine = yaml.Split('\n').FirstOrDefault(l => l.EndsWith(": " + KeyProbe, StringComparison.Ordinal));
        var written = keyLine?.TrimStart(' ')[..^(KeyProbe.Length + 2)];
        if (written is not null && written.Length > 1024)
        {
            yield return $"the key is written as an implicit key of {written.Length} UTF-16 code units " +
                         $"({written.EnumerateRunes().Count()} code points). YAML limits implicit keys to 1024 characters " +
                         "(PyYAML counts code points, YamlDotNet UTF-16 code units, both include quotes and escapes). " +
                         "Keys whose written form exceeds 1024 UTF-16 code units must be written as explicit keys ('? key' then ': value').";
        }
        if (s.Contains(" *", StringComparison.Ordinal) && written == s)
        {
            yield return "the key is written plain and contains ' *'. That is valid YAML (PyYAML reads it), but YamlDotNet " +
                         "16.3.0 fails to parse a plain implicit key with ' *' in it; quoting such keys keeps every reader happy.";
        }
    }

    private static Dictionary<string, (Written Values, Written Keys)> BuildCorpus()
    {
        var strings = AdversarialStrings.All().Select(x => x.Value).Distinct(StringComparer.Ordinal).ToList();
        using var temp = new TempFolder();
        var texts = new List<(string S, string ValuesYaml, string ValuesFile, string KeysYaml, string KeysFile)>();
        for (var i = 0; i < strings.Count; i++)
        {
            var s = strings[i];
            var valuesYaml = ManifestWriter.Write(ValueDocuments(s));
            var keysYaml = ManifestWriter.Write(KeyDocuments(s));
            texts.Add((s, valuesYaml, Path.GetFullPath(temp.Write($"{i:0000}-values.yaml", valuesYaml)),
                       keysYaml, Path.GetFullPath(temp.Write($"{i:0000}-keys.yaml", keysYaml))));
        }
        var loaded = PyYamlJudge.LoadMany(texts.SelectMany(t => new[] { t.ValuesFile, t.KeysFile }).ToList());
        return texts.ToDictionary(
            t => t.S,
            t => (new Written(t.ValuesYaml, loaded[t.ValuesFile]), new Written(t.KeysYaml, loaded[t.KeysFile])),
            StringComparer.Ordinal);
    }

    [Test]
    public void Adversarial_cases_are_many_and_distinct()
    {
        var values = AdversarialStrings.All().Select(x => x.Value).ToList();
        Assert.That(values.Distinct(StringComparer.Ordinal).Count(), Is.GreaterThan(250));
    }

    [Test]
    public void PyYAML_judge_detects_a_string_a_writer_left_unquoted()
    {
        // Guards against a vacuous judge: hand-written YAML with plain yes / 0777 / 2001-12-14 / ~.
        using var temp = new TempFolder();
        var file = temp.Write("unquoted.yaml", "data:\n  a: yes\n  b: 0777\n  c: 2001-12-14\n  d: ~\n  \"e\": 'e'\n");
        var result = PyYamlJudge.Load(file);
        Assert.That(result.Error, Is.Null, result.Process.Describe());
        var data = result.Loaders["SafeLoader"]![0]["data"];
        Assert.Multiple(() =>
        {
            Assert.That(data?["a"], Is.EqualTo(new PyOther("bool", "True")));
            Assert.That(data?["b"], Is.EqualTo(new PyOther("int", "511")));
            Assert.That(data?["c"], Is.EqualTo(new PyOther("date", "datetime.date(2001, 12, 14)")));
            Assert.That(data?["d"], Is.EqualTo(new PyOther("NoneType", "None")));
            Assert.That(data?["e"], Is.EqualTo(new PyStr("e")));
        });
    }

    [Test]
    public void YamlDotNet_check_detects_a_plain_scalar_that_YAML_1_2_resolves()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Yaml12Core.Resolve("true"), Is.EqualTo("bool"));
            Assert.That(Yaml12Core.Resolve("0o17"), Is.EqualTo("int"));
            Assert.That(Yaml12Core.Resolve("1e3"), Is.EqualTo("float"));
            Assert.That(Yaml12Core.Resolve("~"), Is.EqualTo("null"));
            Assert.That(Yaml12Core.Resolve("yes"), Is.EqualTo("str"));
        });
    }

    /// <summary>The string as a map value at two depths and as a sequence item, each followed by a sentinel.</summary>
    private static List<KubernetesObject> ValueDocuments(string s) =>
    [
        new ConfigMap
        {
            Metadata = new ObjectMeta { Name = "roundtrip", Annotations = { [AnnotationKey] = s, [AfterKey] = After } },
            Data = { [ValueKey] = s, [AfterKey] = After },
        },
        new Pod
        {
            Metadata = new ObjectMeta { Name = "roundtrip" },
            Spec = new PodSpec
            {
                Containers = [new Container { Name = "probe", Image = "busybox:1.36", Args = [s, After] }],
            },
        },
    ];

    /// <summary>The string as a map key at two depths, next to other keys.</summary>
    private static List<KubernetesObject> KeyDocuments(string s) =>
    [
        new ConfigMap
        {
            Metadata = new ObjectMeta { Name = "roundtrip", Annotations = { [s] = KeyProbe, [AfterKey] = After } },
            Data = { [s] = KeyProbe, [ValueKey] = "v", [AfterKey] = After },
        },
    ];

    // ---- PyYAML (YAML 1.1) ----------------------------------------------------------------

    private static IEnumerable<(string Who, IReadOnlyList<PyValue> Docs)> PyDocuments(PyYamlResult result, int expectedDocuments, List<string> failures)
    {
        if (result.Error is not null)
        {
            failures.Add($"PyYAML {result.PyYamlVersion} cannot load the stream: {result.Error}");
            yield break;
        }
        foreach (var (loader, docs) in result.Loaders)
        {
            if (docs is null) continue; // LibYAML binding not built into this python3-yaml
            var who = $"PyYAML {result.PyYamlVersion} {loader}";
            if (docs.Count != expectedDocuments)
                failures.Add($"{who}: expected {expectedDocuments} document(s), got {docs.Count}: {string.Join(" | ", docs)}");
            else
                yield return (who, docs);
        }
    }

    private static void CheckValuesWithPyYaml(string s, PyYamlResult result, List<string> failures)
    {
        foreach (var (who, docs) in PyDocuments(result, 2, failures))
        {
            var cm = docs[0];
            ExpectPy(failures, who, "metadata.annotations value", cm["metadata"]?["annotations"]?[AnnotationKey], s);
            ExpectPy(failures, who, "metadata.annotations value after it", cm["metadata"]?["annotations"]?[AfterKey], After);
            ExpectPy(failures, who, "data value", cm["data"]?[ValueKey], s);
            ExpectPy(failures, who, "data value after it", cm["data"]?[AfterKey], After);
            var container = (docs[1]["spec"]?["containers"] as PySeq)?.Items.FirstOrDefault();
            if (container?["args"] is PySeq { Items.Count: 2 } args)
            {
                ExpectPy(failures, who, "sequence item (container args[0])", args.Items[0], s);
                ExpectPy(failures, who, "sequence item after it", args.Items[1], After);
            }
            else
            {
                failures.Add($"{who}: container args should be a 2-item list; got {container?["args"]?.ToString() ?? "missing"}");
            }
        }
    }

    private static void CheckKeysWithPyYaml(string s, PyYamlResult result, List<string> failures)
    {
        foreach (var (who, docs) in PyDocuments(result, 1, failures))
        {
            ExpectPyKey(failures, who, "metadata.annotations key", docs[0]["metadata"]?["annotations"], s, 2);
            ExpectPyKey(failures, who, "data key", docs[0]["data"], s, 3);
        }
    }

    private static void ExpectPyKey(List<string> failures, string who, string where, PyValue? map, string s, int entries)
    {
        if (map is not PyMap m)
        {
            failures.Add($"{who}: {where}: the map is missing or not a map: {map?.ToString() ?? "missing"}");
            return;
        }
        var keyed = m.Entries.Where(kv => kv.Value is PyStr { Value: KeyProbe }).Select(kv => kv.Key).ToList();
        if (m.Entries.Count != entries || keyed.Count != 1)
        {
            failures.Add($"{who}: {where}: expected {entries} entries, one of them the probe; got {m}");
            return;
        }
        ExpectPy(failures, who, where, keyed[0], s);
        ExpectPy(failures, who, where + ": the entry after it", m[AfterKey], After);
    }

    private static void ExpectPy(List<string> failures, string who, string where, PyValue? actual, string expected)
    {
        if (actual is PyStr str && string.Equals(str.Value, expected, StringComparison.Ordinal)) return;
        var got = actual switch
        {
            null => "nothing (missing)",
            PyStr other => $"str {AdversarialStrings.Describe(other.Value)}",
            _ => actual.ToString(),
        };
        failures.Add($"{who}: {where}: expected str {Escaping.Show(expected)}, got {got}");
    }

    // ---- YamlDotNet (YAML 1.2) ------------------------------------------------------------

    private static YamlStream? LoadWithYamlDotNet(string yaml, int expectedDocuments, List<string> failures)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            failures.Add($"YamlDotNet cannot load the stream: {e.Message} {e.InnerException?.Message}");
            return null;
        }
        if (stream.Documents.Count != expectedDocuments)
        {
            failures.Add($"YamlDotNet: expected {expectedDocuments} document(s), got {stream.Documents.Count}");
            return null;
        }
        return stream;
    }

    private static void CheckValuesWithYamlDotNet(string s, string yaml, List<string> failures)
    {
        if (LoadWithYamlDotNet(yaml, 2, failures) is not { } stream) return;
        var cm = stream.Documents[0].RootNode;
        ExpectNet(failures, "metadata.annotations value", Child(Child(Child(cm, "metadata"), "annotations"), AnnotationKey), s);
        ExpectNet(failures, "metadata.annotations value after it", Child(Child(Child(cm, "metadata"), "annotations"), AfterKey), After);
        ExpectNet(failures, "data value", Child(Child(cm, "data"), ValueKey), s);
        ExpectNet(failures, "data value after it", Child(Child(cm, "data"), AfterKey), After);
        var container = (Child(Child(stream.Documents[1].RootNode, "spec"), "containers") as YamlSequenceNode)?.Children.FirstOrDefault();
        if (Child(container, "args") is YamlSequenceNode { Children.Count: 2 } args)
        {
            ExpectNet(failures, "sequence item (container args[0])", args.Children[0], s);
            ExpectNet(failures, "sequence item after it", args.Children[1], After);
        }
        else
        {
            failures.Add("YamlDotNet: container args should be a 2-item list");
        }
    }

    private static void CheckKeysWithYamlDotNet(string s, string yaml, List<string> failures)
    {
        if (LoadWithYamlDotNet(yaml, 1, failures) is not { } stream) return;
        var cm = stream.Documents[0].RootNode;
        ExpectNetKey(failures, "metadata.annotations key", Child(Child(cm, "metadata"), "annotations"), s, 2);
        ExpectNetKey(failures, "data key", Child(cm, "data"), s, 3);
    }

    private static void ExpectNetKey(List<string> failures, string where, YamlNode? node, string s, int entries)
    {
        if (node is not YamlMappingNode map)
        {
            failures.Add($"YamlDotNet: {where}: the map is missing or not a map");
            return;
        }
        var keyed = map.Children.Where(kv => kv.Value is YamlScalarNode { Value: KeyProbe }).Select(kv => kv.Key).ToList();
        if (map.Children.Count != entries || keyed.Count != 1)
        {
            failures.Add($"YamlDotNet: {where}: expected {entries} entries, one of them the probe; got {map.Children.Count}");
            return;
        }
        ExpectNet(failures, where, keyed[0], s);
        ExpectNet(failures, where + ": the entry after it", Child(map, AfterKey), After);
    }

    private static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    private static void ExpectNet(List<string> failures, string where, YamlNode? node, string expected)
    {
        const string who = "YamlDotNet";
        if (node is not YamlScalarNode scalar)
        {
            failures.Add($"{who}: {where}: expected a scalar, got {node?.NodeType.ToString() ?? "nothing (missing)"}");
            return;
        }
        var value = scalar.Value ?? "";
        if (!string.Equals(value, expected, StringComparison.Ordinal))
            failures.Add($"{who}: {where}: expected {Escaping.Show(expected)}, got {AdversarialStrings.Describe(value)} (style {scalar.Style})");
        if (scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty && Yaml12Core.Resolve(value) is var tag and not "str")
            failures.Add($"{who}: {where}: written plain, so a YAML 1.2 core-schema reader resolves {Escaping.Show(value)} to !!{tag}");
    }

    private static string ShowYaml(string yaml)
    {
        var sb = new StringBuilder();
        foreach (var line in yaml.Split('\n'))
        {
            if (sb.Length > 4000)
            {
                sb.Append("… (truncated)\n");
                break;
            }
            sb.Append(Escaping.Show(line, 200)[1..^1]).Append('\n');
        }
        return sb.ToString();
    }
}
