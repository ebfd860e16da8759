using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Istio.Networking.V1Beta1;

/// <summary>
/// <c>networking.istio.io/v1beta1 ProxyConfig</c> (the resource; only version v1beta1): per-workload
/// proxy settings that beat the <c>proxy.istio.io/config</c> annotation and <c>meshConfig.defaultConfig</c>
/// for <c>concurrency</c>, <c>environmentVariables</c> and <c>image</c> (P2). At most one selector-less
/// ProxyConfig per namespace; one in the root namespace applies mesh-wide. Changes need a pod restart.
/// For the mesh/annotation ProxyConfig see <c>Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig</c>.
/// </summary>
public sealed class ProxyConfig : KubernetesObject
{
    public const string ApiVersionValue = "networking.istio.io/v1beta1";
    public const string KindValue = "ProxyConfig";

    public ProxyConfig([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc />
    public override string ApiVersion => ApiVersionValue;

    /// <inheritdoc />
    public override string Kind => KindValue;

    /// <summary><c>spec</c>.</summary>
    public required ProxyConfigSpec Spec { get; set; }
}

/// <summary><c>spec</c> of a <see cref="ProxyConfig"/> resource (P2).</summary>
public sealed class ProxyConfigSpec : ModelObject
{
    public ProxyConfigSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>selector</c>: the workloads in this namespace it applies to; the whole namespace when unset.</summary>
    public WorkloadSelector? Selector { get; set; }

    /// <summary>
    /// <c>concurrency</c>: Envoy worker threads (≥ 0); 0 uses all cores; unset derives it from the
    /// proxy's CPU requests/limits (P1, P2).
    /// </summary>
    public int? Concurrency { get; set; }

    /// <summary>
    /// <c>environmentVariables</c>: extra proxy environment variables (values ≤ 2048 characters), e.g.
    /// <see cref="Mesh.V1Alpha1.ProxyMetadataKeys.ExitOnZeroActiveConnections"/> (P2, I3).
    /// </summary>
    public IDictionary<string, string> EnvironmentVariables { get; init; } = new Dictionary<string, string>();

    /// <summary><c>image</c>: the proxy image variant.</summary>
    public ProxyImage? Image { get; set; }
}

/// <summary><c>ProxyImage</c>: which variant of the proxy image to run (P2).</summary>
public sealed class ProxyImage : ModelObject
{
    public ProxyImage([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>
    /// <c>imageType</c>: <c>default</c>, <c>debug</c> or <c>distroless</c> (see <see cref="ProxyImageTypes"/>).
    /// Only the default/debug images ship a shell (MESH016).
    /// </summary>
    public string? ImageType { get; set; }
}

/// <summary>Values of <see cref="ProxyImage.ImageType"/> and the <c>sidecar.istio.io/proxyImageType</c> annotation.</summary>
public static class ProxyImageTypes
{
    /// <summary><c>default</c>: the mesh's default image.</summary>
    public const string Default = "default";

    /// <summary><c>debug</c>: with debugging tools (and a shell).</summary>
    public const string Debug = "debug";

    /// <summary><c>distroless</c>: minimal; no shell, no <c>netstat</c> (MESH016).</summary>
    public const string Distroless = "distroless";
}
