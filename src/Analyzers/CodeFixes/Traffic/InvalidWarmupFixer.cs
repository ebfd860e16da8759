using System.Collections.Immutable;
using System.Composition;
using Mesh.Sdk.CodeFixes.Common;
using Mesh.Sdk.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Mesh.Sdk.CodeFixes.Traffic;

/// <summary>
/// MESH041: one warmup block. When both <c>WarmupDurationSecs</c> and <c>Warmup</c> are set (the CRD
/// rejects that), remove <c>WarmupDurationSecs</c>; when only the deprecated <c>WarmupDurationSecs</c>
/// is set, replace it with <c>Warmup = new WarmupConfiguration { Duration = ... }</c>. The rule's
/// other cases (no duration, aggression, minimumPercent) need a value only the user can choose.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InvalidWarmupFixer)), Shared]
public sealed class InvalidWarmupFixer : MeshCodeFixProvider
{
    internal const string EquivalenceKey = "MESH041.SingleWarmupBlock";

    private const string Deprecated = "WarmupDurationSecs";
    private const string Warmup = "Warmup";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MeshRules.InvalidWarmup.Id);

    internal override ImmutableArray<MeshFix> GetFixes(FixTarget target)
    {
        // The analyzer names its case; only "Both" and "Deprecated" are about WarmupDurationSecs.
        if (DiagnosticFacts.Property(target.Diagnostic, DiagnosticFacts.WarmupCaseKey) is { } warmupCase
            && warmupCase is not ("Both" or "Deprecated"))
            return ImmutableArray<MeshFix>.Empty;
        var settings = Subjects.Creation(target, ModelTypes.LoadBalancerSettings);
        if (settings is null || ObjectInitializers.FindMember(settings, Deprecated) is not { } deprecated)
            return ImmutableArray<MeshFix>.Empty;

        if (ObjectInitializers.FindMember(settings, Warmup) is not null)
        {
            return ImmutableArray.Create(new MeshFix(
                "Remove WarmupDurationSecs (keep Warmup)",
                EquivalenceKey,
                NodeEdit.Of(settings, c => ObjectInitializers.RemoveMember(c, Deprecated))));
        }

        var warmup = ObjectInitializers.Member(
            Warmup,
            ModelSyntax.Expression("new " + ModelTypes.Global(ModelTypes.WarmupConfiguration) + " { Duration = " + deprecated.Right.WithoutTrivia().ToFullString() + " }"));
        return ImmutableArray.Create(new MeshFix(
            "Replace WarmupDurationSecs with Warmup.Duration",
            EquivalenceKey,
            NodeEdit.Of(settings, c => ObjectInitializers.ReplaceMember(c, Deprecated, warmup))));
    }
}
