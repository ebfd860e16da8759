using System.Collections.Generic;
using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Autoscaling;

/// <summary>
/// HPA rules (Mesh.Autoscaling): a Resource metric on an injected workload (MESH050) and a
/// ContainerResource metric naming a container the pod template does not have (MESH052).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed partial class AutoscalingAnalyzer : MeshAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.HpaResourceMetricWithSidecar,
        DiagnosticDescriptors.ContainerResourceUnknownContainer);

    /// <summary>
    /// An HPA's scale target is another creation of the same method body, so the creations of each
    /// operation block are collected as the driver hands them over and checked when the block ends:
    /// the scale targets are looked up in that collection, and no body is walked again.
    /// </summary>
    protected override void RegisterActions(CompilationStartAnalysisContext start, MeshSymbols symbols, AnalyzerTargets targets)
    {
        start.RegisterOperationBlockStartAction(block =>
        {
            var creations = new BlockCreations(symbols);
            block.RegisterOperationAction(operation => creations.Add(operation.Operation), OperationKind.ObjectCreation);
            block.RegisterOperationBlockEndAction(end =>
            {
                var context = new MeshRuleContext(end.ReportDiagnostic, symbols, targets, creations.Body);
                foreach (var creation in creations.ToCheck())
                {
                    end.CancellationToken.ThrowIfCancellationRequested();
                    AnalyzeCreation(context, creation, (INamedTypeSymbol)creation.Type!);
                }
            });
        });
    }

    protected override void AnalyzeCreation(MeshRuleContext context, IObjectCreationOperation creation, INamedTypeSymbol type)
    {
        var symbols = context.Symbols;
        if (MeshSymbols.Is(type, symbols.MetricSpec))
        {
            ResourceMetricWithSidecar(context, creation);
            ContainerResourceUnknownContainer(context, creation);
        }
        else if (MeshSymbols.Is(type, symbols.MeshedService))
        {
            ResourceMetricOnMeshedService(context, creation);
        }
    }
}

/// <summary>
/// The model creations of one operation block, by operation tree (a method body and, say, a
/// constructor initializer are separate trees, as the walk of <see cref="MeshSymbols.Body"/> sees them).
/// </summary>
internal sealed class BlockCreations
{
    private readonly MeshSymbols _symbols;
    private readonly List<IObjectCreationOperation> _all = [];
    private readonly List<IObjectCreationOperation> _toCheck = [];
    private Dictionary<IOperation, BodyIndex>? _bodies;

    public BlockCreations(MeshSymbols symbols) => _symbols = symbols;

    /// <summary>Keeps a model creation; HPA metrics and MeshedServices are the ones to check.</summary>
    public void Add(IOperation operation)
    {
        if (MeshAnalyzer.ModelCreation(operation, _symbols) is not { } creation) return;
        var check = MeshSymbols.Is(creation.Type, _symbols.MetricSpec) || MeshSymbols.Is(creation.Type, _symbols.MeshedService);
        lock (_all)
        {
            _all.Add(creation);
            if (check) _toCheck.Add(creation);
        }
    }

    public List<IObjectCreationOperation> ToCheck()
    {
        lock (_all) return [.. _toCheck];
    }

    /// <summary>The index of the operation tree that holds <paramref name="operation"/>, built on first use.</summary>
    public BodyIndex Body(IOperation operation)
    {
        var root = Workloads.Root(operation);
        lock (_all)
        {
            if (_bodies is null)
            {
                _bodies = new Dictionary<IOperation, BodyIndex>();
                var byRoot = new Dictionary<IOperation, List<IObjectCreationOperation>>();
                foreach (var creation in _all)
                {
                    var r = Workloads.Root(creation);
                    if (!byRoot.TryGetValue(r, out var list)) byRoot[r] = list = [];
                    list.Add(creation);
                }
                foreach (var pair in byRoot) _bodies[pair.Key] = new BodyIndex(pair.Value, _symbols);
            }
            if (!_bodies.TryGetValue(root, out var body)) _bodies[root] = body = new BodyIndex([], _symbols);
            return body;
        }
    }
}
