namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary>Well-known keys of <see cref="ResourceRequirements"/> maps and resource metrics.</summary>
public static class ResourceNames
{
    /// <summary><c>cpu</c>, in cores (<c>250m</c> is a quarter core).</summary>
    public const string Cpu = "cpu";

    /// <summary><c>memory</c>, in bytes (<c>512Mi</c>).</summary>
    public const string Memory = "memory";

    /// <summary><c>ephemeral-storage</c>: local disk for logs, emptyDir and writable layers.</summary>
    public const string EphemeralStorage = "ephemeral-storage";

    /// <summary><c>storage</c>: the size of a persistent volume claim.</summary>
    public const string Storage = "storage";
}
