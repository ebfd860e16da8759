using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>
/// Base of the mesh rule families (one per family: <c>AutoscalingAnalyzer</c>, <c>LifecycleAnalyzer</c>...,
/// each rule in its own file). A family checks one model object creation at a time
/// (<c>new Container { ... }</c>), reading only that creation's initializer tree
/// (<see cref="InitializerReader"/>): no whole-compilation walks, nothing across files.
/// </summary>
/// <remarks>
/// The families are not registered with the compiler one by one: <see cref="MeshRulesAnalyzer"/> runs
/// them all from one operation-block callback, so each method body is indexed once and each of its
/// creations is dispatched once, instead of six driver callbacks per body that each look the shared
/// index up and filter every creation again. What several rules read about the same creation (pod
/// facts, a ProxyConfig's settings, the workloads of a method body) is read once per compilation
/// (<see cref="MeshSymbols.For"/>).
/// </remarks>
internal abstract class MeshAnalyzer
{
    /// <summary>The family's rules; <see cref="MeshRulesAnalyzer"/> supports the union.</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Checks one model object creation (only those <see cref="MeshSymbols.IsRuleSubject"/> accepts are handed in).</summary>
    protected abstract void AnalyzeCreation(MeshRuleContext context, IObjectCreationOperation creation, INamedTypeSymbol type);

    internal void Check(MeshRuleContext context, IObjectCreationOperation creation, INamedTypeSymbol type) =>
        AnalyzeCreation(context, creation, type);
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
