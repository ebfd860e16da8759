using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>
/// Base of the mesh rule analyzers (one per rule family). On compilation start it resolves the
/// model types once and reads the target versions; without Mesh.Sdk it registers nothing. Then
/// every model object creation (<c>new Container { ... }</c>) of each operation block is handed to the family, which reads
/// only that creation's initializer tree (<see cref="InitializerReader"/>): no whole-compilation
/// walks, nothing across files. What several rules read about the same creation (pod facts, a
/// ProxyConfig's settings, the workloads of a method body) is read once per compilation and shared
/// by all mesh analyzers (<see cref="MeshSymbols.For"/>).
/// </summary>
internal abstract class MeshAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (MeshSymbols.For(start.Compilation) is not { } symbols) return;
            var targets = AnalyzerTargets.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            // One callback per operation block (a method body, a field initializer), not one per
            // `new` expression in each of the seven analyzers: the block's model creations are found
            // in one walk shared by all of them (MeshSymbols.Body), and each analyzer only reads those.
            start.RegisterOperationBlockAction(block =>
            {
                var context = new MeshRuleContext(block.ReportDiagnostic, symbols, targets);
                foreach (var root in block.OperationBlocks)
                {
                    block.CancellationToken.ThrowIfCancellationRequested();
                    foreach (var creation in symbols.Body(root).Subjects)
                    {
                        AnalyzeCreation(context, creation, (INamedTypeSymbol)creation.Type!);
                    }
                }
            });
        });
    }

    /// <summary>Checks one model object creation.</summary>
    protected abstract void AnalyzeCreation(MeshRuleContext context, IObjectCreationOperation creation, INamedTypeSymbol type);
}

/// <summary>What a rule needs while it checks one creation.</summary>
internal readonly struct MeshRuleContext
{
    private readonly Action<Diagnostic> _report;

    public MeshRuleContext(Action<Diagnostic> report, MeshSymbols symbols, AnalyzerTargets targets)
    {
        _report = report;
        Symbols = symbols;
        Targets = targets;
    }

    public MeshSymbols Symbols { get; }

    public AnalyzerTargets Targets { get; }

    /// <summary>Reports at the <c>new</c> keyword of <paramref name="subject"/> (the location convention).</summary>
    public void Report(DiagnosticDescriptor descriptor, IOperation subject, params object[] args) =>
        Report(descriptor, subject, null, null, args);

    /// <summary>Reports with a case-specific severity and fixer properties.</summary>
    public void Report(DiagnosticDescriptor descriptor, IOperation subject, DiagnosticSeverity? severity, ImmutableDictionary<string, string?>? properties, params object[] args)
    {
        var location = InitializerReader.NewKeywordLocation(subject);
        _report(Diagnostic.Create(
            descriptor,
            location,
            severity ?? descriptor.DefaultSeverity,
            additionalLocations: null,
            properties: properties,
            messageArgs: args));
    }
}
