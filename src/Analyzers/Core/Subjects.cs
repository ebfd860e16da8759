using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>
/// The subject text of a message ({0}): the Kubernetes object a creation belongs to, as
/// "Deployment shop/checkout" (kind, then namespace/name when they are constants in source).
/// </summary>
internal static class Subjects
{
    /// <summary>The enclosing Kubernetes object's text, or <paramref name="fallback"/> when none is visible.</summary>
    public static string Of(IObjectCreationOperation creation, MeshSymbols symbols, string fallback)
    {
        var owner = KubernetesObjectOf(creation, symbols);
        return owner is null ? fallback : ObjectText(owner, symbols);
    }

    /// <summary>The nearest enclosing (or the same) Kubernetes object creation, or null.</summary>
    public static IObjectCreationOperation? KubernetesObjectOf(IObjectCreationOperation creation, MeshSymbols symbols)
    {
        for (IObjectCreationOperation? c = creation; c is not null; c = Owner(c, symbols))
        {
            if (symbols.IsKubernetesObject(c.Type)) return c;
        }
        return null;
    }

    /// <summary>"Deployment shop/checkout", "Deployment checkout" or "Deployment".</summary>
    public static string ObjectText(IObjectCreationOperation kubernetesObject, MeshSymbols symbols)
    {
        var metadata = Creation(Member(kubernetesObject, "Metadata"), symbols);
        return Text(Kind(kubernetesObject.Type), String(Member(metadata, "Namespace")), String(Member(metadata, "Name")));
    }

    /// <summary>The text of an object a MeshedService expands into: "Deployment shop/web".</summary>
    public static string MeshedService(IObjectCreationOperation service, string kind) =>
        Text(kind, String(Member(service, "Namespace")), String(Member(service, "Name")));

    /// <summary>The <c>KindValue</c> constant of a model kind, or its type name.</summary>
    public static string Kind(ITypeSymbol? type)
    {
        if (type is null) return "object";
        foreach (var member in type.GetMembers("KindValue"))
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: string kind }) return kind;
        }
        return type.Name;
    }

    private static string Text(string kind, string? ns, string? name) =>
        name is null or "" ? kind : ns is null or "" ? kind + " " + name : kind + " " + ns + "/" + name;
}
