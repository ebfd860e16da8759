using System.Text.RegularExpressions;
using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.Tests.Docs;

/// <summary>README's "Rules" table is the mesh catalogue: same ids, titles, severities and categories, in id order.</summary>
public sealed partial class ReadmeRuleTableTests
{
    private static IReadOnlyList<Match> Rows()
    {
        var readme = RepoFiles.Read("README.md");
        var start = readme.IndexOf("\n## Rules\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "README.md has no '## Rules' section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];
        return RowRegex().Matches(section).ToList();
    }

    [Test]
    public void Readme_rule_table_equals_the_mesh_catalogue_in_order()
    {
        var listed = Rows().Select(m => (m.Groups["id"].Value, m.Groups["title"].Value, m.Groups["severity"].Value, m.Groups["category"].Value)).ToList();
        var expected = MeshRules.Mesh.Select(r => (r.Id, r.Title, r.Severity.ToString(), r.Category)).ToList();
        Assert.That(listed, Is.EqualTo(expected));
    }

    [Test]
    public void Readme_rule_links_point_at_the_rules_own_pages()
    {
        var rows = Rows();
        Assert.That(rows, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var row in rows)
            {
                Assert.That(row.Groups["link"].Value, Is.EqualTo(row.Groups["id"].Value), $"the row of {row.Groups["id"].Value} links elsewhere");
                Assert.That(File.Exists(RepoFiles.RulePage(row.Groups["link"].Value)), Is.True, $"docs/rules/{row.Groups["link"].Value}.md is missing");
            }
        });
    }

    [Test]
    public void Readme_points_at_errors_md_for_the_other_ids() =>
        Assert.That(RepoFiles.Read("README.md"), Does.Contain("](docs/errors.md)"));

    [GeneratedRegex(@"^\| \[(?<id>MESH\d+)\]\(docs/rules/(?<link>MESH\d+)\.md\) \| (?<title>.+?) \| (?<severity>\w+) \| (?<category>[\w.]+) \|$", RegexOptions.Multiline)]
    private static partial Regex RowRegex();
}
