using System.Reflection;
using Mesh.Sdk.Analyzers.Diagnostics;
using Mesh.Sdk.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Mesh.Sdk.Analyzers.Tests;

/// <summary>The analyzers' descriptors against the shared catalogue, the docs and the release files.</summary>
public sealed class RuleCatalogTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = [.. typeof(DiagnosticDescriptors).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
        .Distinct()
        .OrderBy(d => d.Id, StringComparer.Ordinal)];

    private static IEnumerable<TestCaseData> AllDescriptors() => Descriptors.Select(d => new TestCaseData(d).SetName($"Descriptor_{d.Id}"));

    [Test]
    public void TheAnalyzersReportExactlyTheseRules()
    {
        Assert.That(Descriptors.Select(d => d.Id), Is.EqualTo(new[]
        {
            "MESH001", "MESH002",
            "MESH010", "MESH011", "MESH012", "MESH013", "MESH014", "MESH016", "MESH018",
            "MESH020", "MESH022", "MESH023",
            "MESH030", "MESH031",
            "MESH040", "MESH041",
            "MESH050", "MESH052",
            "MESH2002", "MESH2007",
        }));
    }

    [TestCaseSource(nameof(AllDescriptors))]
    public void HelpLinkPointsAtAnExistingRulePage(DiagnosticDescriptor descriptor)
    {
        var page = Path.Combine(RepoRoot(), "docs", "rules", descriptor.Id + ".md");

        Assert.Multiple(() =>
        {
            Assert.That(descriptor.HelpLinkUri, Does.EndWith($"docs/rules/{descriptor.Id}.md"));
            Assert.That(File.Exists(page), Is.True, $"missing {page}");
        });
        Assert.That(File.ReadAllText(page), Does.StartWith($"# {descriptor.Id}"), "the page's heading names the rule");
    }

    [TestCaseSource(nameof(AllDescriptors))]
    public void DescriptorIsTheCatalogueRule(DiagnosticDescriptor descriptor)
    {
        var rule = MeshRules.All.Single(r => r.Id == descriptor.Id);

        Assert.Multiple(() =>
        {
            Assert.That(descriptor.Title.ToString(), Is.EqualTo(rule.Title));
            Assert.That(descriptor.MessageFormat.ToString(), Is.EqualTo(rule.MessageFormat));
            Assert.That(descriptor.Category, Is.EqualTo(rule.Category));
            Assert.That(descriptor.DefaultSeverity.ToString(), Is.EqualTo(rule.Severity.ToString()));
            Assert.That(descriptor.HelpLinkUri, Is.EqualTo(rule.HelpUri));
            Assert.That(descriptor.IsEnabledByDefault, Is.True);
        });
    }

    /// <summary>
    /// What RS2000-series release tracking would check if it could see our ids (they come from the
    /// shared catalogue, not constants, so the analyzer project suppresses RS2002).
    /// </summary>
    [Test]
    public void ReleaseFilesListExactlyTheReportedRules()
    {
        var folder = Path.Combine(RepoRoot(), "src", "Analyzers");
        var listed = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(f => File.ReadAllLines(Path.Combine(folder, f)))
            .Where(l => l.StartsWith("MESH", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).Take(3).ToArray())
            .Select(c => $"{c[0]} | {c[1]} | {c[2]}")
            .Order(StringComparer.Ordinal);

        var reported = Descriptors.Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity}");

        Assert.That(listed, Is.EqualTo(reported));
    }

    [Test]
    public void CompilationEndRulesAreTaggedSo()
    {
        Assert.That(DiagnosticDescriptors.DuplicateDefinitionName.CustomTags, Does.Contain(WellKnownDiagnosticTags.CompilationEnd));
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mesh.Sdk.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Mesh.Sdk.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
