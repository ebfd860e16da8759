using Mesh.Sdk.Generators.Common;
using Microsoft.CodeAnalysis;

namespace Mesh.Sdk.Generators.Registry;

/// <summary>
/// Writes <c>Mesh.Sdk.Generated.MeshManifestRegistry</c>: the list of the assembly's
/// <c>[Manifest]</c> definitions and the entry point the emit step calls, so the build never
/// scans the user's assembly by reflection. Invalid definitions are left out quietly; the
/// analyzer reports them (MESH2007).
/// </summary>
/// <remarks>Wiring only. Symbols are read in <c>.Parser.cs</c>; text is written in <c>.Emitter.cs</c>.</remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class ManifestRegistryGenerator : IIncrementalGenerator
{
    internal const string ManifestAttributeName = "Mesh.Sdk.ManifestAttribute";
    internal const string DefinitionEntryName = "Mesh.Sdk.Hosting.DefinitionEntry";

    /// <summary>Tracking names, asserted by the incremental-caching tests.</summary>
    internal static class Steps
    {
        public const string Definitions = nameof(Definitions);
        public const string Collected = nameof(Collected);
        public const string HasMeshSdk = nameof(HasMeshSdk);
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var definitions = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ManifestAttributeName,
                predicate: static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
                transform: static (ctx, ct) => Parser.Parse(ctx, ct))
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(Steps.Definitions);

        var collected = definitions.Collect()
            .Select(static (items, _) => Parser.Order(items))
            .WithTrackingName(Steps.Collected);

        var hasMeshSdk = context.CompilationProvider
            .Select(static (c, _) => MeshSdkReference.Of(c.GetTypeByMetadataName(DefinitionEntryName) is not null))
            .WithTrackingName(Steps.HasMeshSdk);

        context.RegisterSourceOutput(collected.Combine(hasMeshSdk), static (spc, pair) =>
        {
            if (!pair.Right.Present) return;
            spc.AddSource("MeshManifestRegistry.g.cs", Emitter.Emit(pair.Left.Items));
        });
    }
}
