using Microsoft.CodeAnalysis;

namespace Mesh.Sdk.Generators.Model;

/// <summary>
/// Writes <c>Mesh.Sdk.Yaml.GeneratedWriters</c> into Mesh.Sdk: for every concrete model class
/// (derived from <c>Mesh.Sdk.Model.ModelObject</c>) a method that writes its fields with typed
/// property reads, in the order and with the names, omissions and scalar forms the reflection
/// path (<c>TypeShape</c> + <c>ManifestWriter.WriteValue</c>) gives, so the bytes are the same.
/// Runs only in Mesh.Sdk's own compile; types it cannot see (user kinds, CRD kinds) keep the
/// reflection path.
/// </summary>
/// <remarks>Wiring only. Symbols are read in <c>.Parser.cs</c>; text is written in <c>.Emitter.cs</c>.</remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class ModelWriterGenerator : IIncrementalGenerator
{
    internal const string ModelObjectName = "Mesh.Sdk.Model.ModelObject";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // One pass over the assembly's own types. The result is an equatable model, so the text
        // step is skipped whenever an edit does not change any model type's shape.
        var model = context.CompilationProvider
            .Select(static (c, ct) => Parser.Parse(c, ct))
            .WithTrackingName("ModelShapes");

        context.RegisterSourceOutput(model, static (spc, m) =>
        {
            if (m is null) return;
            spc.AddSource("GeneratedWriters.g.cs", Emitter.Emit(m));
            spc.AddSource("GeneratedWalks.g.cs", Emitter.EmitWalks(m));
        });
    }
}
