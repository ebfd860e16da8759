using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Istio;

/// <summary>
/// <c>istio.type.v1beta1.WorkloadSelector</c>: the <c>selector</c> / <c>workloadSelector</c> with
/// <c>matchLabels</c> used by DestinationRule, PeerAuthentication and the ProxyConfig resource.
/// Selects the pods/VMs in the resource's namespace whose labels contain every pair; an empty or
/// absent selector applies to the whole namespace (P2, P3).
/// </summary>
public sealed class WorkloadSelector : ModelObject
{
    public WorkloadSelector([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>matchLabels</c>: labels a workload must carry for the resource to apply to it.</summary>
    public IDictionary<string, string> MatchLabels { get; init; } = new Dictionary<string, string>();
}
