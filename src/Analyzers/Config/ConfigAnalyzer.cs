using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Config;

/// <summary>
/// Proxy configuration rules (Mesh.Config): an invalid hand-written <c>proxy.istio.io/config</c>
/// annotation (MESH001) and a drainDuration that is not whole seconds (MESH002).
/// </summary>
internal sealed partial class ConfigAnalyzer : MeshAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.InvalidProxyConfigAnnotation,
        DiagnosticDescriptors.DrainDurationNotWholeSeconds);

    protected override void AnalyzeCreation(MeshRuleContext context, IObjectCreationOperation creation, INamedTypeSymbol type)
    {
        var symbols = context.Symbols;
        if (MeshSymbols.Is(type, symbols.ProxyConfig))
        {
            DrainDurationNotWholeSeconds(context, creation);
        }
        else if (MeshSymbols.Is(type, symbols.TemplateMetadata) || MeshSymbols.Is(type, symbols.ObjectMeta))
        {
            InvalidProxyConfigAnnotation(context, creation);
        }
    }
}
