using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Mesh.Sdk.CodeFixes.Common;

/// <summary>
/// Usings for what type names cannot carry: an extension method (<c>SetProxyConfig</c>) needs its
/// namespace imported. Generated syntax that calls one is marked with <see cref="Annotation"/>; after
/// the edit, <see cref="AddAsync"/> adds each marked namespace the file does not already see.
/// </summary>
internal static class Imports
{
    public const string Kind = "Mesh.Sdk.CodeFixes.Import";

    public static SyntaxAnnotation Annotation(string @namespace) => new(Kind, @namespace);

    public static async Task<Document> AddAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit) return document;
        var marked = unit.GetAnnotatedNodesAndTokens(Kind).ToList();
        if (marked.Count == 0) return document;
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null) return document;

        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var node in marked)
        {
            foreach (var annotation in node.GetAnnotations(Kind))
            {
                if (annotation.Data is { } ns && !InScope(model, node.SpanStart, ns))
                    missing.Add(ns);
            }
        }

        foreach (var ns in missing)
            unit = AddUsing(unit, ns);
        return document.WithSyntaxRoot(unit);
    }

    private static bool InScope(SemanticModel model, int position, string ns)
    {
        foreach (var scope in model.GetImportScopes(position))
        {
            if (scope.Imports.Any(i => i.NamespaceOrType is INamespaceSymbol n && n.ToDisplayString() == ns)) return true;
        }

        // Code inside the namespace (or a child of it) sees it without a using.
        var enclosing = model.GetEnclosingSymbol(position)?.ContainingNamespace;
        for (; enclosing is { IsGlobalNamespace: false }; enclosing = enclosing.ContainingNamespace)
        {
            if (enclosing.ToDisplayString() == ns) return true;
        }

        return false;
    }

    /// <summary>Adds <c>using ns;</c> in order (System first, then ordinal), as the IDE's sorted usings would have it.</summary>
    private static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit, string ns)
    {
        var endOfLine = unit.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (endOfLine == default) endOfLine = SyntaxFactory.EndOfLine("\n");
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns).WithLeadingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(endOfLine);
        var usings = unit.Usings;
        if (usings.Count == 0)
        {
            // using X;\n\n before the first member, keeping the file's leading comments above it.
            var first = unit.Members.FirstOrDefault();
            var leading = first?.GetLeadingTrivia() ?? default;
            directive = directive.WithLeadingTrivia(leading).WithTrailingTrivia(endOfLine, endOfLine);
            unit = first is null ? unit : unit.ReplaceNode(first, first.WithoutLeadingTrivia());
            return unit.WithUsings(SyntaxFactory.SingletonList(directive));
        }

        var index = 0;
        while (index < usings.Count && Before(usings[index], ns)) index++;
        if (index == 0)
        {
            directive = directive.WithLeadingTrivia(usings[0].GetLeadingTrivia());
            usings = usings.Replace(usings[0], usings[0].WithoutLeadingTrivia());
        }

        return unit.WithUsings(usings.Insert(index, directive));
    }

    private static bool Before(UsingDirectiveSyntax existing, string ns)
    {
        if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None) || existing.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)) return true;
        var name = existing.Name?.ToString() ?? string.Empty;
        var existingSystem = name == "System" || name.StartsWith("System.", StringComparison.Ordinal);
        var newSystem = ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal);
        if (existingSystem != newSystem) return existingSystem;
        return string.CompareOrdinal(name, ns) < 0;
    }
}
