using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>
/// Base of the mesh rule analyzers (one per rule family). On compilation start it resolves the
/// model types once (<see cref="MeshSymbols.For"/>, shared by all mesh analyzers) and reads the
/// target versions; without Mesh.Sdk it registers nothing. Then it asks the compiler for object
/// creations only (<see cref="OperationKind.ObjectCreation"/>): the analyzer driver walks each
/// method body once for every analyzer that wants operations, so no mesh analyzer walks a body
/// itself. A creation that is not a model object (<c>new List&lt;T&gt;()</c>, the user's own types)
/// is dropped after one cached type check; a model creation is handed to the family, which reads
/// only that creation's initializer tree (<see cref="InitializerReader"/>): no whole-compilation
/// walks, nothing across files. What several rules read about the same creation (pod facts, a
/// ProxyConfig's settings) is read once per compilation and shared by all mesh analyzers.
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
            RegisterActions(start, symbols, AnalyzerTargets.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions));
        });
    }

    /// <summary>
    /// Registers the family's actions for a compilation that references Mesh.Sdk. By default one
    /// action per model object creation; a family that needs the other creations of the same
    /// method body (an HPA's scale target) collects them per operation block instead.
    /// </summary>
    protected virtual void RegisterActions(CompilationStartAnalysisContext start, MeshSymbols symbols, AnalyzerTargets targets)
    {
        start.RegisterOperationAction(operation =>
        {
            if (ModelCreation(operation.Operation, symbols) is not { } creation) return;
            AnalyzeCreation(new MeshRuleContext(operation.ReportDiagnostic, symbols, targets), creation, (INamedTypeSymbol)creation.Type!);
        }, OperationKind.ObjectCreation);
    }

    /// <summary>The operation as a model object creation written in source (not implicit), or null.</summary>
    internal static IObjectCreationOperation? ModelCreation(IOperation operation, MeshSymbols symbols) =>
        operation is IObjectCreationOperation { IsImplicit: false, Type: INamedTypeSymbol type } creation && symbols.IsModel(type)
            ? creation
            : null;

    /// <summary>Checks one model object creation.</summary>
    protected abstract void AnalyzeCreation(MeshRuleContext context, IObjectCreationOperation creation, INamedTypeSymbol type);
}

/// <summary>What a rule needs while it checks one creation.</summary>
internal readonly struct MeshRuleContext
{
    private readonly Action<Diagnostic> _report;

    private readonly Func<IOperation, BodyIndex>? _bodies;

    public MeshRuleContext(Action<Diagnostic> report, MeshSymbols symbols, AnalyzerTargets targets, Func<IOperation, BodyIndex>? bodies = null)
    {
        _report = report;
        _bodies = bodies;
        Symbols = symbols;
        Targets = targets;
    }

    public MeshSymbols Symbols { get; }

    public AnalyzerTargets Targets { get; }

    /// <summary>
    /// The model creations of the method body that holds <paramref name="operation"/>: from the
    /// operation block being analyzed when the family collected them, else walked once per
    /// compilation (<see cref="MeshSymbols.Body"/>).
    /// </summary>
    public BodyIndex Body(IOperation operation) => _bodies is not null ? _bodies(operation) : Symbols.Body(operation);

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
