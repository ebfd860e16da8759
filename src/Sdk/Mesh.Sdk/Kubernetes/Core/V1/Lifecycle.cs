using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>lifecycle</c> of a container: hooks run after start and before stop.</summary>
public sealed class Lifecycle : ModelObject
{
    public Lifecycle([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>postStart</c>: runs right after the container starts; the container is not Running until it returns.</summary>
    public LifecycleHandler? PostStart { get; set; }

    /// <summary>
    /// <c>preStop</c>: runs before the stop signal; its time counts against the pod's
    /// <c>terminationGracePeriodSeconds</c>.
    /// </summary>
    public LifecycleHandler? PreStop { get; set; }

    /// <summary><c>stopSignal</c>: the signal sent to stop the container, e.g. <c>SIGTERM</c>, <c>SIGQUIT</c> (needs <c>spec.os.name</c>).</summary>
    public string? StopSignal { get; set; }
}

/// <summary>A lifecycle hook: set exactly one action.</summary>
public sealed class LifecycleHandler : ModelObject
{
    public LifecycleHandler([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>exec</c>: a command in the container (the image must have it).</summary>
    public ExecAction? Exec { get; set; }

    /// <summary><c>httpGet</c>: an HTTP request to the container.</summary>
    public HttpGetAction? HttpGet { get; set; }

    /// <summary><c>tcpSocket</c>: deprecated as a hook; kept for compatibility.</summary>
    public TcpSocketAction? TcpSocket { get; set; }

    /// <summary><c>sleep</c>: pause without needing a <c>sleep</c> binary in the image.</summary>
    public SleepAction? Sleep { get; set; }
}

/// <summary><c>sleep</c> hook action.</summary>
public sealed class SleepAction : ModelObject
{
    public SleepAction([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>seconds</c>: how long to sleep.</summary>
    public required long Seconds { get; set; }
}
