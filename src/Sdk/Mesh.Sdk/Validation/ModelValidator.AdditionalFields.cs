using System.Collections;
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
    private static void ValidateAdditionalFields(ValidationContext ctx, object node, int depth = 0)
    {
        if (depth > 64) return;
        switch (node)
        {
            case string or IYamlScalar or Enum or ValueType:
                return;
            case IDictionary map:
                foreach (DictionaryEntry entry in map)
                {
                    if (entry.Value is not null) ValidateAdditionalFields(ctx, entry.Value, depth + 1);
                }
                return;
            case IEnumerable seq:
                foreach (var item in seq)
                {
                    if (item is not null) ValidateAdditionalFields(ctx, item, depth + 1);
                }
                return;
        }

        var shape = TypeShape.For(node.GetType());
        if (node is ModelObject { AdditionalFieldsOrNull: { Count: > 0 } extra } model)
        {
            foreach (var key in extra.Keys)
            {
                if (shape.Properties.Any(p => p.WireName == key))
                    ctx.Report(MeshRules.InvalidSpec, model, ctx.Describe(),
                        $"AdditionalFields[\"{key}\"] duplicates the typed field '{key}' of {node.GetType().Name}; set the typed property instead");
            }
        }
        foreach (var p in shape.Properties)
        {
            if (p.Get(node) is { } child) ValidateAdditionalFields(ctx, child, depth + 1);
        }
    }
}
