using System.Collections.Immutable;
using System.Composition;
using Mesh.Sdk.CodeFixes.Common;
using Mesh.Sdk.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Mesh.Sdk.CodeFixes.Startup;

/// <summary>
/// MESH022: move <c>HoldApplicationUntilProxyStarts</c> from the deprecated
/// <c>values.global.proxy</c> to the IstioOperatorSpec's <c>MeshConfig.DefaultConfig</c> (the
/// mesh ProxyConfig), creating <c>MeshConfig</c> and <c>DefaultConfig</c> when they are missing.
/// The value moves as written.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeprecatedHoldValueFixer)), Shared]
public sealed class DeprecatedHoldValueFixer : MeshCodeFixProvider
{
    internal const string EquivalenceKey = "MESH022.MoveHoldToProxyConfig";

    private const string Hold = "HoldApplicationUntilProxyStarts";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MeshRules.DeprecatedHoldValue.Id);

    internal override ImmutableArray<MeshFix> GetFixes(FixTarget target)
    {
        var values = Subjects.Creation(target, ModelTypes.ProxyValues);
        if (values is null || ObjectInitializers.FindMember(values, Hold) is not { } hold) return ImmutableArray<MeshFix>.Empty;
        if (ProxyConfigSite.ForMeshDefault(target, values) is not { } site) return ImmutableArray<MeshFix>.Empty;

        return ImmutableArray.Create(new MeshFix(
            "Move HoldApplicationUntilProxyStarts to " + site.Description,
            EquivalenceKey,
            NodeEdit.Of(values, current => ObjectInitializers.RemoveMember(current, Hold)),
            site.Set(ObjectInitializers.Member(Hold, hold.Right))));
    }
}
