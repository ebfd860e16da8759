using System.Collections.Immutable;
using Mesh.Sdk.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Mesh.Sdk.Generators.Crd;

/// <summary>
/// CRD import: turns the project's <c>MeshCrd</c> files (AdditionalFiles with <c>MeshCrd</c>
/// metadata) into typed model classes, one generated file per served version of each CRD.
/// Problems in a file are reported on that file (MESH2010–MESH2015) from a separate
/// diagnostics pipeline; the source pipeline only ever sees equatable models.
/// </summary>
/// <remarks>
/// Wiring only. YAML is read in <c>.Parser.cs</c>; text is written in <c>.Emitter.cs</c>.
/// Each file flows through its own steps, so editing one CRD re-parses and re-emits only it,
/// and a C# edit touches no CRD step.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class CrdGenerator : IIncrementalGenerator
{
    /// <summary><c>build_metadata.AdditionalFiles.MeshCrd</c>: set to <c>true</c> by build/Mesh.Sdk.targets.</summary>
    internal const string CrdMetadata = "build_metadata.AdditionalFiles.MeshCrd";

    /// <summary><c>build_metadata.AdditionalFiles.MeshCrdNamespace</c>: the item's <c>Namespace</c> metadata.</summary>
    internal const string NamespaceMetadata = "build_metadata.AdditionalFiles.MeshCrdNamespace";

    internal const string KubernetesObjectName = "Mesh.Sdk.Model.KubernetesObject";

    /// <summary>Tracking names, asserted by the incremental-caching tests.</summary>
    internal static class Steps
    {
        public const string CrdFiles = nameof(CrdFiles);
        public const string CrdParsed = nameof(CrdParsed);
        public const string CrdClaims = nameof(CrdClaims);
        public const string CrdOwned = nameof(CrdOwned);
        public const string CrdFileDiagnostics = nameof(CrdFileDiagnostics);
        public const string CrdHasMeshSdk = nameof(CrdHasMeshSdk);
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => ToSource(pair.Left, pair.Right.GetOptions(pair.Left), ct))
            .Where(static source => source is not null)
            .Select(static (source, _) => source!)
            .WithTrackingName(Steps.CrdFiles);

        var parsed = files
            .Select(static (source, ct) => Parser.Parse(source, ct))
            .WithTrackingName(Steps.CrdParsed);

        var claims = parsed
            .Select(static (file, _) => Parser.Claims(file))
            .Collect()
            .Select(static (all, _) => Parser.ResolveClaims(all))
            .WithTrackingName(Steps.CrdClaims);

        var owned = parsed
            .Combine(claims)
            .Select(static (pair, _) => Parser.Owned(pair.Left, pair.Right))
            .WithTrackingName(Steps.CrdOwned);

        var hasMeshSdk = context.CompilationProvider
            .Select(static (c, _) => MeshSdkReference.Of(c.GetTypeByMetadataName(KubernetesObjectName) is not null))
            .WithTrackingName(Steps.CrdHasMeshSdk);

        context.RegisterSourceOutput(owned.Combine(hasMeshSdk), static (spc, pair) =>
        {
            if (!pair.Right.Present) return;
            foreach (var unit in pair.Left.Units)
            {
                spc.AddSource(unit.HintName, Emitter.Emit(unit));
            }
        });

        // Diagnostics: their own outputs over equatable records, so reporting never invalidates the source steps.
        var fileDiagnostics = parsed
            .Select(static (file, _) => new CrdDiagnostics(file.Diagnostics))
            .WithTrackingName(Steps.CrdFileDiagnostics);
        context.RegisterSourceOutput(fileDiagnostics, static (spc, diagnostics) => Report(spc, diagnostics.Items));
        context.RegisterSourceOutput(claims, static (spc, result) => Report(spc, result.Diagnostics));
    }

    private static CrdSource? ToSource(AdditionalText text, AnalyzerConfigOptions options, System.Threading.CancellationToken ct)
    {
        if (!options.TryGetValue(CrdMetadata, out var flag) || !string.Equals(flag?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase))
            return null;
        options.TryGetValue(NamespaceMetadata, out var ns);
        var content = text.GetText(ct)?.ToString();
        return new CrdSource(text.Path, content ?? "", string.IsNullOrWhiteSpace(ns) ? null : ns!.Trim());
    }

    private static void Report(SourceProductionContext spc, EquatableArray<CrdDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            spc.ReportDiagnostic(Diagnostics.Create(d));
        }
    }
}
