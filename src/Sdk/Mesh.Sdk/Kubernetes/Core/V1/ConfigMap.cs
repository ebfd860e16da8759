using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>v1 ConfigMap</c>: non-secret configuration as key/value pairs (at most 1 MiB in all).</summary>
public sealed class ConfigMap : KubernetesObject
{
    public const string ApiVersionValue = "v1";
    public const string KindValue = "ConfigMap";

    public ConfigMap([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>immutable</c>: when true the data cannot change (the object must be replaced), and kubelets stop watching it.</summary>
    public bool? Immutable { get; set; }

    /// <summary><c>data</c>: UTF-8 values; multi-line values are written as block scalars.</summary>
    public IDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();

    /// <summary><c>binaryData</c>: base64-encoded values (keys must not repeat those of <see cref="Data"/>).</summary>
    public IDictionary<string, string> BinaryData { get; init; } = new Dictionary<string, string>();
}
