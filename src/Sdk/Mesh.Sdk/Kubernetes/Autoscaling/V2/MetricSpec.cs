using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Autoscaling.V2;

/// <summary>A metric an HPA scales on (<c>metrics[]</c>): set <see cref="Type"/> and the matching source.</summary>
public sealed class MetricSpec : ModelObject
{
    public MetricSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>: which source below is set.</summary>
    public required MetricSourceType Type { get; set; }

    /// <summary><c>resource</c>: CPU or memory of the pods, averaged over all their containers.</summary>
    public ResourceMetricSource? Resource { get; set; }

    /// <summary><c>containerResource</c>: CPU or memory of one container in each pod (ignores sidecars).</summary>
    public ContainerResourceMetricSource? ContainerResource { get; set; }

    /// <summary><c>pods</c>: a custom per-pod metric, averaged.</summary>
    public PodsMetricSource? Pods { get; set; }

    /// <summary>
    /// <c>object</c>: a metric of another object, e.g. requests per second on an Ingress.
    /// Not named <c>Object</c>, which would clash with the type name in other .NET languages (CA1720).
    /// </summary>
    [WireName("object")]
    public ObjectMetricSource? ObjectMetric { get; set; }

    /// <summary><c>external</c>: a metric from outside the cluster, e.g. a queue length.</summary>
    public ExternalMetricSource? External { get; set; }
}

/// <summary>A metric source <c>type</c>.</summary>
public enum MetricSourceType
{
    /// <summary><c>Object</c>: see <see cref="MetricSpec.ObjectMetric"/>.</summary>
    [WireName("Object")]
    ObjectMetric,

    /// <summary>See <see cref="MetricSpec.Pods"/>.</summary>
    Pods,

    /// <summary>See <see cref="MetricSpec.Resource"/>.</summary>
    Resource,

    /// <summary>See <see cref="MetricSpec.ContainerResource"/>.</summary>
    ContainerResource,

    /// <summary>See <see cref="MetricSpec.External"/>.</summary>
    External,
}

/// <summary><c>resource</c> metric source.</summary>
public sealed class ResourceMetricSource : ModelObject
{
    public ResourceMetricSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: <c>cpu</c> or <c>memory</c> (see <c>ResourceNames</c>).</summary>
    public required string Name { get; set; }

    /// <summary><c>target</c>: Utilization (percent of requests) or AverageValue.</summary>
    public required MetricTarget Target { get; set; }
}

/// <summary><c>containerResource</c> metric source.</summary>
public sealed class ContainerResourceMetricSource : ModelObject
{
    public ContainerResourceMetricSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: <c>cpu</c> or <c>memory</c>.</summary>
    public required string Name { get; set; }

    /// <summary><c>container</c>: the container's name.</summary>
    public required string Container { get; set; }

    /// <summary><c>target</c>: Utilization (percent of requests) or AverageValue.</summary>
    public required MetricTarget Target { get; set; }
}

/// <summary><c>pods</c> metric source.</summary>
public sealed class PodsMetricSource : ModelObject
{
    public PodsMetricSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>metric</c>.</summary>
    public required MetricIdentifier Metric { get; set; }

    /// <summary><c>target</c>: AverageValue only.</summary>
    public required MetricTarget Target { get; set; }
}

/// <summary><c>object</c> metric source.</summary>
public sealed class ObjectMetricSource : ModelObject
{
    public ObjectMetricSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>describedObject</c>: the object the metric is about.</summary>
    public required CrossVersionObjectReference DescribedObject { get; set; }

    /// <summary><c>metric</c>.</summary>
    public required MetricIdentifier Metric { get; set; }

    /// <summary><c>target</c>: Value or AverageValue.</summary>
    public required MetricTarget Target { get; set; }
}

/// <summary><c>external</c> metric source.</summary>
public sealed class ExternalMetricSource : ModelObject
{
    public ExternalMetricSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>metric</c>.</summary>
    public required MetricIdentifier Metric { get; set; }

    /// <summary><c>target</c>: Value or AverageValue.</summary>
    public required MetricTarget Target { get; set; }
}

/// <summary><c>metric</c>: a metric's name and optional label selector.</summary>
public sealed class MetricIdentifier : ModelObject
{
    public MetricIdentifier([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>.</summary>
    public required string Name { get; set; }

    /// <summary><c>selector</c>: narrows the metric's series by label.</summary>
    public LabelSelector? Selector { get; set; }
}

/// <summary><c>target</c>: the value a metric should have; set the member that <see cref="Type"/> names.</summary>
public sealed class MetricTarget : ModelObject
{
    public MetricTarget([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>type</c>.</summary>
    public required MetricTargetType Type { get; set; }

    /// <summary><c>value</c>: the metric's total, with <see cref="MetricTargetType.Value"/>.</summary>
    public Quantity? Value { get; set; }

    /// <summary><c>averageValue</c>: the per-pod average, with <see cref="MetricTargetType.AverageValue"/>.</summary>
    public Quantity? AverageValue { get; set; }

    /// <summary><c>averageUtilization</c>: percent of the pods' requests, with <see cref="MetricTargetType.Utilization"/>.</summary>
    public int? AverageUtilization { get; set; }
}

/// <summary>A metric target <c>type</c>.</summary>
public enum MetricTargetType
{
    /// <summary>Percent of requests (<see cref="MetricTarget.AverageUtilization"/>).</summary>
    Utilization,

    /// <summary>Total (<see cref="MetricTarget.Value"/>).</summary>
    Value,

    /// <summary>Per-pod average (<see cref="MetricTarget.AverageValue"/>).</summary>
    AverageValue,
}
