using Microsoft.CodeAnalysis;

namespace Mesh.Sdk.CodeFixes.Common;

/// <summary>The Kubernetes version the project targets (MSBuild <c>MeshKubernetesVersion</c>), as the analyzers read it.</summary>
internal static class TargetKubernetes
{
    public const string PropertyKey = "build_property.MeshKubernetesVersion";

    /// <summary>Assumed when the project declares none: the current stable release (as TargetVersions.DefaultKubernetes).</summary>
    public static readonly Version Default = new(1, 35);

    /// <summary>The preStop <c>sleep</c> action is on by default from Kubernetes 1.30 (KEP-3960 beta).</summary>
    public static readonly Version SleepAction = new(1, 30);

    public static Version Of(FixTarget target)
    {
        var options = target.Document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(target.Root.SyntaxTree);
        return options.TryGetValue(PropertyKey, out var text) ? Parse(text) ?? Default : Default;
    }

    /// <summary>"1.33" or "v1.33.2"; anything else reads as unknown.</summary>
    public static Version? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text!.Trim().TrimStart('v', 'V');
        return Version.TryParse(trimmed.IndexOf('.') >= 0 ? trimmed : trimmed + ".0", out var version) ? version : null;
    }
}
