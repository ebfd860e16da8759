using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Mesh.Sdk.CodeFixes.Common;

/// <summary>
/// New model code: written with fully qualified names (<c>global::Mesh.Sdk...</c>) and marked so the
/// code action adds the missing usings and then shortens the names to what the file already reads.
/// </summary>
internal static class ModelSyntax
{
    /// <summary>Parses C# expression text and marks it for import adding, simplification and formatting.</summary>
    public static ExpressionSyntax Expression(string text) =>
        Mark(SyntaxFactory.ParseExpression(text));

    /// <summary>Marks generated syntax for import adding, simplification and formatting.</summary>
    public static TNode Mark<TNode>(TNode node)
        where TNode : SyntaxNode =>
        node.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);

    /// <summary><c>global::Mesh.Sdk.Duration.FromSeconds(n)</c>.</summary>
    public static ExpressionSyntax DurationFromSeconds(long seconds) =>
        Expression(ModelTypes.Global(ModelTypes.Duration) + ".FromSeconds(" + seconds.ToString(CultureInfo.InvariantCulture) + ")");

    /// <summary>An integer literal.</summary>
    public static ExpressionSyntax Number(long value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value.ToString(CultureInfo.InvariantCulture), value));

    /// <summary>A string literal.</summary>
    public static ExpressionSyntax String(string value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

    /// <summary><c>true</c>.</summary>
    public static ExpressionSyntax True() => SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);

    /// <summary>The type as fully qualified source, marked for simplification.</summary>
    public static TypeSyntax Type(string metadataName) =>
        Mark(SyntaxFactory.ParseTypeName(ModelTypes.Global(metadataName)));
}
