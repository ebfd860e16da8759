using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace Mesh.Sdk.CodeFixes.Common;

/// <summary>
/// Base of every MESH code fix. A fixer only looks at the syntax the analyzer reported and returns
/// the fixes it can make (<see cref="GetFixes"/>); anything of an unexpected shape gives none. The
/// base registers them, batches Fix All, and never lets an exception reach the IDE.
/// </summary>
public abstract class MeshCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            ImmutableArray<MeshFix> fixes;
            try
            {
                fixes = GetFixes(new FixTarget(document, root, model, diagnostic, context.CancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Half-typed or unexpected code: offer nothing rather than an error bar in the IDE.
                continue;
            }

            foreach (var fix in fixes)
            {
                var captured = fix;
                context.RegisterCodeFix(
                    CodeAction.Create(captured.Title, ct => ApplyAsync(document, captured, ct), captured.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The fixes for one diagnostic; empty when the code is not of the shape this fixer knows.</summary>
    internal abstract ImmutableArray<MeshFix> GetFixes(FixTarget target);

    private static async Task<Document> ApplyAsync(Document document, MeshFix fix, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        // Edits are listed innermost first; each transform gets the node as earlier edits left it.
        foreach (var edit in fix.Edits)
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
