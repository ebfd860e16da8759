using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Autoscaling;

/// <summary>
/// MESH050: an HPA Resource metric on a workload with an Istio sidecar.
/// Visible in source: a <c>MetricSpec { Type = MetricSourceType.Resource }</c> in an HPA whose
/// <c>ScaleTargetRef</c> (constant kind and name) names a workload created in the same method
/// body, whose pod template is visibly injected (<c>InjectSidecar(true)</c> or the
/// <c>sidecar.istio.io/inject: "true"</c> label, without hostNetwork); and a MeshedService with
/// Autoscaling and a sidecar on a target below Kubernetes 1.27, where its expansion must use a
/// Resource metric.
/// Decision: when injection is not visible (namespace label <c>istio-injection</c>, a workload in
/// another file or method), the analyzer stays silent: neither target versions nor mesh settings
/// make injection certain. The build engine, which sees namespaces and every object, reports those.
/// </summary>
internal sealed partial class AutoscalingAnalyzer
{
    /// <summary>Fixer data: the app container to name in the ContainerResource metric.</summary>
    public const string ContainerProperty = "Container";

    /// <summary>Fixer data: "true" when the target Kubernetes has ContainerResource metrics (≥ 1.27).</summary>
    public const string ContainerResourceAvailableProperty = "ContainerResourceAvailable";

    private static void ResourceMetricWithSidecar(MeshRuleContext context, IObjectCreationOperation metric)
    {
        var symbols = context.Symbols;
        if (EnumMember(Member(metric, "Type")) != "Resource") return;
        var hpaSpec = Owner(metric, symbols, out var property, out _);
        if (!MeshSymbols.Is(hpaSpec?.Type, symbols.HorizontalPodAutoscalerSpec) || property != "Metrics") return;
        var hpa = Owner(hpaSpec!, symbols);
        if (!MeshSymbols.Is(hpa?.Type, symbols.HorizontalPodAutoscaler)) hpa = null;

        var target = Creation(Member(hpaSpec, "ScaleTargetRef"), symbols);
        if (String(Member(target, "Kind")) is not { } kind || String(Member(target, "Name")) is not { } name) return;
        var hpaNamespace = String(Member(Creation(Member(hpa, "Metadata"), symbols), "Namespace"));

        var workload = Workloads.FindScaleTarget(metric, symbols, kind, name, hpaNamespace);
        if (workload is null) return;
        string container;
        if (workload.Pod is { } pod)
        {
            if (pod.Injected != true) return;
            container = pod.Containers.Count > 0 && String(Member(pod.Containers[0], "Name")) is { } first ? first : "app";
        }
        else
        {
            // A MeshedService is injected unless Sidecar = SidecarMode.None; its container is its Name.
            var mode = Member(workload.Creation, "Sidecar");
            if (mode is not null && EnumMember(mode) is not ("Auto" or "Native" or "Legacy")) return;
            container = String(Member(workload.Creation, "Name")) ?? "app";
        }

        var resource = String(Member(Creation(Member(metric, "Resource"), symbols), "Name")) ?? "the resource";
        var subject = hpa is null ? Subjects.Of(hpaSpec!, symbols, "HorizontalPodAutoscaler") : Subjects.ObjectText(hpa, symbols);
        Report(context, metric, subject, resource, container);
    }

    /// <summary>MESH050 on a MeshedService: below Kubernetes 1.27 its HPA must use a Resource metric.</summary>
    private static void ResourceMetricOnMeshedService(MeshRuleContext context, IObjectCreationOperation service)
    {
        if (context.Targets.KubernetesAtLeast(1, 27)) return;
        var autoscaling = Member(service, "Autoscaling");
        if (autoscaling is null || Creation(autoscaling, context.Symbols) is null) return;
        var mode = Member(service, "Sidecar");
        if (mode is not null && EnumMember(mode) is not ("Auto" or "Native" or "Legacy")) return;
        Report(context, service, Subjects.MeshedService(service, "HorizontalPodAutoscaler"), "cpu", String(Member(service, "Name")) ?? "app");
    }

    private static void Report(MeshRuleContext context, IObjectCreationOperation subject, string subjectText, string resource, string container)
    {
        var available = context.Targets.KubernetesAtLeast(1, 27);
        var note = available
            ? ""
            : " once the target Kubernetes has it (beta in 1.27; " + context.Targets.Kubernetes + ")";
        context.Report(
            DiagnosticDescriptors.HpaResourceMetricWithSidecar,
            subject,
            null,
            ImmutableDictionary<string, string?>.Empty
                .Add(ContainerProperty, container)
                .Add(ContainerResourceAvailableProperty, available ? "true" : "false"),
            subjectText,
            resource,
            container,
            note);
    }
}
