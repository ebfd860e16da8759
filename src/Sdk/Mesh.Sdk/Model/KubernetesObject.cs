using Mesh.Sdk.Kubernetes.Meta.V1;

namespace Mesh.Sdk.Model;

/// <summary>
/// A top-level API object: a document in a manifest file. Derived kinds declare their
/// <c>ApiVersionValue</c> and <c>KindValue</c> constants and their <c>spec</c>/<c>data</c>.
/// </summary>
public abstract class KubernetesObject : ModelObject
{
    protected KubernetesObject(string callerFilePath, int callerLineNumber)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>apiVersion</c>, e.g. <c>apps/v1</c>.</summary>
    public abstract string ApiVersion { get; }

    /// <summary><c>kind</c>, e.g. <c>Deployment</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>Name, namespace, labels and annotations.</summary>
    public required ObjectMeta Metadata { get; set; }

    /// <summary>How names of this kind are validated by the API server.</summary>
    [WireIgnore]
    public virtual NameRule NameRule => NameRule.Dns1123Subdomain;

    /// <summary>False for cluster-scoped kinds such as Namespace.</summary>
    [WireIgnore]
    public virtual bool IsNamespaced => true;

    /// <summary>The API group: the part of <see cref="ApiVersion"/> before '/', empty for core.</summary>
    [WireIgnore]
    public string Group => ApiVersion.IndexOf('/') is var i and >= 0 ? ApiVersion[..i] : "";

    /// <inheritdoc />
    public override string ToString()
    {
        var ns = Metadata?.Namespace is { Length: > 0 } n ? n + "/" : "";
        return $"{Kind} {ns}{Metadata?.Name}";
    }
}
