using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary>An environment variable (<c>env[]</c>): a literal <see cref="Value"/> or a <see cref="ValueFrom"/> reference.</summary>
public sealed class EnvVar : ModelObject
{
    public EnvVar([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>.</summary>
    public required string Name { get; set; }

    /// <summary><c>value</c>: may reference earlier variables as <c>$(VAR)</c>.</summary>
    public string? Value { get; set; }

    /// <summary><c>valueFrom</c>: read the value from the pod, a resource, a ConfigMap or a Secret.</summary>
    public EnvVarSource? ValueFrom { get; set; }
}

/// <summary><c>valueFrom</c> of an <see cref="EnvVar"/>: set exactly one member.</summary>
public sealed class EnvVarSource : ModelObject
{
    public EnvVarSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>fieldRef</c>: a pod field such as <c>metadata.name</c> or <c>status.podIP</c>.</summary>
    public ObjectFieldSelector? FieldRef { get; set; }

    /// <summary><c>resourceFieldRef</c>: a container's request or limit such as <c>limits.memory</c>.</summary>
    public ResourceFieldSelector? ResourceFieldRef { get; set; }

    /// <summary><c>configMapKeyRef</c>: one key of a ConfigMap.</summary>
    public ConfigMapKeySelector? ConfigMapKeyRef { get; set; }

    /// <summary><c>secretKeyRef</c>: one key of a Secret.</summary>
    public SecretKeySelector? SecretKeyRef { get; set; }
}

/// <summary><c>configMapKeyRef</c>: a key of a ConfigMap in the pod's namespace.</summary>
public sealed class ConfigMapKeySelector : ModelObject
{
    public ConfigMapKeySelector([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: the ConfigMap.</summary>
    public required string Name { get; set; }

    /// <summary><c>key</c>.</summary>
    public required string Key { get; set; }

    /// <summary><c>optional</c>: when true, a missing ConfigMap or key leaves the variable unset instead of blocking the pod.</summary>
    public bool? Optional { get; set; }
}

/// <summary><c>secretKeyRef</c>: a key of a Secret in the pod's namespace.</summary>
public sealed class SecretKeySelector : ModelObject
{
    public SecretKeySelector([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: the Secret.</summary>
    public required string Name { get; set; }

    /// <summary><c>key</c>.</summary>
    public required string Key { get; set; }

    /// <summary><c>optional</c>: when true, a missing Secret or key leaves the variable unset instead of blocking the pod.</summary>
    public bool? Optional { get; set; }
}
