using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>dnsConfig</c>: entries merged into the pod's <c>/etc/resolv.conf</c>.</summary>
public sealed class PodDnsConfig : ModelObject
{
    public PodDnsConfig([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>nameservers</c>: at most 3 IP addresses.</summary>
    public IList<string> Nameservers { get; init; } = [];

    /// <summary><c>searches</c>: search domains.</summary>
    public IList<string> Searches { get; init; } = [];

    /// <summary><c>options</c>, e.g. <c>ndots: "2"</c>.</summary>
    public IList<PodDnsConfigOption> Options { get; init; } = [];
}

/// <summary>A resolver option.</summary>
public sealed class PodDnsConfigOption : ModelObject
{
    public PodDnsConfigOption([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>, e.g. <c>ndots</c>.</summary>
    public required string Name { get; set; }

    /// <summary><c>value</c>.</summary>
    public string? Value { get; set; }
}
