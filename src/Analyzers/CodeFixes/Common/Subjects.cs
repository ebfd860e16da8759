using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Mesh.Sdk.CodeFixes.Common;

/// <summary>
/// Finds the object a diagnostic is about. The analyzers report at the <c>new</c> keyword of the
/// subject's creation (the location convention shared with the build engine), so the subject is the
/// creation expression that owns that keyword, checked to be of the expected model type.
/// </summary>
internal static class Subjects
{
    /// <summary>The creation of a <paramref name="metadataName"/> object at the diagnostic, or null.</summary>
    public static BaseObjectCreationExpressionSyntax? Creation(FixTarget target, string metadataName)
    {
        var creation = CreationAt(target);
        return creation is not null && IsType(target.Model, creation, metadataName, target.CancellationToken) ? creation : null;
    }

    /// <summary>The creation expression whose <c>new</c> keyword (or the node at the location) the diagnostic points at.</summary>
    public static BaseObjectCreationExpressionSyntax? CreationAt(FixTarget target)
    {
        var location = target.Diagnostic.Location;
        if (!location.IsInSource || location.SourceTree != target.Root.SyntaxTree) return null;
        var span = location.SourceSpan;
        if (span.End > target.Root.FullSpan.End) return null;
        var token = target.Root.FindToken(span.Start);
        return token.Parent?.AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault(c => c.NewKeyword == token || c.Span.Contains(span));
    }

    /// <summary>True when <paramref name="expression"/>'s type is <paramref name="metadataName"/>.</summary>
    public static bool IsType(SemanticModel model, ExpressionSyntax expression, string metadataName, CancellationToken cancellationToken)
    {
        var type = model.GetTypeInfo(expression, cancellationToken).Type;
        return type is not null && type.TypeKind != TypeKind.Error && FullName(type) == metadataName;
    }

    /// <summary>The nearest enclosing creation of a <paramref name="metadataName"/> object, if any.</summary>
    public static BaseObjectCreationExpressionSyntax? EnclosingCreation(SyntaxNode node, SemanticModel model, string metadataName, CancellationToken cancellationToken) =>
        node.Ancestors().OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault(c => IsType(model, c, metadataName, cancellationToken));

    /// <summary>
    /// The creation whose initializer holds <paramref name="node"/> directly as a member value
    /// (<c>new Owner { Member = node }</c>), with that member's name.
    /// </summary>
    public static (BaseObjectCreationExpressionSyntax Owner, string Member)? OwnerOf(ExpressionSyntax node)
    {
        if (node.Parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment
            && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
            && assignment.Right == node
            && assignment.Parent is InitializerExpressionSyntax initializer
            && initializer.IsKind(SyntaxKind.ObjectInitializerExpression)
            && initializer.Parent is BaseObjectCreationExpressionSyntax owner)
            return (owner, name.Identifier.ValueText);
        return null;
    }

    private static string FullName(ITypeSymbol type)
    {
        var name = type.MetadataName;
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            name = ns.MetadataName + "." + name;
        return type.ContainingType is null ? name : FullName(type.ContainingType) + "+" + type.MetadataName;
    }
}
