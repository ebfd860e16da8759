using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace Mesh.Sdk.CodeFixes.Common;

/// <summary>
/// Base of every MESH code fix. A fixer only looks at the syntax the analyzer reported and returns
/// the fixes it can make (<see cref="GetFixes"/>); anything of an unexpected shape gives none. The
/// base registers them, makes Fix All (one edit of each document), and never lets an exception reach the IDE.
/// </summary>
public abstract class MeshCodeFixProvider : CodeFixProvider
{
    /// <summary>
    /// Fix All applies, per document, the fix with the requested equivalence key of each diagnostic this
    /// fixer handles. Without a key, each diagnostic's first fix: <c>dotnet format analyzers</c> asks for
    /// the key of the first diagnostic it holds, which may belong to another rule of the same analyzer
    /// (e.g. MESH014 when fixing MESH010), and then passes none; the batch fixer would then fix nothing.
    /// </summary>
    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var fix in SafeFixes(new FixTarget(document, root, model, diagnostic, context.CancellationToken)))
            {
                var captured = fix;
                context.RegisterCodeFix(
                    CodeAction.Create(captured.Title, ct => ApplyAsync(document, captured.Edits, ct), captured.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The fixes for one diagnostic; empty when the code is not of the shape this fixer knows.</summary>
    internal abstract ImmutableArray<MeshFix> GetFixes(FixTarget target);

    private ImmutableArray<MeshFix> SafeFixes(FixTarget target)
    {
        try
        {
            return GetFixes(target);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Half-typed or unexpected code: offer nothing rather than an error bar in the IDE.
            return ImmutableArray<MeshFix>.Empty;
        }
    }

    private async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return null;
        var key = context.CodeActionEquivalenceKey;
        var edits = new List<NodeEdit>();
        var seen = new HashSet<(string, TextSpan)>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (!FixableDiagnosticIds.Contains(diagnostic.Id) || !seen.Add((diagnostic.Id, diagnostic.Location.SourceSpan))) continue;
            var fixes = SafeFixes(new FixTarget(document, root, model, diagnostic, context.CancellationToken));
            var fix = fixes.FirstOrDefault(f => key is null || f.EquivalenceKey == key);
            if (fix is not null) edits.AddRange(fix.Edits);
        }
        return edits.Count == 0 ? null : await ApplyAsync(document, edits, context.CancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document> ApplyAsync(Document document, IEnumerable<NodeEdit> edits, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        // A fix lists its edits innermost first; each transform gets the node as earlier edits left it.
        foreach (var edit in edits)
            editor.ReplaceNode(edit.Node, (current, _) => edit.Transform(current));
        var changed = editor.GetChangedDocument();
        // Names are written fully qualified and marked: add the usings they need; the code action's
        // clean-up then simplifies them (Simplifier.Annotation) and formats (Formatter.Annotation).
        changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        changed = await Imports.AddAsync(changed, cancellationToken).ConfigureAwait(false);
        return changed;
    }
}

/// <summary>The diagnostic being fixed and the document it is in.</summary>
internal sealed class FixTarget
{
    public FixTarget(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        Document = document;
        Root = root;
        Model = model;
        Diagnostic = diagnostic;
        CancellationToken = cancellationToken;
    }

    public Document Document { get; }

    public SyntaxNode Root { get; }

    public SemanticModel Model { get; }

    public Diagnostic Diagnostic { get; }

    public CancellationToken CancellationToken { get; }
}

/// <summary>One offered fix: its title, its Fix All key, and the node edits it makes.</summary>
internal sealed class MeshFix
{
    public MeshFix(string title, string equivalenceKey, params NodeEdit[] edits)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
        Edits = edits;
    }

    public string Title { get; }

    public string EquivalenceKey { get; }

    public IReadOnlyList<NodeEdit> Edits { get; }
}

/// <summary>Replace <see cref="Node"/> (a node of the original tree) by <see cref="Transform"/> of its current form.</summary>
internal sealed class NodeEdit
{
    public NodeEdit(SyntaxNode node, Func<SyntaxNode, SyntaxNode> transform)
    {
        Node = node;
        Transform = transform;
    }

    public SyntaxNode Node { get; }

    public Func<SyntaxNode, SyntaxNode> Transform { get; }

    /// <summary>An edit of a creation expression (<c>new X { ... }</c>); other nodes are left as they are.</summary>
    public static NodeEdit Of(BaseObjectCreationExpressionSyntax node, Func<BaseObjectCreationExpressionSyntax, SyntaxNode> transform) =>
        new(node, current => current is BaseObjectCreationExpressionSyntax creation ? transform(creation) : current);
}
