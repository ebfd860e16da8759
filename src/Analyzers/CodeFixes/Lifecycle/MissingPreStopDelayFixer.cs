using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using Mesh.Sdk.CodeFixes.Common;
using Mesh.Sdk.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Mesh.Sdk.CodeFixes.Lifecycle;

/// <summary>
/// MESH010: give the serving container a preStop delay, so it keeps serving while endpoints and
/// meshed clients learn it is going away. On a <c>Container</c>: <c>Lifecycle.PreStop.Sleep</c>
/// of 10 seconds (an exec <c>sleep 10</c> when the target Kubernetes is older than 1.30, which has
/// no sleep action); on a <c>MeshedService</c> whose <c>PreStopDelay</c> is zero: 10 seconds.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingPreStopDelayFixer)), Shared]
public sealed class MissingPreStopDelayFixer : MeshCodeFixProvider
{
    /// <summary>The delay added: the middle of the 5-15 seconds the rule asks for.</summary>
    internal const long DelaySeconds = 10;

    internal const string EquivalenceKey = "MESH010.AddPreStopDelay";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MeshRules.MissingPreStopDelay.Id);

    internal override ImmutableArray<MeshFix> GetFixes(FixTarget target)
    {
        if (Subjects.Creation(target, ModelTypes.Container) is { } container)
            return FixContainer(target, container);
        if (Subjects.Creation(target, ModelTypes.MeshedService) is { } service)
            return FixMeshedService(service);
        return ImmutableArray<MeshFix>.Empty;
    }

    private static ImmutableArray<MeshFix> FixContainer(FixTarget target, BaseObjectCreationExpressionSyntax container)
    {
        if (!ObjectInitializers.HasObjectInitializerOrNone(container)) return ImmutableArray<MeshFix>.Empty;
        var kubernetes = TargetKubernetes.Of(target);
        var useSleep = kubernetes >= TargetKubernetes.SleepAction;
        var handler = useSleep ? SleepHandler() : ExecSleepHandler();
        var title = useSleep
            ? string.Format(CultureInfo.InvariantCulture, "Add a {0}s preStop sleep (Lifecycle.PreStop.Sleep)", DelaySeconds)
            : string.Format(CultureInfo.InvariantCulture, "Add a preStop exec 'sleep {0}' (target Kubernetes {1}.{2} has no sleep action)", DelaySeconds, kubernetes.Major, kubernetes.Minor);

        var lifecycle = ObjectInitializers.FindMember(container, "Lifecycle");
        if (lifecycle is null)
        {
            var member = ObjectInitializers.Member(
                "Lifecycle",
                ModelSyntax.Expression("new " + ModelTypes.Global(ModelTypes.Lifecycle) + " { PreStop = " + handler + " }"));
            return ImmutableArray.Create(new MeshFix(title, EquivalenceKey, NodeEdit.Of(container, c => ObjectInitializers.AddMember(c, member))));
        }

        // Lifecycle = new Lifecycle { PostStart = ... } without a preStop: add PreStop to it.
        if (lifecycle.Right is BaseObjectCreationExpressionSyntax lifecycleCreation
            && ObjectInitializers.HasObjectInitializerOrNone(lifecycleCreation)
            && ObjectInitializers.FindMember(lifecycleCreation, "PreStop") is null)
        {
            var member = ObjectInitializers.Member("PreStop", ModelSyntax.Expression(handler));
            return ImmutableArray.Create(new MeshFix(title, EquivalenceKey, NodeEdit.Of(lifecycleCreation, c => ObjectInitializers.AddMember(c, member))));
        }

        return ImmutableArray<MeshFix>.Empty;
    }

    private static ImmutableArray<MeshFix> FixMeshedService(BaseObjectCreationExpressionSyntax service)
    {
        // PreStopDelay defaults to 10s: the rule fires only when the user set it to zero.
        if (ObjectInitializers.FindMember(service, "PreStopDelay") is null) return ImmutableArray<MeshFix>.Empty;
        var title = string.Format(CultureInfo.InvariantCulture, "Set PreStopDelay to {0} seconds", DelaySeconds);
        return ImmutableArray.Create(new MeshFix(
            title,
            EquivalenceKey,
            NodeEdit.Of(service, c => ObjectInitializers.SetMember(c, "PreStopDelay", ModelSyntax.DurationFromSeconds(DelaySeconds)))));
    }

    private static string SleepHandler() =>
        "new " + ModelTypes.Global(ModelTypes.LifecycleHandler) + " { Sleep = new " + ModelTypes.Global(ModelTypes.SleepAction)
        + " { Seconds = " + DelaySeconds.ToString(CultureInfo.InvariantCulture) + " } }";

    private static string ExecSleepHandler() =>
        "new " + ModelTypes.Global(ModelTypes.LifecycleHandler) + " { Exec = new " + ModelTypes.Global(ModelTypes.ExecAction)
        + " { Command = [\"sleep\", \"" + DelaySeconds.ToString(CultureInfo.InvariantCulture) + "\"] } }";
}
