using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Startup;

/// <summary>
/// Start-up rules (Mesh.Startup): hold set through the deprecated values field (MESH022).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed partial class StartupAnalyzer : MeshAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.DeprecatedHoldValue);

    protected override void AnalyzeCreation(MeshRuleContext context, IObjectCreationOperation creation, INamedTypeSymbol type)
    {
        if (MeshSymbols.Is(type, context.Symbols.ProxyValues))
        {
            DeprecatedHoldValue(context, creation);
        }
    }
}
