using System.Runtime.CompilerServices;
using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Policy.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Validation;

internal static partial class ModelValidator
{
    static partial void ValidateKind(ValidationContext ctx, KubernetesObject obj)
    {
        switch (obj)
        {
            case Pod pod when pod.Spec is not null:
                ValidatePodSpec(ctx, pod.Spec, "spec");
                break;
            case Service service when service.Spec is not null:
                ValidateService(ctx, service.Spec);
                break;
            case HorizontalPodAutoscaler hpa when hpa.Spec is not null:
                ValidateHpa(ctx, hpa.Spec);
                break;
            case PodDisruptionBudget pdb when pdb.Spec is not null:
                ValidatePdb(ctx, pdb.Spec);
                break;
        }
    }

    private static void ValidateService(ValidationContext ctx, ServiceSpec spec)
    {
        var ports = spec.Ports;
        var names = new UniqueNames();
        for (var i = 0; i < ports.Count; i++)
        {
            var p = ports[i];
            if (p.Port is < 1 or > 65535)
                ctx.Report(MeshRules.PortOutOfRange, p, ctx.Describe(), "port", p.Port);
            if (p.TargetPort is { IsString: false } target && target.IntValue is < 1 or > 65535)
                ReportServicePort(ctx, p, "targetPort", target.IntValue);
            if (p.TargetPort is { IsString: true, StringValue: { } targetName } && Names.PortName(targetName) is { } targetProblem)
                ReportTargetPortName(ctx, p, targetName, targetProblem);
            if (p.NodePort is { } nodePort && nodePort is < 1 or > 65535)
                ReportServicePort(ctx, p, "nodePort", nodePort);

            if (p.Name is { } name)
            {
                if (Names.Dns1123Label(name) is { } problem)
                    ReportServicePortName(ctx, p, name, problem);
                else if (!names.Add(name))
                    ReportServicePortName(ctx, p, name, problem: null);
            }
            else if (ports.Count > 1)
            {
                ReportUnnamedServicePort(ctx, p);
            }
        }
    }

    private static void ValidateHpa(ValidationContext ctx, HorizontalPodAutoscalerSpec spec)
    {
        if (spec.MaxReplicas < 1 || spec.MinReplicas is < 1 || spec.MinReplicas > spec.MaxReplicas) ReportReplicas(ctx, spec);
        if (spec.ScaleTargetRef is null)
            ctx.Report(MeshRules.MissingRequired, spec, ctx.Describe(), "spec.scaleTargetRef");
        var metrics = spec.Metrics;
        for (var i = 0; i < metrics.Count; i++)
        {
            var m = metrics[i];
            var present = m.Type switch
            {
                MetricSourceType.Resource => m.Resource is not null,
                MetricSourceType.ContainerResource => m.ContainerResource is not null,
                MetricSourceType.Pods => m.Pods is not null,
                MetricSourceType.ObjectMetric => m.ObjectMetric is not null,
                MetricSourceType.External => m.External is not null,
                _ => true,
            };
            if (!present) ReportMissingMetricSource(ctx, m);
        }
    }

    private static void ValidatePdb(ValidationContext ctx, PodDisruptionBudgetSpec spec)
    {
        if (spec.MinAvailable is not null && spec.MaxUnavailable is not null)
            ctx.Report(MeshRules.InvalidSpec, spec, ctx.Describe(), "minAvailable and maxUnavailable are both set; set only one");
        ValidateDisruptionBound(ctx, spec, spec.MinAvailable, "minAvailable");
        ValidateDisruptionBound(ctx, spec, spec.MaxUnavailable, "maxUnavailable");
    }

    private static void ValidateDisruptionBound(ValidationContext ctx, PodDisruptionBudgetSpec spec, IntOrString? value, string field)
    {
        if (value is not { } v) return;
        if (v.IsString && v.PercentValue is not (>= 0 and <= 100))
            ctx.Report(MeshRules.InvalidSpec, spec, ctx.Describe(), $"{field} '{v}' must be a count or a percentage from 0% to 100%");
        if (!v.IsString && v.IntValue < 0)
            ctx.Report(MeshRules.InvalidSpec, spec, ctx.Describe(), $"{field} {v.IntValue} must not be negative");
    }

    // The findings of the kinds above: their messages are built here, only when there is one.

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportServicePort(ValidationContext ctx, ServicePort p, string field, int value) =>
        ctx.Report(MeshRules.PortOutOfRange, p, ctx.Describe(), $"port {p.Port} {field}", value);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportTargetPortName(ValidationContext ctx, ServicePort p, string targetName, string problem) =>
        ctx.Report(MeshRules.InvalidSpec, p, ctx.Describe(), $"port {p.Port} targetPort '{targetName}' is not a container port name: {problem}");

    /// <summary>An invalid port name (<paramref name="problem"/>), or one used twice (null).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportServicePortName(ValidationContext ctx, ServicePort p, string name, string? problem) =>
        ctx.Report(MeshRules.InvalidSpec, p, ctx.Describe(), problem is null
            ? $"two ports are named '{name}'; port names must be unique"
            : $"port name '{name}' is invalid: {problem}");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportUnnamedServicePort(ValidationContext ctx, ServicePort p) =>
        ctx.Report(MeshRules.InvalidSpec, p, ctx.Describe(), $"port {p.Port} has no name; every port needs one when a Service has more than one");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportReplicas(ValidationContext ctx, HorizontalPodAutoscalerSpec spec)
    {
        if (spec.MaxReplicas < 1)
            ctx.Report(MeshRules.InvalidSpec, spec, ctx.Describe(), $"maxReplicas is {spec.MaxReplicas}; it must be at least 1");
        if (spec.MinReplicas is { } min)
        {
            if (min < 1)
                ctx.Report(MeshRules.InvalidSpec, spec, ctx.Describe(), $"minReplicas is {min}; it must be at least 1 (0 needs the HPAScaleToZero feature gate)");
            if (min > spec.MaxReplicas)
                ctx.Report(MeshRules.InvalidSpec, spec, ctx.Describe(), $"minReplicas {min} is greater than maxReplicas {spec.MaxReplicas}");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportMissingMetricSource(ValidationContext ctx, MetricSpec m) =>
        ctx.Report(MeshRules.InvalidSpec, m, ctx.Describe(), $"a metric of type {m.Type} needs MetricSpec.{m.Type} set");
}
