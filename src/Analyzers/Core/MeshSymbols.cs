using Microsoft.CodeAnalysis;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>
/// The Mesh.Sdk model types the mesh rules look at, resolved once per compilation by metadata name.
/// A type the referenced Mesh.Sdk does not have is null and its rules stay silent.
/// </summary>
internal sealed class MeshSymbols
{
    private MeshSymbols(Compilation compilation, INamedTypeSymbol modelObject)
    {
        ModelObject = modelObject;
        KubernetesObject = Get(compilation, "Mesh.Sdk.Model.KubernetesObject");
        Container = Get(compilation, "Mesh.Sdk.Kubernetes.Core.V1.Container");
        PodSpec = Get(compilation, "Mesh.Sdk.Kubernetes.Core.V1.PodSpec");
        PodTemplateSpec = Get(compilation, "Mesh.Sdk.Kubernetes.Core.V1.PodTemplateSpec");
        Pod = Get(compilation, "Mesh.Sdk.Kubernetes.Core.V1.Pod");
        Service = Get(compilation, "Mesh.Sdk.Kubernetes.Core.V1.Service");
        TemplateMetadata = Get(compilation, "Mesh.Sdk.Kubernetes.Meta.V1.TemplateMetadata");
        ObjectMeta = Get(compilation, "Mesh.Sdk.Kubernetes.Meta.V1.ObjectMeta");
        MetricSpec = Get(compilation, "Mesh.Sdk.Kubernetes.Autoscaling.V2.MetricSpec");
        HorizontalPodAutoscaler = Get(compilation, "Mesh.Sdk.Kubernetes.Autoscaling.V2.HorizontalPodAutoscaler");
        HorizontalPodAutoscalerSpec = Get(compilation, "Mesh.Sdk.Kubernetes.Autoscaling.V2.HorizontalPodAutoscalerSpec");
        IstioMetadataExtensions = Get(compilation, "Mesh.Sdk.Istio.IstioMetadataExtensions");
        ProxyConfig = Get(compilation, "Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig");
        Topology = Get(compilation, "Mesh.Sdk.Istio.Mesh.V1Alpha1.Topology");
        IstioOperatorSpec = Get(compilation, "Mesh.Sdk.Istio.Install.V1Alpha1.IstioOperatorSpec");
        MeshConfig = Get(compilation, "Mesh.Sdk.Istio.Install.V1Alpha1.MeshConfig");
        IstioValues = Get(compilation, "Mesh.Sdk.Istio.Install.V1Alpha1.IstioValues");
        GlobalValues = Get(compilation, "Mesh.Sdk.Istio.Install.V1Alpha1.GlobalValues");
        ProxyValues = Get(compilation, "Mesh.Sdk.Istio.Install.V1Alpha1.ProxyValues");
        PilotValues = Get(compilation, "Mesh.Sdk.Istio.Install.V1Alpha1.PilotValues");
        LoadBalancerSettings = Get(compilation, "Mesh.Sdk.Istio.Networking.V1.LoadBalancerSettings");
        MeshedService = Get(compilation, "Mesh.Sdk.Workloads.MeshedService");
    }

    public INamedTypeSymbol ModelObject { get; }
    public INamedTypeSymbol? KubernetesObject { get; }
    public INamedTypeSymbol? Container { get; }
    public INamedTypeSymbol? PodSpec { get; }
    public INamedTypeSymbol? PodTemplateSpec { get; }
    public INamedTypeSymbol? Pod { get; }
    public INamedTypeSymbol? Service { get; }
    public INamedTypeSymbol? TemplateMetadata { get; }
    public INamedTypeSymbol? ObjectMeta { get; }
    public INamedTypeSymbol? MetricSpec { get; }
    public INamedTypeSymbol? HorizontalPodAutoscaler { get; }
    public INamedTypeSymbol? HorizontalPodAutoscalerSpec { get; }
    public INamedTypeSymbol? IstioMetadataExtensions { get; }
    public INamedTypeSymbol? ProxyConfig { get; }
    public INamedTypeSymbol? Topology { get; }
    public INamedTypeSymbol? IstioOperatorSpec { get; }
    public INamedTypeSymbol? MeshConfig { get; }
    public INamedTypeSymbol? IstioValues { get; }
    public INamedTypeSymbol? GlobalValues { get; }
    public INamedTypeSymbol? ProxyValues { get; }
    public INamedTypeSymbol? PilotValues { get; }
    public INamedTypeSymbol? LoadBalancerSettings { get; }
    public INamedTypeSymbol? MeshedService { get; }

    /// <summary>The symbols, or null when the compilation does not reference Mesh.Sdk.</summary>
    public static MeshSymbols? Create(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Mesh.Sdk.Model.ModelObject") is { } modelObject
            ? new MeshSymbols(compilation, modelObject)
            : null;

    /// <summary>True for <paramref name="expected"/> itself (null never matches).</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

    /// <summary>True for Mesh.Sdk model objects (and generated CRD kinds) deriving from ModelObject.</summary>
    public bool IsModel(ITypeSymbol? type) => DerivesFrom(type, ModelObject);

    /// <summary>True for Kubernetes objects (they have kind, metadata.name and namespace).</summary>
    public bool IsKubernetesObject(ITypeSymbol? type) => DerivesFrom(type, KubernetesObject);

    /// <summary>InjectSidecar, UseNativeSidecar, SetProxyConfig, SetProxyResources: they return their receiver.</summary>
    public bool IsMetadataExtension(IMethodSymbol? method) =>
        method is { IsExtensionMethod: true } && Is(method.ContainingType, IstioMetadataExtensions)
        && method.Name is "InjectSidecar" or "UseNativeSidecar" or "SetProxyConfig" or "SetProxyResources";

    private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null) return false;
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, baseType)) return true;
        }
        return false;
    }

    private static INamedTypeSymbol? Get(Compilation compilation, string metadataName) => compilation.GetTypeByMetadataName(metadataName);
}
