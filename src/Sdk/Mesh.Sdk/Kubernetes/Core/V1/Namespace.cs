using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary>
/// <c>v1 Namespace</c>: a scope for names and policies. Its labels carry mesh settings such as
/// <c>istio-injection</c> and <c>istio.io/rev</c>. The kind's name is kept even though
/// <c>Namespace</c> is a keyword in Visual Basic (CA1716 is off for this library).
/// </summary>
public sealed class Namespace : KubernetesObject
{
    public const string ApiVersionValue = "v1";
    public const string KindValue = "Namespace";

    public Namespace([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary>Namespace names are RFC 1123 labels (no dots).</summary>
    public override NameRule NameRule => NameRule.Dns1123Label;

    /// <summary>Namespaces are cluster-scoped.</summary>
    public override bool IsNamespaced => false;
}
