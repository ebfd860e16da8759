using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>projected</c> volume: several sources merged into one directory.</summary>
public sealed class ProjectedVolumeSource : ModelObject
{
    public ProjectedVolumeSource([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>sources</c>: each sets exactly one member.</summary>
    public IList<VolumeProjection> Sources { get; init; } = [];

    /// <summary><c>defaultMode</c>: file permission bits as a decimal number on the wire; write <c>0x1A4</c> or <c>420</c> for 0644 (the default).</summary>
    public int? DefaultMode { get; set; }
}

/// <summary>One source of a projected volume: set exactly one member.</summary>
public sealed class VolumeProjection : ModelObject
{
    public VolumeProjection([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>configMap</c>.</summary>
    public ConfigMapProjection? ConfigMap { get; set; }

    /// <summary><c>secret</c>.</summary>
    public SecretProjection? Secret { get; set; }

    /// <summary><c>downwardAPI</c>.</summary>
    public DownwardAPIProjection? DownwardAPI { get; set; }

    /// <summary><c>serviceAccountToken</c>: a bound, audience-scoped, auto-rotated token.</summary>
    public ServiceAccountTokenProjection? ServiceAccountToken { get; set; }
}

/// <summary><c>configMap</c> projection.</summary>
public sealed class ConfigMapProjection : ModelObject
{
    public ConfigMapProjection([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: the ConfigMap.</summary>
    public required string Name { get; set; }

    /// <summary><c>items</c>: only these keys, at these paths; every key when empty.</summary>
    public IList<KeyToPath> Items { get; init; } = [];

    /// <summary><c>optional</c>.</summary>
    public bool? Optional { get; set; }
}

/// <summary><c>secret</c> projection.</summary>
public sealed class SecretProjection : ModelObject
{
    public SecretProjection([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>name</c>: the Secret.</summary>
    public required string Name { get; set; }

    /// <summary><c>items</c>: only these keys, at these paths; every key when empty.</summary>
    public IList<KeyToPath> Items { get; init; } = [];

    /// <summary><c>optional</c>.</summary>
    public bool? Optional { get; set; }
}

/// <summary><c>downwardAPI</c> projection.</summary>
public sealed class DownwardAPIProjection : ModelObject
{
    public DownwardAPIProjection([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>items</c>.</summary>
    public IList<DownwardAPIVolumeFile> Items { get; init; } = [];
}

/// <summary><c>serviceAccountToken</c> projection.</summary>
public sealed class ServiceAccountTokenProjection : ModelObject
{
    public ServiceAccountTokenProjection([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>audience</c>: who the token is for; the API server's audience when omitted.</summary>
    public string? Audience { get; set; }

    /// <summary><c>expirationSeconds</c>: requested lifetime, at least 600; default 3600. The kubelet rotates it at 80%.</summary>
    public long? ExpirationSeconds { get; set; }

    /// <summary><c>path</c>: the file name in the volume.</summary>
    public required string Path { get; set; }
}
