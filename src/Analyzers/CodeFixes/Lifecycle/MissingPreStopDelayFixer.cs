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
/// (an exec <c>sleep N</c> when the target Kubernetes is older than 1.30, which has no sleep action;
/// the analyzer's <c>PreStopAction</c> property decides when present); on a <c>MeshedService</c>
/// whose <c>PreStopDelay</c> is zero: that delay. N is the analyzer's <c>PreStopSeconds</c>, else 10.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingPreStopDelayFixer)), Shared]
public sealed class MissingPreStopDelayFixer : MeshCodeFixProvider
{
    /// <summary>The delay added when the diagnostic suggests none: the middle of the 5-15 seconds the rule asks for.</summary>
    internal const long DelaySeconds = 10;

    internal const string EquivalenceKey = "MESH010.AddPreStopDelay";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MeshRules.MissingPreStopDelay.Id);

    internal override ImmutableArray<MeshFix> GetFixes(FixTarget target)
    {
        // The analyzer suggests the delay (shorter inside a short grace period) and the action.
        var seconds = DiagnosticFacts.PropertySeconds(target.Diagnostic, DiagnosticFacts.PreStopSecondsKey) ?? DelaySeconds;
        if (Subjects.Creation(target, ModelTypes.Container) is { } container)
            return FixContainer(target, container, seconds);
        if (Subjects.Creation(target, ModelTypes.MeshedService) is { } service)
            return FixMeshedService(service, seconds);
        return ImmutableArray<MeshFix>.Empty;
    }

    private static ImmutableArray<MeshFix> FixContainer(FixTarget target, BaseObjectCreationExpressionSyntax container, long seconds)
    {
        if (!ObjectInitializers.HasObjectInitializerOrNone(container)) return ImmutableArray<MeshFix>.Empty;
        var kubernetes = TargetKubernetes.Of(target);
        var useSleep = DiagnosticFacts.Property(target.Diagnostic, DiagnosticFacts.PreStopActionKey) switch
        {
            "Sleep" => true,
            "Exec" => false,
            _ => kubernetes >= TargetKubernetes.SleepAction,
        };
        var handler = useSleep ? SleepHandler(seconds) : ExecSleepHandler(seconds);
        var title = useSleep
            ? string.Format(CultureInfo.InvariantCulture, "Add a {0}s preStop sleep (Lifecycle.PreStop.Sleep)", seconds)
            : string.Format(CultureInfo.InvariantCulture, "Add a preStop exec 'sleep {0}' (target Kubernetes {1}.{2} has no sleep action)", seconds, kubernetes.Major, kubernetes.Minor);

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

    private static ImmutableArray<MeshFix> FixMeshedService(BaseObjectCreationExpressionSyntax service, long seconds)
    {
        // PreStopDelay defaults to 10s: the rule fires only when the user set it to zero.
        if (ObjectInitializers.FindMember(service, "PreStopDelay") is null) return ImmutableArray<MeshFix>.Empty;
        var title = string.Format(CultureInfo.InvariantCulture, "Set PreStopDelay to {0} seconds", seconds);
        return ImmutableArray.Create(new MeshFix(
            title,
            EquivalenceKey,
            NodeEdit.Of(service, c => ObjectInitializers.SetMember(c, "PreStopDelay", ModelSyntax.DurationFromSeconds(seconds)))));
    }

    private static string SleepHandler(long seconds) =>
        "new " + ModelTypes.Global(ModelTypes.LifecycleHandler) + " { Sleep = new " + ModelTypes.Global(ModelTypes.SleepAction)
        + " { Seconds = " + seconds.ToString(CultureInfo.InvariantCulture) + " } }";

    private static string ExecSleepHandler(long seconds) =>
        "new " + ModelTypes.Global(ModelTypes.LifecycleHandler) + " { Exec = new " + ModelTypes.Global(ModelTypes.ExecAction)
        + " { Command = [\"sleep\", \"" + seconds.ToString(CultureInfo.InvariantCulture) + "\"] } }";
}
