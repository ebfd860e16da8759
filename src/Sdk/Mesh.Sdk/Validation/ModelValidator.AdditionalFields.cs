using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Model;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Validation;

internal static partial class ModelValidator
{
    /// <summary>
    /// An <see cref="ModelObject.AdditionalFields"/> key that is also a typed field would write
    /// the field twice (invalid YAML): MESH1008 at the object that has it.
    /// </summary>
    private static void ValidateAdditionalFields(ValidationContext ctx, KubernetesObject obj)
    {
        foreach (var model in ModelGraph.Walk(obj))
        {
            if (model.AdditionalFieldsOrNull is not { Count: > 0 } extra) continue;
            var shape = TypeShape.For(model.GetType());
            foreach (var key in extra.Keys)
            {
                if (shape.Properties.Any(p => p.WireName == key))
                    ctx.Report(MeshRules.InvalidSpec, model, ctx.Describe(),
                        $"AdditionalFields[\"{key}\"] duplicates the typed field '{key}' of {model.GetType().Name}; set the typed property instead");
            }
        }
    }
}
