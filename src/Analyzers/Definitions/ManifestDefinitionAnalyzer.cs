using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Mesh.Sdk.Analyzers.Diagnostics;
using Mesh.Sdk.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Mesh.Sdk.Analyzers.Definitions;

/// <summary>
/// Checks <c>[Manifest]</c> classes while the user types. MESH2007: the class is one the
/// generated registry cannot create (the source generator leaves such classes out quietly, so
/// this is where the user hears about it). MESH2002: two definitions get the same file name.
/// </summary>
/// <remarks>
/// Symbol actions only: no syntax walks of the compilation. Code the compiler already rejects
/// (an unbound attribute, an unknown base type) is left to the compiler.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ManifestDefinitionAnalyzer : DiagnosticAnalyzer
{
    internal const string ManifestAttributeName = "Mesh.Sdk.ManifestAttribute";
    internal const string ManifestDefinitionName = "Mesh.Sdk.ManifestDefinition";

    /// <summary><c>Outer&lt;T&gt;.Middle</c>: enough to find a containing type, without its namespace.</summary>
    private static readonly SymbolDisplayFormat ContainingTypesFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.InvalidDefinition, DiagnosticDescriptors.DuplicateDefinitionName);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var attributeType = start.Compilation.GetTypeByMetadataName(ManifestAttributeName);
        var definitionType = start.Compilation.GetTypeByMetadataName(ManifestDefinitionName);
        if (attributeType is null || definitionType is null) return;

        var named = new ConcurrentBag<NamedDefinition>();
        start.RegisterSymbolAction(ctx => AnalyzeType(ctx, attributeType, definitionType, named), SymbolKind.NamedType);
        start.RegisterCompilationEndAction(end => ReportDuplicates(end, named));
    }

    private static void AnalyzeType(
        SymbolAnalysisContext ctx,
        INamedTypeSymbol attributeType,
        INamedTypeSymbol definitionType,
        ConcurrentBag<NamedDefinition> named)
    {
        var type = (INamedTypeSymbol)ctx.Symbol;
        // The attribute only applies to classes; the compiler reports it anywhere else (CS0592).
        if (type.TypeKind != TypeKind.Class) return;
        var attribute = FindAttribute(type, attributeType);
        if (attribute is null) return;
        if (HasUnknownBaseType(type)) return;

        var display = type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        var problem = FindTypeProblem(type, definitionType);
        if (problem is not null)
        {
            ctx.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InvalidDefinition, IdentifierLocation(attribute, type, ctx.CancellationToken), display, problem));
            return;
        }

        // [Manifest(42)] and the like do not bind; the compiler reports them.
        if (attribute.AttributeConstructor is null) return;
        var explicitName = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        var name = DefinitionNames.For(type.Name, explicitName);
        var attributeSyntax = attribute.ApplicationSyntaxReference?.GetSyntax(ctx.CancellationToken) as AttributeSyntax;
        if (!DefinitionNames.IsValid(name))
        {
            var location = explicitName is not null && attributeSyntax?.ArgumentList?.Arguments.Count > 0
                ? attributeSyntax.ArgumentList.Arguments[0].GetLocation()
                : attributeSyntax?.GetLocation() ?? IdentifierLocation(attribute, type, ctx.CancellationToken);
            ctx.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InvalidDefinition, location, display, NameProblem(name, explicitName is not null, type.Name)));
            return;
        }

        named.Add(new NamedDefinition(name, display, attributeSyntax?.GetLocation() ?? IdentifierLocation(attribute, type, ctx.CancellationToken)));
    }

    private static void ReportDuplicates(CompilationAnalysisContext ctx, ConcurrentBag<NamedDefinition> named)
    {
        var groups = new Dictionary<string, List<NamedDefinition>>(StringComparer.Ordinal);
        foreach (var definition in named)
        {
            if (!groups.TryGetValue(definition.Name, out var list)) groups[definition.Name] = list = [];
            list.Add(definition);
        }

        foreach (var group in groups.Values)
        {
            if (group.Count < 2) continue;
            group.Sort(static (a, b) => string.CompareOrdinal(a.TypeName, b.TypeName));
            for (var i = 0; i < group.Count; i++)
            {
                var other = group[i == 0 ? 1 : 0];
                ctx.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateDefinitionName, group[i].Location, group[i].TypeName, other.TypeName, group[i].Name));
            }
        }
    }

    private static AttributeData? FindAttribute(INamedTypeSymbol type, INamedTypeSymbol attributeType)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType)) return attribute;
        }
        return null;
    }

    /// <summary>A base type the compiler cannot resolve (half-typed code): it reports that itself.</summary>
    private static bool HasUnknownBaseType(INamedTypeSymbol type)
    {
        for (var b = type.BaseType; b is not null; b = b.BaseType)
        {
            if (b.TypeKind == TypeKind.Error) return true;
        }
        return false;
    }

    /// <summary>
    /// Why the generated registry cannot create this class, with the fix; null when it can.
    /// Mirrors ManifestRegistryGenerator.Parser.IsUsable (a test keeps the two in step).
    /// </summary>
    internal static string? FindTypeProblem(INamedTypeSymbol type, INamedTypeSymbol definitionType)
    {
        if (type.IsStatic)
            return "is static; make it a non-static sealed class that derives from Mesh.Sdk.ManifestDefinition";
        if (!DerivesFrom(type, definitionType))
            return "does not derive from Mesh.Sdk.ManifestDefinition; derive from ManifestDefinition and override Build, or remove [Manifest]";
        if (type.IsAbstract)
            return "is abstract, so the build cannot create it; make it a concrete sealed class, or put [Manifest] on a class that derives from it";
        if (type.TypeParameters.Length > 0)
            return "is generic, so the build cannot choose its type arguments; remove the type parameters, or put [Manifest] on a non-generic class that derives from it";
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.TypeParameters.Length > 0)
                return $"is nested in generic type '{Display(outer)}', so the build cannot create it; move it out of '{Display(outer)}'";
        }
        if (!IsReachable(type.DeclaredAccessibility))
            return $"is {Keyword(type.DeclaredAccessibility)}, so the generated registry cannot reach it; make it public or internal";
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsReachable(outer.DeclaredAccessibility))
                return $"is nested in {Keyword(outer.DeclaredAccessibility)} type '{Display(outer)}', so the generated registry cannot reach it; make '{outer.Name}' public or internal, or move the class out of it";
        }
        if (!HasParameterlessConstructor(type))
            return $"has no public parameterless constructor, so the build cannot create it; add 'public {type.Name}() {{ }}' and take settings from the ManifestContext passed to Build";
        return null;
    }

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol definitionType)
    {
        for (var b = type.BaseType; b is not null; b = b.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(b, definitionType)) return true;
        }
        return false;
    }

    /// <summary>The generated registry lives in the same assembly, so internal is enough.</summary>
    private static bool IsReachable(Accessibility accessibility) =>
        accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

    private static bool HasParameterlessConstructor(INamedTypeSymbol type)
    {
        foreach (var ctor in type.InstanceConstructors)
        {
            if (ctor.Parameters.Length == 0 && IsReachable(ctor.DeclaredAccessibility)) return true;
        }
        return false;
    }

    private static string NameProblem(string name, bool isExplicit, string className)
    {
        var suggestion = Suggest(name);
        if (!DefinitionNames.IsValid(suggestion)) suggestion = Suggest(DefinitionNames.For(className, null));
        var example = DefinitionNames.IsValid(suggestion) ? $", e.g. [Manifest(\"{suggestion}\")]" : "";
        return isExplicit
            ? $"has the name '{name}', which is not a valid file name; use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit{example}"
            : $"gets the name '{name}' from its class name, which is not a valid file name; name it explicitly with lower-case letters, digits, '-' and '.'{example}";
    }

    /// <summary>A valid name close to <paramref name="name"/>, for the message; may be empty.</summary>
    internal static string Suggest(string name)
    {
        var kebab = DefinitionNames.KebabCase(name);
        var sb = new StringBuilder(kebab.Length);
        foreach (var c in kebab)
        {
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.';
            if (ok) sb.Append(c);
            else if (sb.Length > 0 && sb[sb.Length - 1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-', '.');
    }

    private static Location IdentifierLocation(AttributeData attribute, INamedTypeSymbol type, CancellationToken ct)
    {
        for (var node = attribute.ApplicationSyntaxReference?.GetSyntax(ct); node is not null; node = node.Parent)
        {
            if (node is BaseTypeDeclarationSyntax declaration) return declaration.Identifier.GetLocation();
        }
        return type.Locations.Length > 0 ? type.Locations[0] : Location.None;
    }

    private static string Display(INamedTypeSymbol type) => type.ToDisplayString(ContainingTypesFormat);

    private static string Keyword(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => accessibility.ToString().ToLowerInvariant(),
    };

    /// <summary>A valid definition's name and where its attribute is, for MESH2002.</summary>
    private sealed class NamedDefinition(string name, string typeName, Location location)
    {
        public string Name { get; } = name;

        public string TypeName { get; } = typeName;

        public Location Location { get; } = location;
    }
}
