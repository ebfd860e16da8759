using Mesh.Sdk.Kubernetes.Meta.V1;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary>
/// A workload that runs pods from a template (Deployment, StatefulSet, DaemonSet, Job,
/// CronJob, ReplicaSet). Rules and validation reach every pod template through this.
/// </summary>
public interface IPodTemplateOwner
{
    /// <summary>The pod template.</summary>
    PodTemplateSpec Template { get; }

    /// <summary>The selector that must match the template's labels, when the kind has one.</summary>
    LabelSelector? Selector { get; }
}
