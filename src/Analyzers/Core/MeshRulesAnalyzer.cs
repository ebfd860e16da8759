using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Mesh.Sdk.Analyzers.Autoscaling;
using Mesh.Sdk.Analyzers.Config;
using Mesh.Sdk.Analyzers.Gateway;
using Mesh.Sdk.Analyzers.Lifecycle;
using Mesh.Sdk.Analyzers.Startup;
using Mesh.Sdk.Analyzers.Traffic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>
/// The mesh rules (MESH001-MESH052) as the compiler runs them: one analyzer for all rule families
/// (<see cref="MeshAnalyzer"/>). On compilation start it resolves the model types once and reads the
/// target versions; without Mesh.Sdk it registers nothing. Then one callback per operation block (a
/// method body, a field initializer) indexes the block once (<see cref="MeshSymbols.Body"/>) and hands
/// each model creation a rule checks to every family.
/// </summary>
/// <remarks>
/// Every method body of the compilation comes through here, so the per-body cost is what a build pays:
/// one driver callback and one index per body, rather than one per family (measured in
/// docs/performance.md, "Analyzer cost, session 6").
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class MeshRulesAnalyzer : DiagnosticAnalyzer
{
    private readonly MeshAnalyzer[] _families;

    /// <summary>All rule families, as the compiler loads them.</summary>
    public MeshRulesAnalyzer()
        : this(new LifecycleAnalyzer(), new StartupAnalyzer(), new ConfigAnalyzer(), new GatewayAnalyzer(), new TrafficAnalyzer(), new AutoscalingAnalyzer())
    {
    }

    /// <summary>Only these families (a test of one family's rules).</summary>
    internal MeshRulesAnalyzer(params MeshAnalyzer[] families)
    {
        _families = families;
        var descriptors = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        foreach (var family in families) descriptors.AddRange(family.SupportedDiagnostics);
        SupportedDiagnostics = descriptors.ToImmutable();
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (MeshSymbols.For(start.Compilation) is not { } symbols) return;
            var targets = AnalyzerTargets.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            start.RegisterOperationBlockAction(block => Check(block, symbols, targets));
        });
    }

    /// <summary>
    /// Indexes the block once and hands each creation a rule checks to every family. Compiled optimised
    /// at once, like the index: a build that starts the compiler cold would otherwise run these hot
    /// loops unoptimised for much of the compile (tiering waits while the compiler keeps JIT-compiling).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private void Check(OperationBlockAnalysisContext block, MeshSymbols symbols, AnalyzerTargets targets)
    {
        var context = new MeshRuleContext(block.ReportDiagnostic, symbols, targets);
        // A constructor's initializer and body are two blocks of one operation tree: index and check it once.
        var seen = new List<BodyIndex>(1);
        foreach (var root in block.OperationBlocks)
        {
            block.CancellationToken.ThrowIfCancellationRequested();
            var body = symbols.Body(root);
            if (seen.Contains(body)) continue;
            seen.Add(body);
            foreach (var creation in body.Subjects)
            {
                var type = (INamedTypeSymbol)creation.Type!;
                foreach (var family in _families) family.Check(context, creation, type);
            }
        }
    }
}
