using Mesh.Sdk.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Mesh.Sdk.CodeFixes.Tests;

/// <summary>
/// One row of a fixer's table: the user's file before the fix (the diagnostic's token marked
/// <c>/*!*/</c>), and what is expected of the fixer there. A row asserts the offered titles
/// (<see cref="Titles"/>, empty for "offers nothing"), the exact text after the fix (<see cref="After"/>), or both.
/// </summary>
/// <param name="Name">The test's name in the runner.</param>
/// <param name="Before">The user's file, with the marker.</param>
public sealed record CodeFixCase(string Name, string Before)
{
    /// <summary>The whole file after the fix; null when no fix is applied.</summary>
    public string? After { get; init; }

    /// <summary>The title of the fix to apply; null when exactly one fix is offered.</summary>
    public string? Title { get; init; }

    /// <summary>The titles of all the fixes offered, in order; null when not asserted.</summary>
    public IReadOnlyList<string>? Titles { get; init; }

    /// <summary>The diagnostic's properties, as the analyzer would pass them.</summary>
    public IReadOnlyDictionary<string, string?>? Properties { get; init; }

    /// <summary>The target Kubernetes version (<c>MeshKubernetesVersion</c>); null when not set.</summary>
    public string? KubernetesVersion { get; init; }

    /// <summary>
    /// Expects the file before (without its marker), or the <see cref="After"/> built so far, with
    /// <paramref name="find"/>, which must stand there once, replaced.
    /// </summary>
    public CodeFixCase Replacing(string find, string replacement)
    {
        var text = After ?? CodeFixTest.Unmarked(Before);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
            throw new ArgumentException($"'{find}' does not stand once in the text of {Name}", nameof(find));
        return this with { After = string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length)) };
    }

    /// <summary>The rows of a <c>TestCaseSource</c>, each named <see cref="Name"/> in the runner.</summary>
    public static IEnumerable<TestCaseData> Table(params CodeFixCase[] cases)
    {
        foreach (var fix in cases)
        {
            if (fix.After is null && fix.Titles is null) throw new ArgumentException(fix.Name + " asserts neither the titles nor the text after the fix", nameof(cases));
            if (fix.After is null && fix.Title is not null) throw new ArgumentException(fix.Name + " names a fix to apply but no text after it", nameof(cases));
            yield return new TestCaseData(fix).SetName(fix.Name);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>
/// A fixer, the rule it fixes and the diagnostic's message arguments, checked against
/// <see cref="CodeFixCase"/> rows the way the IDE would use it (see <see cref="CodeFixTest"/>).
/// </summary>
internal sealed class FixerUnderTest(CodeFixProvider fixer, MeshRule rule, params object[] messageArgs)
{
    /// <summary>
    /// The file compiles; the offered titles are <see cref="CodeFixCase.Titles"/>; the chosen fix makes
    /// exactly <see cref="CodeFixCase.After"/>, which compiles; and Fix All over the document, with that
    /// fix's equivalence key, makes the same text.
    /// </summary>
    public async Task VerifyAsync(CodeFixCase fix)
    {
        var (document, diagnostic) = await CodeFixTest.PrepareAsync(rule, fix.Before, fix.Properties, fix.KubernetesVersion, messageArgs);
        var actions = await CodeFixTest.ActionsAsync(fixer, document, diagnostic);
        if (fix.Titles is not null) Assert.That(actions.Select(a => a.Title), Is.EqualTo(fix.Titles), "the fixes offered");
        if (fix.After is null) return;

        Assert.That(actions, Is.Not.Empty, "no fix offered");
        var action = fix.Title is null ? actions.Single() : actions.Single(a => a.Title == fix.Title);
        var changed = await CodeFixTest.ApplyAsync(action, document);
        await CodeFixTest.AssertCompilesAsync(changed);
        Assert.That((await changed.GetTextAsync()).ToString(), Is.EqualTo(fix.After));

        var fixedAll = await CodeFixTest.FixAllAsync(fixer, document, FixAllScope.Document, action.EquivalenceKey, [rule.Id], [diagnostic]);
        Assert.That(fixedAll, Is.Not.Null, "Fix All changed nothing");
        Assert.That((await fixedAll!.GetTextAsync()).ToString(), Is.EqualTo(fix.After), "Fix All");
    }
}

/// <summary>The user's files the fixer tests edit: usings, <c>namespace Shop;</c> and one static class.</summary>
internal static class UserCode
{
    /// <summary>
    /// <c>using</c> each of <paramref name="usings"/>, <c>namespace Shop;</c>, and the static class
    /// <paramref name="name"/> holding <paramref name="members"/> (indented one level).
    /// </summary>
    public static string Class(string name, string[] usings, string members)
    {
        var lines = new List<string>(usings.Select(u => "using " + u + ";"));
        if (lines.Count > 0) lines.Add(string.Empty);
        lines.AddRange(["namespace Shop;", string.Empty, "public static class " + name, "{"]);
        lines.AddRange(members.Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
        lines.Add("}");
        return string.Join('\n', lines);
    }
}

/// <summary>The namespaces the user's files import (<see cref="UserCode.Class"/>).</summary>
internal static class Namespaces
{
    public const string Sdk = "Mesh.Sdk";
    public const string Workloads = "Mesh.Sdk.Workloads";
    public const string Istio = "Mesh.Sdk.Istio";
    public const string IstioInstall = "Mesh.Sdk.Istio.Install.V1Alpha1";
    public const string IstioMesh = "Mesh.Sdk.Istio.Mesh.V1Alpha1";
    public const string IstioNetworking = "Mesh.Sdk.Istio.Networking.V1";
    public const string AutoscalingV2 = "Mesh.Sdk.Kubernetes.Autoscaling.V2";
    public const string CoreV1 = "Mesh.Sdk.Kubernetes.Core.V1";
    public const string MetaV1 = "Mesh.Sdk.Kubernetes.Meta.V1";
    public const string TetrateInstall = "Mesh.Sdk.Tetrate.Install.V1Alpha1";
}
