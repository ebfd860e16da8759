using System.Collections.Immutable;
using System.Composition;
using Mesh.Sdk.CodeFixes.Common;
using Mesh.Sdk.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Mesh.Sdk.CodeFixes.Lifecycle;

/// <summary>
/// MESH014: <c>drainDuration</c> does not lengthen sidecar shutdown. On the mesh <c>ProxyConfig</c>:
/// "Use terminationDrainDuration" (<c>DrainDuration =</c> becomes <c>TerminationDrainDuration =</c>;
/// when both are set, the drain value replaces the termination one) or "Enable
/// EXIT_ON_ZERO_ACTIVE_CONNECTIONS". On a TSB overlay patch (<c>OverlayPatch</c>, the IstioOperator's
/// <c>KubernetesOverlayPatch</c>, <c>OverlayPatch.Set</c>/<c>MeshDefaultConfig</c>): the path
/// <c>spec.meshConfig.defaultConfig.drainDuration</c> becomes <c>...terminationDrainDuration</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(OnlyDrainDurationRaisedFixer)), Shared]
public sealed class OnlyDrainDurationRaisedFixer : MeshCodeFixProvider
{
    internal const string TerminationDrainKey = "MESH014.UseTerminationDrainDuration";
    internal const string ExitOnZeroKey = "MESH014.EnableExitOnZeroActiveConnections";

    private const string DrainDurationPath = "spec.meshConfig.defaultConfig.drainDuration";
    private const string TerminationDrainDurationPath = "spec.meshConfig.defaultConfig.terminationDrainDuration";
    private const string UseTerminationDrainTitle = "Use terminationDrainDuration instead of drainDuration";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MeshRules.OnlyDrainDurationRaised.Id);

    internal override ImmutableArray<MeshFix> GetFixes(FixTarget target)
    {
        if (Subjects.Creation(target, ModelTypes.ProxyConfig) is { } config)
            return FixProxyConfig(config);
        if (Subjects.Creation(target, ModelTypes.TsbOverlayPatch) is { } tsbPatch)
            return FixPatchCreation(target, tsbPatch);
        if (Subjects.Creation(target, ModelTypes.IstioOverlayPatch) is { } istioPatch)
            return FixPatchCreation(target, istioPatch);
        if (PatchInvocation(target) is { } call)
            return FixPatchInvocation(target, call);
        return ImmutableArray<MeshFix>.Empty;
    }

    private static ImmutableArray<MeshFix> FixProxyConfig(BaseObjectCreationExpressionSyntax config)
    {
        if (!ObjectInitializers.HasObjectInitializerOrNone(config)) return ImmutableArray<MeshFix>.Empty;
        var fixes = ImmutableArray.CreateBuilder<MeshFix>();
        if (ObjectInitializers.FindMember(config, "DrainDuration") is { } drain)
        {
            var hasTermination = ObjectInitializers.FindMember(config, "TerminationDrainDuration") is not null;
            fixes.Add(new MeshFix(UseTerminationDrainTitle, TerminationDrainKey, NodeEdit.Of(config, current => hasTermination
                ? ObjectInitializers.RemoveMember(ObjectInitializers.SetMember(current, "TerminationDrainDuration", drain.Right.WithoutTrivia()), "DrainDuration")
                : ObjectInitializers.RenameMember(current, "DrainDuration", "TerminationDrainDuration"))));
        }

        fixes.Add(new MeshFix(
            "Enable EXIT_ON_ZERO_ACTIVE_CONNECTIONS",
            ExitOnZeroKey,
            NodeEdit.Of(config, current => ObjectInitializers.SetMember(current, "ExitOnZeroActiveConnections", ModelSyntax.True()))));
        return fixes.ToImmutable();
    }

    private static ImmutableArray<MeshFix> FixPatchCreation(FixTarget target, BaseObjectCreationExpressionSyntax patch) =>
        ObjectInitializers.FindMember(patch, "Path")?.Right is { } path && RenamedPath(target, path, DrainDurationPath, TerminationDrainDurationPath) is { } edit
            ? ImmutableArray.Create(new MeshFix(UseTerminationDrainTitle, TerminationDrainKey, edit))
            : ImmutableArray<MeshFix>.Empty;

    private static ImmutableArray<MeshFix> FixPatchInvocation(FixTarget target, (InvocationExpressionSyntax Call, IMethodSymbol Method) patch)
    {
        if (patch.Call.ArgumentList.Arguments.Count == 0) return ImmutableArray<MeshFix>.Empty;
        var first = patch.Call.ArgumentList.Arguments[0].Expression;
        var edit = patch.Method.Name == "MeshDefaultConfig"
            ? RenamedPath(target, first, "drainDuration", "terminationDrainDuration")
            : RenamedPath(target, first, DrainDurationPath, TerminationDrainDurationPath);
        return edit is null ? ImmutableArray<MeshFix>.Empty : ImmutableArray.Create(new MeshFix(UseTerminationDrainTitle, TerminationDrainKey, edit));
    }

    /// <summary><c>OverlayPatch.Set(...)</c> or <c>OverlayPatch.MeshDefaultConfig(...)</c> at the diagnostic.</summary>
    private static (InvocationExpressionSyntax, IMethodSymbol)? PatchInvocation(FixTarget target)
    {
        var location = target.Diagnostic.Location;
        if (!location.IsInSource || location.SourceTree != target.Root.SyntaxTree || location.SourceSpan.End > target.Root.FullSpan.End) return null;
        var token = target.Root.FindToken(location.SourceSpan.Start);
        foreach (var call in token.Parent?.AncestorsAndSelf().OfType<InvocationExpressionSyntax>() ?? Enumerable.Empty<InvocationExpressionSyntax>())
        {
            if (target.Model.GetSymbolInfo(call, target.CancellationToken).Symbol is IMethodSymbol { Name: "Set" or "MeshDefaultConfig" } method
                && method.ContainingType.ToDisplayString() == ModelTypes.TsbOverlayPatch)
                return (call, method);
        }

        return null;
    }

    /// <summary>
    /// The edit that turns the path <paramref name="path"/> from <paramref name="from"/> into <paramref name="to"/>:
    /// a string literal is rewritten; <c>OverlayPaths.DrainDuration</c> becomes <c>OverlayPaths.TerminationDrainDuration</c>.
    /// </summary>
    private static NodeEdit? RenamedPath(FixTarget target, ExpressionSyntax path, string from, string to)
    {
        if (path is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText == from)
            return new NodeEdit(literal, current => ModelSyntax.String(to).WithTriviaFrom(current));
        if (path is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "DrainDuration" } member
            && target.Model.GetSymbolInfo(member, target.CancellationToken).Symbol is IFieldSymbol field
            && field.ContainingType.ToDisplayString() == ModelTypes.TsbOverlayPaths
            && from == DrainDurationPath)
            return new NodeEdit(member, current => current is MemberAccessExpressionSyntax m
                ? m.WithName(SyntaxFactory.IdentifierName("TerminationDrainDuration").WithTriviaFrom(m.Name))
                : current);
        return null;
    }
}
