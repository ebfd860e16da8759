using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>
/// The Kubernetes and Istio versions the manifests are for, read from the MSBuild properties
/// <c>MeshKubernetesVersion</c> / <c>MeshIstioVersion</c> (CompilerVisibleProperty in Mesh.Sdk.props).
/// Empty means the defaults (1.35 / 1.30), parsed as src/Sdk/Mesh.Sdk/Definitions/TargetVersions.cs
/// does; text that is not a version also falls back to the default (the build step reports it).
/// Version-gated messages name the assumption through <see cref="Kubernetes"/> / <see cref="Istio"/> text.
/// </summary>
internal sealed class AnalyzerTargets
{
    public static readonly Version DefaultKubernetes = new(1, 35);
    public static readonly Version DefaultIstio = new(1, 30);

    public AnalyzerTargets(Version kubernetes, bool kubernetesDeclared, Version istio, bool istioDeclared)
    {
        KubernetesVersion = kubernetes;
        KubernetesDeclared = kubernetesDeclared;
        IstioVersion = istio;
        IstioDeclared = istioDeclared;
    }

    public Version KubernetesVersion { get; }

    public bool KubernetesDeclared { get; }

    public Version IstioVersion { get; }

    public bool IstioDeclared { get; }

    /// <summary>"target Kubernetes 1.28", or "target Kubernetes 1.35 (default)" when MeshKubernetesVersion is not set (as the build engine writes it).</summary>
    public string Kubernetes => "target Kubernetes " + Short(KubernetesVersion) + (KubernetesDeclared ? "" : " (default)");

    /// <summary>"target Istio 1.22", or "target Istio 1.30 (default)" when MeshIstioVersion is not set.</summary>
    public string Istio => "target Istio " + Short(IstioVersion) + (IstioDeclared ? "" : " (default)");

    public bool KubernetesAtLeast(int major, int minor) => KubernetesVersion >= new Version(major, minor);

    public bool IstioAtLeast(int major, int minor) => IstioVersion >= new Version(major, minor);

    public static AnalyzerTargets Read(AnalyzerConfigOptions options)
    {
        var kubernetes = Parse(options, "build_property.MeshKubernetesVersion", DefaultKubernetes, out var kubernetesDeclared);
        var istio = Parse(options, "build_property.MeshIstioVersion", DefaultIstio, out var istioDeclared);
        return new AnalyzerTargets(kubernetes, kubernetesDeclared, istio, istioDeclared);
    }

    /// <summary>"1.33" or "v1.33.2"; anything else gives the fallback.</summary>
    internal static Version Parse(string? text, Version fallback, out bool declared)
    {
        declared = false;
        if (text is null || string.IsNullOrWhiteSpace(text)) return fallback;
        var t = text.Trim().TrimStart('v', 'V');
        if (!Version.TryParse(t.IndexOf('.') >= 0 ? t : t + ".0", out var version)) return fallback;
        declared = true;
        return version;
    }

    private static Version Parse(AnalyzerConfigOptions options, string key, Version fallback, out bool declared)
    {
        options.TryGetValue(key, out var text);
        return Parse(text, fallback, out declared);
    }

    private static string Short(Version v) => v.Major.ToString(CultureInfo.InvariantCulture) + "." + v.Minor.ToString(CultureInfo.InvariantCulture);
}
