namespace Mesh.Sdk.Istio.Mesh.V1Alpha1;

/// <summary>
/// Well-known keys of <see cref="ProxyConfig.ProxyMetadata"/> (and of the ProxyConfig resource's
/// <c>environmentVariables</c>): environment variables of the proxy agent. Prefer the typed helpers
/// <see cref="ProxyConfig.ExitOnZeroActiveConnections"/> and <see cref="ProxyConfig.MinimumDrainDuration"/>.
/// </summary>
public static class ProxyMetadataKeys
{
    /// <summary>
    /// <c>EXIT_ON_ZERO_ACTIVE_CONNECTIONS</c> (bool, default false, Istio 1.12): on termination the agent
    /// drains, waits <see cref="MinimumDrainDuration"/>, then polls Envoy every second and exits when no
    /// downstream connection is active; <c>terminationDrainDuration</c> is then unused (I2, I3, MESH015).
    /// </summary>
    public const string ExitOnZeroActiveConnections = "EXIT_ON_ZERO_ACTIVE_CONNECTIONS";

    /// <summary>
    /// <c>MINIMUM_DRAIN_DURATION</c> (duration, default 5s, Istio 1.12): how long the agent waits before
    /// polling active connections when <see cref="ExitOnZeroActiveConnections"/> is on (I2, I3).
    /// </summary>
    public const string MinimumDrainDuration = "MINIMUM_DRAIN_DURATION";

    /// <summary><c>ISTIO_META_DNS_CAPTURE</c>: "true" makes the agent answer DNS for the pod (DNS proxying).</summary>
    public const string DnsCapture = "ISTIO_META_DNS_CAPTURE";

    /// <summary><c>ISTIO_META_DNS_AUTO_ALLOCATE</c>: "true" allocates virtual IPs for ServiceEntries without addresses.</summary>
    public const string DnsAutoAllocate = "ISTIO_META_DNS_AUTO_ALLOCATE";
}
