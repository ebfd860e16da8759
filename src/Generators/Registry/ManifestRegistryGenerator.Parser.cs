using System.Collections.Immutable;
using System.Threading;
using Mesh.Sdk.Generators.Common;
using Microsoft.CodeAnalysis;

namespace Mesh.Sdk.Generators.Registry;

public sealed partial class ManifestRegistryGenerator
{
    /// <summary>The only place that reads symbols. Returns plain models.</summary>
    internal static class Parser
    {
        internal const string ManifestDefinitionName = "Mesh.Sdk.ManifestDefinition";

        public static DefinitionSpec? Parse(GeneratorAttributeSyntaxContext ctx, CancellationToken ct)
        {
            if (ctx.TargetSymbol is not INamedTypeSymbol type) return null;
            ct.ThrowIfCancellationRequested();
            if (!IsUsable(type)) return null;

            string? explicitName = null;
            foreach (var attribute in ctx.Attributes)
            {
                if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string s)
                    explicitName = s;
            }
            var name = DefinitionNames.For(type.Name, explicitName);
            if (!DefinitionNames.IsValid(name)) return null;

            var span = ctx.TargetNode.GetLocation().GetLineSpan();
            return new DefinitionSpec(
                name,
                type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
                type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                span.Path ?? "",
                span.StartLinePosition.Line + 1);
        }

        /// <summary>
        /// A definition the registry can create: a concrete, non-generic class deriving from
        /// ManifestDefinition, with a public parameterless constructor, reachable from the
        /// assembly (not private or protected, nor nested in such a type).
        /// </summary>
        internal static bool IsUsable(INamedTypeSymbol type)
        {
            if (type.IsAbstract || type.IsStatic || type.TypeKind != TypeKind.Class) return false;
            for (var t = type; t is not null; t = t.ContainingType)
            {
                if (t.TypeParameters.Length > 0) return false;
                if (t.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)) return false;
            }
            if (!DerivesFromDefinition(type)) return false;
            foreach (var ctor in type.InstanceConstructors)
            {
                if (ctor.Parameters.Length == 0 && ctor.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)
                    return true;
            }
            return false;
        }

        internal static bool DerivesFromDefinition(INamedTypeSymbol type)
        {
            for (var b = type.BaseType; b is not null; b = b.BaseType)
            {
                if (b.ToDisplayString() == ManifestDefinitionName) return true;
            }
            return false;
        }

        /// <summary>A stable order (by name, then type) so the generated text does not depend on file order.</summary>
        public static DefinitionList Order(ImmutableArray<DefinitionSpec> items)
        {
            var sorted = items.Sort(static (a, b) =>
            {
                var c = string.CompareOrdinal(a.Name, b.Name);
                return c != 0 ? c : string.CompareOrdinal(a.TypeFullyQualifiedName, b.TypeFullyQualifiedName);
            });
            return new DefinitionList(new EquatableArray<DefinitionSpec>(sorted));
        }
    }
}
