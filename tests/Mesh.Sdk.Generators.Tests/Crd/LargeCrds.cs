using System.Globalization;
using System.Text;

namespace Mesh.Sdk.Generators.Tests.Crd;

/// <summary>
/// Writes large CRDs shaped like real ones (prometheus-operator, Istio, Crossplane): many
/// versions, hundreds of properties, deep nesting, lists of objects, enums, maps, int-or-string,
/// oneOf/anyOf branches and long multi-line descriptions.
/// </summary>
internal static class LargeCrds
{
    /// <summary>A CRD for <paramref name="kind"/> with <paramref name="versions"/> served versions.</summary>
    public static string Create(string kind, int versions, int width, int depth, int descriptionLines = 3)
    {
        var sb = new StringBuilder();
        sb.Append("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: ")
          .Append(kind.ToLowerInvariant()).Append("s.large.example.com\n")
          .Append("spec:\n  group: large.example.com\n  scope: Namespaced\n  names:\n    kind: ").Append(kind)
          .Append("\n    plural: ").Append(kind.ToLowerInvariant()).Append("s\n  versions:\n");
        for (var v = 1; v <= versions; v++)
        {
            sb.Append("    - name: v").Append(v.ToString(CultureInfo.InvariantCulture)).Append(v < versions ? "beta1" : "").Append('\n');
            sb.Append("      served: true\n      storage: ").Append(v == versions ? "true" : "false").Append('\n');
            sb.Append("      schema:\n        openAPIV3Schema:\n");
            var indent = "          ";
            sb.Append(indent).Append("type: object\n").Append(indent).Append("required: [spec]\n").Append(indent).Append("properties:\n");
            sb.Append(indent).Append("  apiVersion: {type: string}\n").Append(indent).Append("  kind: {type: string}\n").Append(indent).Append("  metadata: {type: object}\n");
            sb.Append(indent).Append("  spec:\n");
            Object(sb, indent + "    ", "spec", width, depth, descriptionLines);
            sb.Append(indent).Append("  status:\n").Append(indent).Append("    type: object\n").Append(indent).Append("    x-kubernetes-preserve-unknown-fields: true\n");
        }
        return sb.ToString();
    }

    /// <summary>A CRD of about <paramref name="bytes"/> characters (more versions until it is that big).</summary>
    public static string OfSize(int bytes, string kind = "Monolith")
    {
        var one = Create(kind, 1, width: 12, depth: 4).Length;
        var versions = Math.Max(1, bytes / Math.Max(1, one - 300));
        return Create(kind, versions, width: 12, depth: 4);
    }

    private static void Object(StringBuilder sb, string indent, string name, int width, int depth, int descriptionLines)
    {
        Description(sb, indent, name, descriptionLines);
        sb.Append(indent).Append("type: object\n");
        if (depth > 0 && width > 2)
        {
            sb.Append(indent).Append("oneOf:\n").Append(indent).Append("  - required: [field0]\n").Append(indent).Append("  - required: [field1]\n");
            sb.Append(indent).Append("anyOf:\n").Append(indent).Append("  - properties:\n")
              .Append(indent).Append("      extra").Append(name.Length.ToString(CultureInfo.InvariantCulture)).Append(":\n")
              .Append(indent).Append("        type: string\n");
        }
        sb.Append(indent).Append("required: [field2]\n");
        sb.Append(indent).Append("properties:\n");
        for (var i = 0; i < width; i++)
        {
            var field = "field" + i.ToString(CultureInfo.InvariantCulture);
            sb.Append(indent).Append("  ").Append(field).Append(":\n");
            var inner = indent + "    ";
            switch (depth > 0 ? i % 8 : i % 6)
            {
                case 0:
                    Description(sb, inner, field, descriptionLines);
                    sb.Append(inner).Append("type: string\n");
                    break;
                case 1:
                    sb.Append(inner).Append("type: integer\n").Append(inner).Append("format: int32\n");
                    break;
                case 2:
                    sb.Append(inner).Append("type: string\n").Append(inner).Append("enum: [Always, IfNotPresent, never-ever, \"true\"]\n");
                    break;
                case 3:
                    sb.Append(inner).Append("x-kubernetes-int-or-string: true\n").Append(inner).Append("anyOf: [{type: integer}, {type: string}]\n");
                    break;
                case 4:
                    sb.Append(inner).Append("type: object\n").Append(inner).Append("additionalProperties: {type: string}\n");
                    break;
                case 5:
                    sb.Append(inner).Append("type: array\n").Append(inner).Append("items: {type: string}\n");
                    break;
                case 6:
                    Object(sb, inner, field, width, depth - 1, descriptionLines);
                    break;
                default:
                    sb.Append(inner).Append("type: array\n").Append(inner).Append("items:\n");
                    Object(sb, inner + "  ", field, Math.Max(3, width / 2), depth - 1, descriptionLines);
                    break;
            }
        }
    }

    private static void Description(StringBuilder sb, string indent, string name, int lines)
    {
        sb.Append(indent).Append("description: |-\n");
        for (var l = 0; l < lines; l++)
        {
            sb.Append(indent).Append("  ").Append(name).Append(" configures the <thing> & its behaviour; see https://example.com/docs/")
              .Append(name).Append(" for details (line ").Append(l.ToString(CultureInfo.InvariantCulture)).Append(").\n");
        }
    }
}
