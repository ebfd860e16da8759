using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>envFrom[]</c>: every key of a ConfigMap or Secret as an env var. Set one of the references.</summary>
public sealed class EnvFromSource : ModelObject
{
    public EnvFromSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>prefix</c>: prepended to every key.</summary>
    public string? Prefix { get; set; }

    /// <summary><c>configMapRef</c>.</summary>
    public ConfigMapEnvSource? ConfigMapRef { get; set; }

    /// <summary><c>secretRef</c>.</summary>
    public SecretEnvSource? SecretRef { get; set; }
}

/// <summary><c>configMapRef</c> of an <see cref="EnvFromSource"/>.</summary>
public sealed class ConfigMapEnvSource : ModelObject
{
    public ConfigMapEnvSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: the ConfigMap.</summary>
    public required string Name { get; set; }

    /// <summary><c>optional</c>: when true, a missing ConfigMap does not block the pod.</summary>
    public bool? Optional { get; set; }
}

/// <summary><c>secretRef</c> of an <see cref="EnvFromSource"/>.</summary>
public sealed class SecretEnvSource : ModelObject
{
    public SecretEnvSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: the Secret.</summary>
    public required string Name { get; set; }

    /// <summary><c>optional</c>: when true, a missing Secret does not block the pod.</summary>
    public bool? Optional { get; set; }
}
