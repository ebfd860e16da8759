using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>hostAliases[]</c>: an entry added to the pod's <c>/etc/hosts</c>.</summary>
public sealed class HostAlias : ModelObject
{
    public HostAlias([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>ip</c>.</summary>
    [WireName("ip")]
    public required string IP { get; set; }

    /// <summary><c>hostnames</c>.</summary>
    public IList<string> Hostnames { get; init; } = [];
}
