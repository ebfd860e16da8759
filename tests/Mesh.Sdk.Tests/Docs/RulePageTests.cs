using System.Text.RegularExpressions;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.Tests.Docs;

/// <summary>Every mesh rule page (docs/rules/MESH0nn.md) has the same shape, and its table and suppression forms match the catalogue.</summary>
public sealed partial class RulePageTests
{
    private static readonly string[] Sections = ["What", "Why", "Non-compliant", "Compliant", "Suppress"];

    private static IEnumerable<string> MeshRuleIds() => MeshRules.Mesh.Select(r => r.Id);

    private static MeshRule Rule(string id) => MeshRules.Mesh.Single(r => r.Id == id);

    private static string Page(string id) => RepoFiles.Read("docs", "rules", id + ".md");

    /// <summary>The text of the "## name" section, up to the next "## " heading (empty when missing).</summary>
    private static string Section(string page, string name)
    {
        var start = page.IndexOf($"\n## {name}\n", StringComparison.Ordinal);
        if (start < 0) return "";
        var end = page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    [TestCaseSource(nameof(MeshRuleIds))]
    public void Page_has_the_sections_in_order(string id)
    {
        var headings = HeadingRegex().Matches(Page(id)).Select(m => m.Groups[1].Value).Where(Sections.Contains).ToList();
        Assert.That(headings, Is.EqualTo(Sections));
    }

    [TestCaseSource(nameof(MeshRuleIds))]
    public void Non_compliant_and_compliant_sections_each_show_csharp_and_yaml(string id)
    {
        var page = Page(id);
        Assert.Multiple(() =>
        {
            foreach (var name in new[] { "Non-compliant", "Compliant" })
            {
                var section = Section(page, name);
                Assert.That(section, Does.Contain("```csharp\n"), $"{name} has no C# block");
                Assert.That(section, Does.Contain("```yaml\n"), $"{name} has no YAML block");
            }
        });
    }

    [TestCaseSource(nameof(MeshRuleIds))]
    public void Table_shows_the_catalogue_id_category_and_a_surface(string id)
    {
        var page = Page(id);
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain($"| Id | {id} |"));
            Assert.That(page, Does.Contain($"| Category | {Rule(id).Category} |"));
            Assert.That(SurfacesRegex().IsMatch(page), Is.True, "no '| Surfaces | build |' or '| Surfaces | analyzer (IDE, compile time) and build |' row");
        });
    }

    [TestCaseSource(nameof(MeshRuleIds))]
    public void Suppress_section_shows_every_form_with_the_rules_id_and_category(string id)
    {
        var suppress = Section(Page(id), "Suppress");
        Assert.Multiple(() =>
        {
            Assert.That(suppress, Does.Contain($"#pragma warning disable {id}"));
            Assert.That(suppress, Does.Contain($"#pragma warning restore {id}"));
            Assert.That(suppress, Does.Contain($"[SuppressMessage(\"{Rule(id).Category}\", \"{id}\""));
            Assert.That(suppress, Does.Contain($"dotnet_diagnostic.{id}.severity = none"));
            Assert.That(suppress, Does.Contain($"<NoWarn>$(NoWarn);{id}</NoWarn>"));
        });
    }

    [TestCaseSource(nameof(MeshRuleIds))]
    public void Links_to_other_rule_pages_resolve(string id)
    {
        var targets = RuleLinkRegex().Matches(Page(id)).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.That(targets.Where(t => !File.Exists(RepoFiles.RulePage(t))), Is.Empty);
    }

    [GeneratedRegex(@"^## (.+)$", RegexOptions.Multiline)]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"^\| Surfaces \| (build|analyzer \(IDE, compile time\) and build) \|$", RegexOptions.Multiline)]
    private static partial Regex SurfacesRegex();

    [GeneratedRegex(@"\]\((MESH\d+)\.md\)")]
    private static partial Regex RuleLinkRegex();
}
