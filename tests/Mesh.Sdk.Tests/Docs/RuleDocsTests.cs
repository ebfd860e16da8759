using System.Text.RegularExpressions;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.Tests.Docs;

/// <summary>The docs check themselves: every rule in the catalogue has its page, and docs/errors.md lists exactly the catalogue.</summary>
public sealed partial class RuleDocsTests
{
    private static IEnumerable<string> Rules() => MeshRules.All.Select(r => r.Id);

    [TestCaseSource(nameof(Rules))]
    public void Every_rule_has_its_page_at_its_help_link(string id)
    {
        var rule = MeshRules.All.Single(r => r.Id == id);
        Assert.That(rule.HelpUri, Does.EndWith($"/docs/rules/{rule.Id}.md"));
        var page = RepoFiles.RulePage(rule.Id);
        Assert.That(File.Exists(page), Is.True, $"{page} is missing");
        var text = File.ReadAllText(page);
        Assert.That(text, Does.StartWith($"# {rule.Id}: {rule.Title}\n"));
        Assert.That(text, Does.Contain($"| Severity | {rule.Severity} |"));
    }

    [Test]
    public void Errors_md_lists_exactly_the_catalogue()
    {
        var text = RepoFiles.Read("docs", "errors.md");
        var listed = RowRegex().Matches(text).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();
        var expected = MeshRules.All.Select(r => (r.Id, r.Title, r.Severity.ToString())).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        Assert.That(listed, Is.EqualTo(expected));
    }

    [Test]
    public void Ids_are_unique() =>
        Assert.That(MeshRules.All.Select(r => r.Id), Is.Unique);

    [GeneratedRegex(@"^\| \[(MESH\d+)\]\(rules/MESH\d+\.md\) \| (.+?) \| (\w+) \|$", RegexOptions.Multiline)]
    private static partial Regex RowRegex();
}
