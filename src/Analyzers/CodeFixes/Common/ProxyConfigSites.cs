using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace Mesh.Sdk.CodeFixes.Common;

/// <summary>
/// Where a fix can set a mesh <c>ProxyConfig</c> field, and the edit that sets it there, creating
/// whatever is missing on the way: an initializer member, the <c>ProxyConfig</c> object, the
/// <c>SetProxyConfig</c> call, or the metadata itself.
/// </summary>
internal sealed class ProxyConfigSite
{
    private readonly Func<IReadOnlyList<AssignmentExpressionSyntax>, NodeEdit> _set;

    private ProxyConfigSite(string description, Func<IReadOnlyList<AssignmentExpressionSyntax>, NodeEdit> set)
    {
        Description = description;
        _set = set;
    }

    /// <summary>Where the settings go, for titles: "the pod's ProxyConfig", "MeshConfig.DefaultConfig".</summary>
    public string Description { get; }

    /// <summary>The edit that sets <paramref name="members"/> (<c>Name = value</c>) on the ProxyConfig.</summary>
    public NodeEdit Set(params AssignmentExpressionSyntax[] members) => _set(members);

    /// <summary>
    /// The pod's own ProxyConfig (the <c>proxy.istio.io/config</c> annotation) for the pod spec
    /// <paramref name="podSpec"/>: <c>new PodTemplateSpec { Metadata = ....SetProxyConfig(new ProxyConfig { ... }), Spec = podSpec }</c>.
    /// Null when the metadata is not written in place, or carries a hand-written annotation.
    /// </summary>
    public static ProxyConfigSite? ForPod(FixTarget target, BaseObjectCreationExpressionSyntax podSpec)
    {
        var model = target.Model;
        var ct = target.CancellationToken;
        if (Subjects.OwnerOf(podSpec) is not { Member: "Spec", Owner: var owner } || !ObjectInitializers.HasObjectInitializerOrNone(owner))
            return null;
        var ownerType = model.GetTypeInfo(owner, ct).Type;
        var metadataType = ownerType?.GetMembers("Metadata").OfType<IPropertySymbol>().FirstOrDefault()?.Type
            ?? (ownerType?.BaseType?.GetMembers("Metadata").OfType<IPropertySymbol>().FirstOrDefault()?.Type);
        if (metadataType is null || !IsMetadataType(metadataType)) return null;
        var setProxyConfig = SetProxyConfigMethod(model.Compilation, metadataType);
        if (setProxyConfig is null) return null;
        const string Description = "the pod's ProxyConfig";

        var metadata = ObjectInitializers.FindMember(owner, "Metadata");
        if (metadata is null)
        {
            // No metadata: Metadata = new TemplateMetadata().SetProxyConfig(new ProxyConfig { ... }).
            return new ProxyConfigSite(Description, members => NodeEdit.Of(owner, current => ObjectInitializers.AddMember(
                current,
                ObjectInitializers.Member("Metadata", WithSetProxyConfig(ExplicitNew(metadataType), members, setProxyConfig)))));
        }

        var expression = metadata.Right;
        if (HasHandWrittenProxyConfig(expression, model, ct)) return null;

        // The last SetProxyConfig call in the metadata's chain is the one that counts.
        var call = expression.DescendantNodesAndSelf()
            .OfType<InvocationExpressionSyntax>()
            .Where(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "SetProxyConfig" }
                && model.GetSymbolInfo(i, ct).Symbol is IMethodSymbol method
                && SymbolEqualityComparer.Default.Equals(method.ReducedFrom ?? method, setProxyConfig))
            .OrderBy(i => ((MemberAccessExpressionSyntax)i.Expression).Name.SpanStart)
            .LastOrDefault();
        if (call is not null)
        {
            if (call.ArgumentList.Arguments.Count != 1
                || call.ArgumentList.Arguments[0].Expression is not BaseObjectCreationExpressionSyntax config
                || !Subjects.IsType(model, config, ModelTypes.ProxyConfig, ct)
                || !ObjectInitializers.HasObjectInitializerOrNone(config))
                return null;
            return new ProxyConfigSite(Description, members => NodeEdit.Of(config, current => SetAll(current, members)));
        }

        // Metadata written in place without a ProxyConfig: add the call at the end of it.
        if (expression is not (BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax)) return null;
        return new ProxyConfigSite(Description, members => new NodeEdit(expression, current =>
        {
            var receiver = current is ImplicitObjectCreationExpressionSyntax implicitNew
                ? ExplicitNew(metadataType, implicitNew)
                : (ExpressionSyntax)current;
            return WithSetProxyConfig(receiver.WithoutTrivia(), members, setProxyConfig).WithTriviaFrom(current);
        }));
    }

    /// <summary>
    /// The mesh-wide default ProxyConfig of the <c>IstioOperatorSpec</c> that contains <paramref name="inside"/>:
    /// <c>MeshConfig = new MeshConfig { DefaultConfig = new ProxyConfig { ... } }</c>. Null when there is no such spec.
    /// </summary>
    public static ProxyConfigSite? ForMeshDefault(FixTarget target, SyntaxNode inside)
    {
        var model = target.Model;
        var ct = target.CancellationToken;
        var spec = Subjects.EnclosingCreation(inside, model, ModelTypes.IstioOperatorSpec, ct);
        if (spec is null || !ObjectInitializers.HasObjectInitializerOrNone(spec)) return null;
        const string Description = "MeshConfig.DefaultConfig";

        var meshConfig = ObjectInitializers.FindMember(spec, "MeshConfig");
        if (meshConfig is null)
        {
            return new ProxyConfigSite(Description, members => NodeEdit.Of(spec, current => ObjectInitializers.AddMember(
                current,
                ObjectInitializers.Member("MeshConfig", NewWith(ModelTypes.MeshConfig, ObjectInitializers.Member("DefaultConfig", NewWith(ModelTypes.ProxyConfig, members.ToArray())))))));
        }

        if (meshConfig.Right is not BaseObjectCreationExpressionSyntax meshConfigCreation
            || !Subjects.IsType(model, meshConfigCreation, ModelTypes.MeshConfig, ct)
            || !ObjectInitializers.HasObjectInitializerOrNone(meshConfigCreation))
            return null;
        var defaultConfig = ObjectInitializers.FindMember(meshConfigCreation, "DefaultConfig");
        if (defaultConfig is null)
        {
            return new ProxyConfigSite(Description, members => NodeEdit.Of(meshConfigCreation, current => ObjectInitializers.AddMember(
                current,
                ObjectInitializers.Member("DefaultConfig", NewWith(ModelTypes.ProxyConfig, members.ToArray())))));
        }

        if (defaultConfig.Right is not BaseObjectCreationExpressionSyntax config
            || !Subjects.IsType(model, config, ModelTypes.ProxyConfig, ct)
            || !ObjectInitializers.HasObjectInitializerOrNone(config))
            return null;
        return new ProxyConfigSite(Description, members => NodeEdit.Of(config, current => SetAll(current, members)));
    }

    private static BaseObjectCreationExpressionSyntax SetAll(BaseObjectCreationExpressionSyntax creation, IReadOnlyList<AssignmentExpressionSyntax> members)
    {
        foreach (var member in members)
            creation = ObjectInitializers.SetMember(creation, ((IdentifierNameSyntax)member.Left).Identifier.ValueText, member.Right);
        return creation;
    }

    /// <summary><c>new global::T { A = a, B = b }</c> on one line.</summary>
    private static ExpressionSyntax NewWith(string metadataName, params AssignmentExpressionSyntax[] members)
    {
        ExpressionSyntax creation = ModelSyntax.Expression("new " + ModelTypes.Global(metadataName) + "()");
        foreach (var member in members)
            creation = ObjectInitializers.AddMember((BaseObjectCreationExpressionSyntax)creation, member);
        return creation;
    }

    private static InvocationExpressionSyntax WithSetProxyConfig(ExpressionSyntax receiver, IReadOnlyList<AssignmentExpressionSyntax> members, IMethodSymbol setProxyConfig) =>
        SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName("SetProxyConfig")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(NewWith(ModelTypes.ProxyConfig, members.ToArray())))))
            .WithAdditionalAnnotations(Formatter.Annotation, Imports.Annotation(setProxyConfig.ContainingNamespace.ToDisplayString()));

    /// <summary><c>new global::TemplateMetadata()</c>, or the user's <c>new() { ... }</c> made explicit so a call can follow it.</summary>
    private static ObjectCreationExpressionSyntax ExplicitNew(ITypeSymbol type, ImplicitObjectCreationExpressionSyntax? implicitNew = null)
    {
        var typeSyntax = ModelSyntax.Mark(SyntaxFactory.ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));
        if (implicitNew is null)
            return SyntaxFactory.ObjectCreationExpression(typeSyntax).WithArgumentList(SyntaxFactory.ArgumentList()).WithNewKeyword(NewKeyword());
        var explicitNew = SyntaxFactory.ObjectCreationExpression(
            implicitNew.NewKeyword,
            typeSyntax,
            implicitNew.Initializer is null ? implicitNew.ArgumentList : (implicitNew.ArgumentList.Arguments.Count == 0 ? null : implicitNew.ArgumentList),
            implicitNew.Initializer);
        if (explicitNew.ArgumentList is null) explicitNew = explicitNew.WithType(typeSyntax.WithTrailingTrivia(SyntaxFactory.Space));
        return explicitNew;
    }

    private static SyntaxToken NewKeyword() => SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space);

    private static bool IsMetadataType(ITypeSymbol type)
    {
        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return name == ModelTypes.Global(ModelTypes.TemplateMetadata) || name == ModelTypes.Global(ModelTypes.ObjectMeta);
    }

    private static IMethodSymbol? SetProxyConfigMethod(Compilation compilation, ITypeSymbol metadataType) =>
        compilation.GetTypeByMetadataName(ModelTypes.IstioMetadataExtensions)?
            .GetMembers("SetProxyConfig")
            .OfType<IMethodSymbol>()
            .FirstOrDefault(m => m.Parameters.Length == 2 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, metadataType));

    /// <summary>An annotation written as text (<c>["proxy.istio.io/config"] = "..."</c>) that a typed one would overwrite.</summary>
    private static bool HasHandWrittenProxyConfig(ExpressionSyntax metadata, SemanticModel model, CancellationToken ct) =>
        metadata.DescendantNodesAndSelf().OfType<ExpressionSyntax>().Any(e =>
            (e is LiteralExpressionSyntax or MemberAccessExpressionSyntax or IdentifierNameSyntax)
            && model.GetConstantValue(e, ct) is { HasValue: true, Value: "proxy.istio.io/config" });
}
