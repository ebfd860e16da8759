using System.Collections.Immutable;
using System.Composition;
using Mesh.Sdk.CodeFixes.Common;
using Mesh.Sdk.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Mesh.Sdk.CodeFixes.Lifecycle;

/// <summary>
/// MESH016: replace the shell/netstat preStop loop on <c>istio-proxy</c> with
/// EXIT_ON_ZERO_ACTIVE_CONNECTIONS. Removes the preStop (the whole <c>Lifecycle</c> when it holds
/// nothing else) from the IstioOperator's proxy values or the user's <c>istio-proxy</c> container,
/// and sets <c>ExitOnZeroActiveConnections = true</c> where the same code can hold it: the
/// IstioOperatorSpec's <c>MeshConfig.DefaultConfig</c>, or the pod template's own ProxyConfig.
/// Elsewhere it only removes the hook and says so in its title.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ShellPreStopOnProxyFixer)), Shared]
public sealed class ShellPreStopOnProxyFixer : MeshCodeFixProvider
{
    internal const string EquivalenceKey = "MESH016.ReplaceShellPreStop";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MeshRules.ShellPreStopOnProxy.Id);

    internal override ImmutableArray<MeshFix> GetFixes(FixTarget target)
    {
        ProxyConfigSite? site;
        BaseObjectCreationExpressionSyntax? subject;
        if ((subject = Subjects.Creation(target, ModelTypes.ProxyValues)) is not null)
            site = ProxyConfigSite.ForMeshDefault(target, subject);
        else if ((subject = Subjects.Creation(target, ModelTypes.Container)) is not null)
            site = Subjects.EnclosingCreation(subject, target.Model, ModelTypes.PodSpec, target.CancellationToken) is { } podSpec
                ? ProxyConfigSite.ForPod(target, podSpec)
                : null;
        else
            return ImmutableArray<MeshFix>.Empty;

        if (!ObjectInitializers.HasObjectInitializerOrNone(subject) || ObjectInitializers.FindMember(subject, "Lifecycle") is not { } lifecycle)
            return ImmutableArray<MeshFix>.Empty;
        var removal = RemovePreStop(subject, lifecycle);
        if (site is null)
        {
            return ImmutableArray.Create(new MeshFix(
                "Remove the shell preStop hook (then enable EXIT_ON_ZERO_ACTIVE_CONNECTIONS in the ProxyConfig yourself)",
                EquivalenceKey,
                removal));
        }

        return ImmutableArray.Create(new MeshFix(
            "Replace the shell preStop hook with EXIT_ON_ZERO_ACTIVE_CONNECTIONS in " + site.Description,
            EquivalenceKey,
            removal,
            site.Set(ObjectInitializers.Member("ExitOnZeroActiveConnections", ModelSyntax.True()))));
    }

    /// <summary>Removes <c>PreStop</c> from <c>Lifecycle = new Lifecycle { ... }</c>, or the whole <c>Lifecycle</c> when nothing else is in it.</summary>
    private static NodeEdit RemovePreStop(BaseObjectCreationExpressionSyntax subject, AssignmentExpressionSyntax lifecycle)
    {
        if (lifecycle.Right is BaseObjectCreationExpressionSyntax { Initializer.Expressions.Count: > 1 } lifecycleCreation
            && ObjectInitializers.FindMember(lifecycleCreation, "PreStop") is not null)
            return NodeEdit.Of(lifecycleCreation, current => ObjectInitializers.RemoveMember(current, "PreStop"));
        return NodeEdit.Of(subject, current => ObjectInitializers.RemoveMember(current, "Lifecycle"));
    }
}
