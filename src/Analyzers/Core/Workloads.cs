using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>A workload an HPA's scaleTargetRef names, found in the same method body.</summary>
internal sealed class WorkloadMatch
{
    public WorkloadMatch(IObjectCreationOperation creation, PodFacts? pod)
    {
        Creation = creation;
        Pod = pod;
    }

    /// <summary>The workload's creation (a Deployment, StatefulSet... or a MeshedService).</summary>
    public IObjectCreationOperation Creation { get; }

    /// <summary>Its pod template's facts; null for a MeshedService.</summary>
    public PodFacts? Pod { get; }
}

/// <summary>
/// Finds objects referenced by name in the same method body (the definition's Build method, a
/// helper, a lambda): an HPA's scale target. Only that one operation block is walked.
/// </summary>
internal static class Workloads
{
    /// <summary>
    /// The one workload created in the same method body with this kind and name (and namespace
    /// when both are constants), or null when there is none or more than one.
    /// </summary>
    public static WorkloadMatch? FindScaleTarget(IOperation from, MeshSymbols symbols, string kind, string name, string? ns)
    {
        WorkloadMatch? match = null;
        foreach (var operation in Root(from).Descendants())
        {
            if (operation is not IObjectCreationOperation { Type: { } type } creation) continue;
            WorkloadMatch? candidate = null;
            if (MeshSymbols.Is(type, symbols.MeshedService))
            {
                if (kind == "Deployment" && String(Member(creation, "Name")) == name && SameNamespace(ns, String(Member(creation, "Namespace"))))
                    candidate = new WorkloadMatch(creation, null);
            }
            else if (symbols.IsKubernetesObject(type) && Subjects.Kind(type) == kind)
            {
                var metadata = Creation(Member(creation, "Metadata"), symbols);
                if (String(Member(metadata, "Name")) == name && SameNamespace(ns, String(Member(metadata, "Namespace"))))
                {
                    var spec = Creation(Member(creation, "Spec"), symbols);
                    var template = Creation(Member(spec, "Template"), symbols);
                    candidate = new WorkloadMatch(creation, MeshSymbols.Is(template?.Type, symbols.PodTemplateSpec) ? PodFacts.FromHolder(template!, symbols) : null);
                }
            }
            if (candidate is null) continue;
            if (match is not null) return null;
            match = candidate;
        }
        return match;
    }

    /// <summary>The root of the operation tree (the method body).</summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent) operation = parent;
        return operation;
    }

    /// <summary>Names of the containers that a MeshedService or a pod template shows, with completeness.</summary>
    public static List<string> ContainerNames(WorkloadMatch workload, bool withNativeSidecars, out bool complete)
    {
        var names = new List<string>();
        if (workload.Pod is not { } pod)
        {
            var serviceName = String(Member(workload.Creation, "Name"));
            complete = serviceName is not null;
            if (serviceName is not null) names.Add(serviceName);
            return names;
        }
        complete = pod.ContainersComplete;
        foreach (var container in pod.Containers)
        {
            if (String(Member(container, "Name")) is { } n) names.Add(n);
            else complete = false;
        }
        if (withNativeSidecars)
        {
            complete &= pod.InitContainersComplete;
            foreach (var init in pod.InitContainers)
            {
                if (!HasMember(init, "RestartPolicy")) continue;
                if (EnumMember(Member(init, "RestartPolicy")) != "Always" || String(Member(init, "Name")) is not { } n)
                {
                    complete = false;
                    continue;
                }
                names.Add(n);
            }
        }
        return names;
    }

    private static bool SameNamespace(string? a, string? b) => a is null || b is null || a == b;
}
