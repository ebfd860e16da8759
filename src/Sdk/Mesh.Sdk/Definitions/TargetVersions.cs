namespace Mesh.Sdk;

/// <summary>
/// The Kubernetes and Istio versions the manifests are written for, declared once per project
/// with the MSBuild properties <c>MeshKubernetesVersion</c> and <c>MeshIstioVersion</c>.
/// When a project declares none, the defaults are the current stable releases and
/// <see cref="IsDefault"/> says so.
/// </summary>
public sealed record TargetVersions(Version Kubernetes, Version Istio, bool IsDefault)
{
    /// <summary>Kubernetes version assumed when none is declared.</summary>
    public static readonly Version DefaultKubernetes = new(1, 35);

    /// <summary>Istio version assumed when none is declared.</summary>
    public static readonly Version DefaultIstio = new(1, 30);

    /// <summary>The defaults.</summary>
    public static TargetVersions Default { get; } = new(DefaultKubernetes, DefaultIstio, true);

    /// <summary>Parses "1.33" or "v1.33.2"; null or empty gives the default.</summary>
    public static Version ParseVersion(string? text, Version fallback)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        var t = text.Trim().TrimStart('v', 'V');
        return Version.TryParse(t.Contains('.') ? t : t + ".0", out var v)
            ? v
            : throw new FormatException($"'{text}' is not a version; write major.minor such as 1.33.");
    }
}
