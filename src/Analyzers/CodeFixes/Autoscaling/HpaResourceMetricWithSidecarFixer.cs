using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using Mesh.Sdk.CodeFixes.Common;
using Mesh.Sdk.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Mesh.Sdk.CodeFixes.Autoscaling;

/// <summary>
/// MESH050: scale on the app container only. Rewrites
/// <c>new MetricSpec { Type = MetricSourceType.Resource, Resource = new ResourceMetricSource { Name, Target } }</c>
/// into <c>Type = MetricSourceType.ContainerResource, ContainerResource = new ContainerResourceMetricSource { Name, Container = "app", Target }</c>,
/// the container from the diagnostic's <c>Container</c> property, else the message's <c>container '...'</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HpaResourceMetricWithSidecarFixer)), Shared]
public sealed class HpaResourceMetricWithSidecarFixer : MeshCodeFixProvider
{
    internal const string EquivalenceKey = "MESH050.UseContainerResource";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MeshRules.HpaResourceMetricWithSidecar.Id);

    internal override ImmutableArray<MeshFix> GetFixes(FixTarget target)
    {
        var metric = Subjects.Creation(target, ModelTypes.MetricSpec);
        if (metric is null) return ImmutableArray<MeshFix>.Empty;
        // Before Kubernetes 1.27 ContainerResource metrics are alpha (gate off): nothing to switch to yet.
        if (DiagnosticFacts.Property(target.Diagnostic, DiagnosticFacts.ContainerResourceAvailableKey) == "false") return ImmutableArray<MeshFix>.Empty;
        var container = DiagnosticFacts.ContainerName(target.Diagnostic, DiagnosticFacts.ContainerKey);
        if (container is null) return ImmutableArray<MeshFix>.Empty;

        // Type = MetricSourceType.Resource (as a member access, so the user's qualification stays).
        if (ObjectInitializers.FindMember(metric, "Type")?.Right is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Resource" } type
            || !Subjects.IsType(target.Model, type, ModelTypes.MetricSourceType, target.CancellationToken))
            return ImmutableArray<MeshFix>.Empty;

        // Resource = new ResourceMetricSource { ... } (or new() { ... }).
        if (ObjectInitializers.FindCreatedMember(metric, "Resource") is not { } source
            || !Subjects.IsType(target.Model, source, ModelTypes.ResourceMetricSource, target.CancellationToken)
            || !ObjectInitializers.HasObjectInitializerOrNone(source)
            || ObjectInitializers.FindMember(metric, "ContainerResource") is not null)
            return ImmutableArray<MeshFix>.Empty;

        var title = string.Format(CultureInfo.InvariantCulture, "Use a ContainerResource metric for container '{0}'", container);
        return ImmutableArray.Create(new MeshFix(
            title,
            EquivalenceKey,
            NodeEdit.Of(source, c => ToContainerSource(c, container)),
            NodeEdit.Of(metric, ToContainerMetric)));
    }

    private static BaseObjectCreationExpressionSyntax ToContainerSource(BaseObjectCreationExpressionSyntax source, string container)
    {
        if (source is ObjectCreationExpressionSyntax { Type: var type } explicitNew)
            source = explicitNew.WithType(RenameType(type).WithTriviaFrom(type));
        return ObjectInitializers.InsertMemberAfter(source, "Name", ObjectInitializers.Member("Container", ModelSyntax.String(container)));
    }

    private static BaseObjectCreationExpressionSyntax ToContainerMetric(BaseObjectCreationExpressionSyntax metric)
    {
        if (ObjectInitializers.FindMember(metric, "Type") is { Right: MemberAccessExpressionSyntax type })
            metric = metric.ReplaceNode(type, type.WithName(SyntaxFactory.IdentifierName("ContainerResource").WithTriviaFrom(type.Name)));
        return ObjectInitializers.RenameMember(metric, "Resource", "ContainerResource");
    }

    /// <summary><c>ResourceMetricSource</c> → <c>ContainerResourceMetricSource</c>, however qualified.</summary>
    private static TypeSyntax RenameType(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax => SyntaxFactory.IdentifierName("ContainerResourceMetricSource"),
        QualifiedNameSyntax qualified => qualified.WithRight(SyntaxFactory.IdentifierName("ContainerResourceMetricSource")),
        AliasQualifiedNameSyntax alias => alias.WithName(SyntaxFactory.IdentifierName("ContainerResourceMetricSource")),
        _ => ModelSyntax.Type(ModelTypes.ContainerResourceMetricSource),
    };
}
