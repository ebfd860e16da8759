using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary>
/// <c>v1 Secret</c>: sensitive key/value pairs. Values written here end up in the manifest files,
/// so keep real secrets out of source and use a secret store or a sealed-secret controller.
/// </summary>
public sealed class Secret : KubernetesObject
{
    public const string ApiVersionValue = "v1";
    public const string KindValue = "Secret";

    public Secret([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>type</c>: see <see cref="SecretTypes"/>; <c>Opaque</c> when omitted.</summary>
    public string? Type { get; set; }

    /// <summary><c>immutable</c>: when true the data cannot change (the object must be replaced).</summary>
    public bool? Immutable { get; set; }

    /// <summary><c>data</c>: base64-encoded values.</summary>
    public IDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();

    /// <summary><c>stringData</c>: plain-text values, merged into <see cref="Data"/> by the API server (and winning over it).</summary>
    public IDictionary<string, string> StringData { get; init; } = new Dictionary<string, string>();
}

/// <summary>Well-known Secret <c>type</c> values.</summary>
public static class SecretTypes
{
    /// <summary><c>Opaque</c>: arbitrary data (the default).</summary>
    public const string Opaque = "Opaque";

    /// <summary><c>kubernetes.io/tls</c>: keys <c>tls.crt</c> and <c>tls.key</c>.</summary>
    public const string Tls = "kubernetes.io/tls";

    /// <summary><c>kubernetes.io/dockerconfigjson</c>: key <c>.dockerconfigjson</c>, for <c>imagePullSecrets</c>.</summary>
    public const string DockerConfigJson = "kubernetes.io/dockerconfigjson";

    /// <summary><c>kubernetes.io/basic-auth</c>: keys <c>username</c> and <c>password</c>.</summary>
    public const string BasicAuth = "kubernetes.io/basic-auth";

    /// <summary><c>kubernetes.io/ssh-auth</c>: key <c>ssh-privatekey</c>.</summary>
    public const string SshAuth = "kubernetes.io/ssh-auth";

    /// <summary><c>kubernetes.io/service-account-token</c>: a long-lived token for the ServiceAccount named in an annotation.</summary>
    public const string ServiceAccountToken = "kubernetes.io/service-account-token";
}
