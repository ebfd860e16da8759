using System.Reflection;
using System.Text.RegularExpressions;
using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Model;
using Mesh.Sdk.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Mesh.Sdk.Tests.Docs;

/// <summary>
/// The C# on every mesh rule page compiles against this repository's model, and each YAML block
/// after it shows lines the writer really emits for it, in that order. A snippet is the body of
/// <c>Build(ManifestContext context)</c> (the usings are in docs/rules/README.md).
/// </summary>
public sealed partial class RuleSnippetTests
{
    private sealed record Snippet(string Id, int Index, string Section, string Code, IReadOnlyList<string> Yaml)
    {
        public string TypeName => $"Snippets.{Id}_{Index}.S";

        public string FilePath => $"docs/rules/{Id}.md#{Section}-{Index}";
    }

    private sealed record Compiled(IReadOnlyList<Snippet> Snippets, IReadOnlyList<Diagnostic> Errors, Assembly? Assembly);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(ManifestDefinition).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList());

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Compiled> Pages = new(StringComparer.Ordinal);

    private static Compiled Page(string id) => Pages.GetOrAdd(id, Compile);

    private static IEnumerable<string> MeshRuleIds() => MeshRules.Mesh.Select(r => r.Id);

    [TestCaseSource(nameof(MeshRuleIds))]
    public void Page_snippets_compile(string id)
    {
        var errors = Page(id).Errors
            .Select(d => $"{d.Location.SourceTree?.FilePath}({d.Location.GetMappedLineSpan().StartLinePosition.Line + 1}): {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        Assert.That(errors, Is.Empty);
    }

    [TestCaseSource(nameof(MeshRuleIds))]
    public void Page_yaml_is_what_its_snippets_emit(string id)
    {
        var compiled = Page(id);
        Assume.That(compiled.Assembly, Is.Not.Null, "the snippets do not compile (see Page_snippets_compile)");
        var snippets = compiled.Snippets;
        Assert.That(snippets.Where(s => s.Yaml.Count > 0), Is.Not.Empty, "no C# block followed by a YAML block");
        Assert.Multiple(() =>
        {
            foreach (var snippet in snippets)
            {
                var emitted = Emit(compiled.Assembly!, snippet).Split('\n').Select(l => l.Trim()).ToList();
                foreach (var block in snippet.Yaml)
                {
                    var position = 0;
                    foreach (var line in block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
                    {
                        var found = emitted.IndexOf(line, position);
                        Assert.That(found, Is.GreaterThanOrEqualTo(0), $"{snippet.FilePath}: '{line}' is not emitted (after line {position}):\n{string.Join('\n', emitted)}");
                        if (found >= 0) position = found + 1;
                    }
                }
            }
        });
    }

    private static string Emit(Assembly assembly, Snippet snippet)
    {
        var build = assembly.GetType(snippet.TypeName, throwOnError: true)!.GetMethod("Build")!;
        var objects = (IEnumerable<KubernetesObject>)build.Invoke(null, [new ManifestContext("docs", TargetVersions.Default)])!;
        return ManifestWriter.Write(objects.ToList());
    }

    private static Compiled Compile(string id)
    {
        var snippets = Parse(id, RepoFiles.Read("docs", "rules", id + ".md")).ToList();
        var trees = snippets.Select(s => CSharpSyntaxTree.ParseText(Wrap(s), new CSharpParseOptions(LanguageVersion.Latest), s.FilePath)).ToList();
        var compilation = CSharpCompilation.Create(
            "Mesh.Sdk.DocSnippets." + id,
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return new Compiled(snippets, errors, emit.Success ? Assembly.Load(stream.ToArray()) : null);
    }

    /// <summary>The ```csharp blocks of the Non-compliant and Compliant sections, each with the ```yaml blocks that follow it there.</summary>
    private static IEnumerable<Snippet> Parse(string id, string page)
    {
        var result = new List<Snippet>();
        string? section = null;
        foreach (Match m in PartRegex().Matches(page))
        {
            if (m.Groups["heading"].Success)
            {
                section = m.Groups["heading"].Value;
                continue;
            }
            if (section is not ("Non-compliant" or "Compliant")) continue;
            var body = m.Groups["body"].Value;
            if (m.Groups["lang"].Value == "csharp") result.Add(new Snippet(id, result.Count, section, body, new List<string>()));
            else if (m.Groups["lang"].Value == "yaml" && result.Count > 0 && result[^1].Section == section) ((List<string>)result[^1].Yaml).Add(body);
        }
        return result;
    }

    private static string Wrap(Snippet s)
    {
        var tsb = new[] { "OverlayPatch", "IngressGateway", "EgressGateway", "Tier1Gateway", "ControlPlane" }.Any(k => s.Code.Contains(k, StringComparison.Ordinal));
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Diagnostics.CodeAnalysis;
            using System.Linq;
            using Mesh.Sdk;
            using Mesh.Sdk.Istio;
            using {{(tsb ? "Mesh.Sdk.Tetrate.Install.V1Alpha1" : "Mesh.Sdk.Istio.Install.V1Alpha1")}};
            using Mesh.Sdk.Istio.Mesh.V1Alpha1;
            using Mesh.Sdk.Istio.Networking.V1;
            using Mesh.Sdk.Kubernetes.Apps.V1;
            using Mesh.Sdk.Kubernetes.Autoscaling.V2;
            using Mesh.Sdk.Kubernetes.Batch.V1;
            using Mesh.Sdk.Kubernetes.Core.V1;
            using Mesh.Sdk.Kubernetes.Meta.V1;
            using Mesh.Sdk.Kubernetes.Policy.V1;
            using Mesh.Sdk.Model;
            using Mesh.Sdk.Workloads;
            using ProxyConfig = Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig;

            namespace Snippets.{{s.Id}}_{{s.Index}};

            public static class S
            {
                public static IEnumerable<KubernetesObject> Build(ManifestContext context)
                {
            #line 1
            {{s.Code}}
            #line default
                    yield break;
                }
            }
            """;
    }

    [GeneratedRegex(@"^## (?<heading>[^\n]+)$|^```(?<lang>\w+)\n(?<body>.*?)\n```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex PartRegex();
}
