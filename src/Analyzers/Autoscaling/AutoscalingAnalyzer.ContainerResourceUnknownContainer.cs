using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Autoscaling;

/// <summary>
/// MESH052: a ContainerResource metric names a container the pod template does not have.
/// Visible in source: a <c>MetricSpec { Type = MetricSourceType.ContainerResource }</c> whose
/// <c>ContainerResource.Container</c> is a constant, in an HPA whose scale target is created in the
/// same method body with every container visible (constant names, no spreads): main containers and
/// native sidecars (init containers with RestartPolicy Always); a MeshedService's container is its
/// Name. <c>istio-proxy</c> is accepted when the pod is injected and reported when it visibly is not.
/// </summary>
internal sealed partial class AutoscalingAnalyzer
{
    /// <summary>Fixer data: the pod template's container names, comma-separated.</summary>
    public const string ContainersProperty = "Containers";

    private static void ContainerResourceUnknownContainer(MeshRuleContext context, IObjectCreationOperation metric)
    {
        var symbols = context.Symbols;
        if (EnumMember(Member(metric, "Type")) != "ContainerResource") return;
        var source = Creation(Member(metric, "ContainerResource"), symbols);
        if (String(Member(source, "Container")) is not { } container) return;
        var hpaSpec = Owner(metric, symbols, out var property, out _);
        if (!MeshSymbols.Is(hpaSpec?.Type, symbols.HorizontalPodAutoscalerSpec) || property != "Metrics") return;
        var hpa = Owner(hpaSpec!, symbols);
        if (!MeshSymbols.Is(hpa?.Type, symbols.HorizontalPodAutoscaler)) hpa = null;
        var target = Creation(Member(hpaSpec, "ScaleTargetRef"), symbols);
        if (String(Member(target, "Kind")) is not { } kind || String(Member(target, "Name")) is not { } name) return;
        var hpaNamespace = String(Member(Creation(Member(hpa, "Metadata"), symbols), "Namespace"));
        var workload = Workloads.FindScaleTarget(metric, symbols, kind, name, hpaNamespace);
        if (workload is null) return;

        var names = Workloads.ContainerNames(workload, withNativeSidecars: true, out var complete);
        if (!complete || names.Contains(container)) return;
        string detail;
        if (container == "istio-proxy")
        {
            var injected = workload.Pod is { } pod
                ? pod.Injected
                : EnumMember(Member(workload.Creation, "Sidecar")) != "None";
            if (injected != false) return;
            detail = "the pod has no istio-proxy sidecar";
        }
        else
        {
            detail = "its containers are " + string.Join(", ", names);
        }

        var workloadText = workload.Pod is null ? Subjects.MeshedService(workload.Creation, "Deployment") : Subjects.ObjectText(workload.Creation, symbols);
        var subject = hpa is null ? Subjects.Of(hpaSpec!, symbols, "HorizontalPodAutoscaler") : Subjects.ObjectText(hpa, symbols);
        context.Report(
            DiagnosticDescriptors.ContainerResourceUnknownContainer,
            metric,
            null,
            ImmutableDictionary<string, string?>.Empty.Add(ContainersProperty, string.Join(",", names)),
            subject,
            container,
            workloadText,
            detail,
            string.Join(", ", names));
    }
}
