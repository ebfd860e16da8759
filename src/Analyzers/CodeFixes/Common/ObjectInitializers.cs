using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace Mesh.Sdk.CodeFixes.Common;

/// <summary>
/// Reads and edits the members of object initializers (<c>new X { A = 1, B = 2 }</c>), keeping the
/// layout the user chose: one line stays one line; one member per line stays so, with the same
/// indentation and trailing-comma style.
/// </summary>
internal static class ObjectInitializers
{
    /// <summary>The <c>Name = value</c> member of <paramref name="creation"/>'s initializer, if any.</summary>
    public static AssignmentExpressionSyntax? FindMember(BaseObjectCreationExpressionSyntax creation, string name) =>
        FindMember(creation.Initializer, name);

    /// <inheritdoc cref="FindMember(BaseObjectCreationExpressionSyntax, string)"/>
    public static AssignmentExpressionSyntax? FindMember(InitializerExpressionSyntax? initializer, string name)
    {
        if (initializer is null || !initializer.IsKind(SyntaxKind.ObjectInitializerExpression)) return null;
        foreach (var expression in initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax id } assignment
                && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                && id.Identifier.ValueText == name)
                return assignment;
        }

        return null;
    }

    /// <summary>The object created by <c>Name = new ...</c> in <paramref name="creation"/>'s initializer, if any.</summary>
    public static BaseObjectCreationExpressionSyntax? FindCreatedMember(BaseObjectCreationExpressionSyntax creation, string name) =>
        FindMember(creation, name)?.Right as BaseObjectCreationExpressionSyntax;

    /// <summary>True when the initializer is an object initializer or absent (not a collection initializer).</summary>
    public static bool HasObjectInitializerOrNone(BaseObjectCreationExpressionSyntax creation) =>
        creation.Initializer is null || creation.Initializer.IsKind(SyntaxKind.ObjectInitializerExpression);

    /// <summary><c>Name = value</c>, marked for formatting.</summary>
    public static AssignmentExpressionSyntax Member(string name, ExpressionSyntax value) =>
        SyntaxFactory.AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                SyntaxFactory.IdentifierName(name).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
                value.WithoutLeadingTrivia().WithoutTrailingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);

    /// <summary>Sets <c>Name = value</c>: replaces the value of an existing member, or adds the member last.</summary>
    public static BaseObjectCreationExpressionSyntax SetMember(BaseObjectCreationExpressionSyntax creation, string name, ExpressionSyntax value)
    {
        var existing = FindMember(creation, name);
        if (existing is null) return AddMember(creation, Member(name, value));
        var replaced = existing.WithRight(value.WithTriviaFrom(existing.Right).WithAdditionalAnnotations(Formatter.Annotation));
        return creation.ReplaceNode(existing, replaced);
    }

    /// <summary>Adds <paramref name="member"/> as the last member, creating the initializer if needed.</summary>
    public static BaseObjectCreationExpressionSyntax AddMember(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax member)
    {
        var initializer = creation.Initializer;
        if (initializer is null)
        {
            var created = SyntaxFactory.InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.SingletonSeparatedList(member.WithoutLeadingTrivia().WithTrailingTrivia(SyntaxFactory.Space)),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken));
            return WithNewInitializer(creation, created);
        }

        return creation.WithInitializer(AddMember(initializer, member));
    }

    /// <summary>
    /// Inserts <paramref name="member"/> right after the member named <paramref name="after"/> (declaration
    /// order reads best), or last when there is none.
    /// </summary>
    public static BaseObjectCreationExpressionSyntax InsertMemberAfter(BaseObjectCreationExpressionSyntax creation, string after, ExpressionSyntax member)
    {
        var initializer = creation.Initializer;
        var previous = FindMember(initializer, after);
        if (initializer is null || previous is null) return AddMember(creation, member);
        var index = initializer.Expressions.IndexOf(previous) + 1;
        if (index == initializer.Expressions.Count) return AddMember(creation, member);

        // Before an existing member: take its place and layout, followed by a comma like its own.
        var next = initializer.Expressions[index];
        var items = initializer.Expressions.GetWithSeparators().ToList();
        var multiLine = IsMultiLine(initializer);
        var laidOut = member.WithoutTrailingTrivia().WithLeadingTrivia(multiLine ? next.GetLeadingTrivia() : default);
        var comma = SyntaxFactory.Token(SyntaxKind.CommaToken)
            .WithTrailingTrivia(multiLine ? SyntaxFactory.TriviaList(FindEndOfLine(initializer)) : SyntaxFactory.TriviaList(SyntaxFactory.Space));
        items.InsertRange(index * 2, new SyntaxNodeOrToken[] { laidOut, comma });
        return creation.WithInitializer(initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items)));
    }

    /// <summary>Replaces the member named <paramref name="name"/> by <paramref name="replacement"/>, in its place and layout.</summary>
    public static BaseObjectCreationExpressionSyntax ReplaceMember(BaseObjectCreationExpressionSyntax creation, string name, ExpressionSyntax replacement)
    {
        var existing = FindMember(creation, name);
        return existing is null ? creation : creation.ReplaceNode(existing, replacement.WithTriviaFrom(existing));
    }

    /// <summary>Renames the member <paramref name="name"/> to <paramref name="newName"/>, keeping its value.</summary>
    public static BaseObjectCreationExpressionSyntax RenameMember(BaseObjectCreationExpressionSyntax creation, string name, string newName)
    {
        var existing = FindMember(creation, name);
        return existing is null
            ? creation
            : creation.ReplaceNode(existing.Left, SyntaxFactory.IdentifierName(newName).WithTriviaFrom(existing.Left));
    }

    /// <summary>Removes the member named <paramref name="name"/>; an emptied initializer goes away (<c>new X()</c>).</summary>
    public static BaseObjectCreationExpressionSyntax RemoveMember(BaseObjectCreationExpressionSyntax creation, string name)
    {
        var initializer = creation.Initializer;
        var member = FindMember(initializer, name);
        if (initializer is null || member is null) return creation;
        var index = initializer.Expressions.IndexOf(member);
        if (initializer.Expressions.Count == 1)
        {
            // new X { A = 1 } -> new X(); new() { A = 1 } -> new().
            var trailing = initializer.GetTrailingTrivia();
            return creation switch
            {
                ObjectCreationExpressionSyntax explicitNew => explicitNew
                    .WithType(explicitNew.Type.WithoutTrailingTrivia())
                    .WithArgumentList((explicitNew.ArgumentList ?? SyntaxFactory.ArgumentList()).WithoutTrailingTrivia())
                    .WithInitializer(null)
                    .WithTrailingTrivia(trailing),
                ImplicitObjectCreationExpressionSyntax implicitNew => implicitNew
                    .WithArgumentList(implicitNew.ArgumentList.WithoutTrailingTrivia())
                    .WithInitializer(null)
                    .WithTrailingTrivia(trailing),
                _ => creation,
            };
        }

        return creation.WithInitializer(RemoveAt(initializer, index));
    }

    private static BaseObjectCreationExpressionSyntax WithNewInitializer(BaseObjectCreationExpressionSyntax creation, InitializerExpressionSyntax initializer)
    {
        switch (creation)
        {
            case ObjectCreationExpressionSyntax explicitNew:
                var trailing = explicitNew.GetTrailingTrivia();
                // new X() -> new X { ... }: the empty argument list goes, as the IDE would suggest.
                if (explicitNew.ArgumentList is { Arguments.Count: 0 })
                    explicitNew = explicitNew.WithArgumentList(null).WithType(explicitNew.Type.WithoutTrailingTrivia());
                else
                    explicitNew = explicitNew.WithoutTrailingTrivia();
                var lastToken = explicitNew.GetLastToken();
                explicitNew = explicitNew.ReplaceToken(lastToken, lastToken.WithTrailingTrivia(SyntaxFactory.Space));
                return explicitNew.WithInitializer(initializer.WithTrailingTrivia(trailing));
            case ImplicitObjectCreationExpressionSyntax implicitNew:
                var implicitTrailing = implicitNew.GetTrailingTrivia();
                return implicitNew
                    .WithArgumentList(implicitNew.ArgumentList.WithTrailingTrivia(SyntaxFactory.Space))
                    .WithInitializer(initializer.WithTrailingTrivia(implicitTrailing));
            default:
                return creation;
        }
    }

    private static InitializerExpressionSyntax AddMember(InitializerExpressionSyntax initializer, ExpressionSyntax member)
    {
        var items = initializer.Expressions.GetWithSeparators().ToList();
        var count = initializer.Expressions.Count;
        var trailingComma = count > 0 && initializer.Expressions.SeparatorCount == count;
        member = member.WithoutLeadingTrivia().WithoutTrailingTrivia();

        if (!IsMultiLine(initializer))
        {
            // { } -> { M }; { A } -> { A, M }; { A, } -> { A, M }
            if (count == 0)
            {
                return initializer
                    .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia(SyntaxFactory.Space))
                    .WithExpressions(SyntaxFactory.SingletonSeparatedList(member.WithTrailingTrivia(SyntaxFactory.Space)));
            }

            var last = items[items.Count - 1];
            var lastTrailing = last.GetTrailingTrivia();
            items[items.Count - 1] = last.WithTrailingTrivia();
            if (!trailingComma) items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken));
            items[items.Count - 1] = items[items.Count - 1].WithTrailingTrivia(SyntaxFactory.Space);
            items.Add(member.WithTrailingTrivia(lastTrailing));
            return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
        }

        var endOfLine = FindEndOfLine(initializer);
        var indentation = count > 0
            ? Indentation(initializer.Expressions[0].GetLeadingTrivia())
            : Indentation(initializer.CloseBraceToken.LeadingTrivia) + "    ";
        var laidOut = member.WithLeadingTrivia(SyntaxFactory.Whitespace(indentation));
        if (count == 0)
        {
            return initializer
                .WithExpressions(SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(laidOut.WithTrailingTrivia(endOfLine)));
        }

        if (trailingComma)
        {
            // ...A,\n} -> ...A,\n    M,\n}
            items.Add(laidOut);
            items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(endOfLine));
        }
        else
        {
            // ...A\n} -> ...A,\n    M\n}
            var last = items[items.Count - 1];
            var lastTrailing = last.GetTrailingTrivia();
            items[items.Count - 1] = last.WithTrailingTrivia();
            items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(lastTrailing));
            items.Add(laidOut.WithTrailingTrivia(endOfLine));
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
    }

    private static InitializerExpressionSyntax RemoveAt(InitializerExpressionSyntax initializer, int index)
    {
        var items = initializer.Expressions.GetWithSeparators().ToList();
        var nodeIndex = index * 2;
        if (nodeIndex + 1 < items.Count)
        {
            // A member followed by its comma: both go; the next member keeps its own indentation.
            items.RemoveRange(nodeIndex, 2);
        }
        else
        {
            // The last member without a trailing comma: it and the comma before it go; what ended
            // its line now ends the previous member's.
            var trailing = items[nodeIndex].GetTrailingTrivia();
            items.RemoveRange(nodeIndex - 1, 2);
            items[nodeIndex - 2] = items[nodeIndex - 2].WithTrailingTrivia(trailing);
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
    }

    private static bool IsMultiLine(InitializerExpressionSyntax initializer) =>
        initializer.DescendantTrivia(initializer.Span).Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));

    private static SyntaxTrivia FindEndOfLine(SyntaxNode node)
    {
        foreach (var trivia in node.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia)) return trivia;
        }

        return SyntaxFactory.EndOfLine("\n");
    }

    private static string Indentation(SyntaxTriviaList leading)
    {
        for (var i = leading.Count - 1; i >= 0; i--)
        {
            if (leading[i].IsKind(SyntaxKind.WhitespaceTrivia)) return leading[i].ToString();
            if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia)) break;
        }

        return string.Empty;
    }
}
