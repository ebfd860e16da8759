using System.Collections;
using Mesh.Sdk.Istio.Networking.V1;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Policy.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Workloads;

/// <summary>One default the expansion chose, with its reason: listed in <see cref="MeshedServiceObjects.Decisions"/>.</summary>
public sealed record WorkloadDecision(string Setting, string Value, string Reason);

/// <summary>The objects a <see cref="MeshedService"/> expands into. Edit them freely before returning them.</summary>
public sealed class MeshedServiceObjects : IEnumerable<KubernetesObject>
{
    internal MeshedServiceObjects(Deployment deployment, Service service, HorizontalPodAutoscaler? hpa,
        PodDisruptionBudget? pdb, DestinationRule? destinationRule, IReadOnlyList<WorkloadDecision> decisions)
    {
        Deployment = deployment;
        Service = service;
        HorizontalPodAutoscaler = hpa;
        PodDisruptionBudget = pdb;
        DestinationRule = destinationRule;
        Decisions = decisions;
    }

    public Deployment Deployment { get; }

    public Service Service { get; }

    public HorizontalPodAutoscaler? HorizontalPodAutoscaler { get; }

    public PodDisruptionBudget? PodDisruptionBudget { get; }

    public DestinationRule? DestinationRule { get; }

    /// <summary>Each default chosen, its value and why, for the target versions.</summary>
    public IReadOnlyList<WorkloadDecision> Decisions { get; }

    /// <summary>The app container (the first container of the pod template).</summary>
    public Container App => Deployment.Spec.Template.Spec.Containers[0];

    /// <summary>Service, Deployment, then HPA, PDB and DestinationRule when present.</summary>
    public IEnumerator<KubernetesObject> GetEnumerator()
    {
        yield return Service;
        yield return Deployment;
        if (HorizontalPodAutoscaler is not null) yield return HorizontalPodAutoscaler;
        if (PodDisruptionBudget is not null) yield return PodDisruptionBudget;
        if (DestinationRule is not null) yield return DestinationRule;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
