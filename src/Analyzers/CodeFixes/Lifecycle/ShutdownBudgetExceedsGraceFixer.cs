using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using Mesh.Sdk.CodeFixes.Common;
using Mesh.Sdk.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Mesh.Sdk.CodeFixes.Lifecycle;

/// <summary>
/// MESH012: raise the pod's grace period to what its shutdown needs. Sets (or replaces)
/// <c>TerminationGracePeriodSeconds = N</c> on the <c>PodSpec</c>, with N from the diagnostic's
/// <c>MinimumGraceSeconds</c> property, else the last number of its message ("... at least N").
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ShutdownBudgetExceedsGraceFixer)), Shared]
public sealed class ShutdownBudgetExceedsGraceFixer : MeshCodeFixProvider
{
    internal const string EquivalenceKey = "MESH012.RaiseGracePeriod";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MeshRules.ShutdownBudgetExceedsGrace.Id);

    internal override ImmutableArray<MeshFix> GetFixes(FixTarget target)
    {
        var podSpec = Subjects.Creation(target, ModelTypes.PodSpec);
        if (podSpec is null || !ObjectInitializers.HasObjectInitializerOrNone(podSpec)) return ImmutableArray<MeshFix>.Empty;
        if (DiagnosticFacts.Seconds(target.Diagnostic, DiagnosticFacts.MinimumGraceKeys) is not { } seconds) return ImmutableArray<MeshFix>.Empty;

        var title = string.Format(CultureInfo.InvariantCulture, "Set TerminationGracePeriodSeconds to {0}", seconds);
        return ImmutableArray.Create(new MeshFix(
            title,
            EquivalenceKey,
            NodeEdit.Of(podSpec, c => ObjectInitializers.SetMember(c, "TerminationGracePeriodSeconds", ModelSyntax.Number(seconds)))));
    }
}
