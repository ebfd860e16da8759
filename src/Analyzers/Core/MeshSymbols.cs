using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>
/// The Mesh.Sdk model types the mesh rules look at, resolved once per compilation by metadata name.
/// A type the referenced Mesh.Sdk does not have is null and its rules stay silent.
/// </summary>
/// <remarks>
/// One instance per compilation, shared by every mesh analyzer (<see cref="For"/>), so it also holds
/// the per-compilation caches: model-type checks, and the facts read from a creation's initializer
/// tree (<see cref="PodFacts"/>, <see cref="ProxyConfigFacts"/>, the creations of a method body),
/// which several rules of several analyzers read for the same creation. Everything is keyed by the
/// compiler's own objects in weak tables, so nothing outlives the compilation (an edit in the IDE
/// is a new compilation, hence fresh caches).
/// </remarks>
internal sealed class MeshSymbols
{
    private static readonly ConditionalWeakTable<Compilation, Box> PerCompilation = new();

    private readonly ConcurrentDictionary<ITypeSymbol, bool> _isModel = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _isKubernetesObject = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, string> _kinds = new(SymbolEqualityComparer.Default);
    private readonly ConditionalWeakTable<IObjectCreationOperation, PodFacts> _podsBySpec = new();
    private readonly ConditionalWeakTable<IObjectCreationOperation, PodFacts> _podsByHolder = new();
    private readonly ConditionalWeakTable<IObjectCreationOperation, ProxyConfigFacts> _proxyConfigs = new();
    private readonly ConditionalWeakTable<IOperation, BodyIndex> _bodies = new();
    private readonly HashSet<ISymbol> _ruleSubjects = new(SymbolEqualityComparer.Default);

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
        // The types the rule families dispatch on (AnalyzeCreation of each *Analyzer.cs): only their
        // creations are handed to the rules; a rule on a new type must add it here.
        foreach (var subject in new[]
        {
            Container, PodSpec, ProxyValues, ProxyConfig, MeshedService, MetricSpec, Topology, PilotValues,
            TemplateMetadata, ObjectMeta, LoadBalancerSettings,
        })
        {
            if (subject is not null) _ruleSubjects.Add(subject);
        }
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

    /// <summary>The compilation's symbols (created once, shared by all mesh analyzers), or null when it does not reference Mesh.Sdk.</summary>
    public static MeshSymbols? For(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => new Box(Create(c))).Symbols;

    /// <summary>New symbols (no shared caches), or null when the compilation does not reference Mesh.Sdk.</summary>
    public static MeshSymbols? Create(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Mesh.Sdk.Model.ModelObject") is { } modelObject
            ? new MeshSymbols(compilation, modelObject)
            : null;

    /// <summary>True for <paramref name="expected"/> itself (null never matches).</summary>
    [MethodImpl(Jit.Optimized)]
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

    /// <summary>True for Mesh.Sdk model objects (and generated CRD kinds) deriving from ModelObject.</summary>
    public bool IsModel(ITypeSymbol? type) => Cached(_isModel, type, ModelObject);

    /// <summary>True for the model types some mesh rule checks (a Container, a PodSpec, a MetricSpec...): the creations the analyzers are handed.</summary>
    [MethodImpl(Jit.Optimized)]
    public bool IsRuleSubject(INamedTypeSymbol type) => _ruleSubjects.Contains(type.OriginalDefinition);

    /// <summary>True for Kubernetes objects (they have kind, metadata.name and namespace).</summary>
    public bool IsKubernetesObject(ITypeSymbol? type) => Cached(_isKubernetesObject, type, KubernetesObject);

    [MethodImpl(Jit.Optimized)]
    private static bool Cached(ConcurrentDictionary<ITypeSymbol, bool> cache, ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (type is null) return false;
        if (cache.TryGetValue(type, out var known)) return known;
        var result = DerivesFrom(type, baseType);
        cache.TryAdd(type, result);
        return result;
    }

    /// <summary><see cref="Subjects.Kind"/>, once per type.</summary>
    public string KindOf(ITypeSymbol? type) => type is null ? Subjects.Kind(null) : _kinds.GetOrAdd(type, Subjects.Kind);

    /// <summary>The pod facts around a PodSpec creation, read once per compilation.</summary>
    internal PodFacts PodOfSpec(IObjectCreationOperation spec, ConditionalWeakTable<IObjectCreationOperation, PodFacts>.CreateValueCallback create) =>
        _podsBySpec.GetValue(spec, create);

    /// <summary>The pod facts of a PodTemplateSpec or Pod creation, read once per compilation.</summary>
    internal PodFacts PodOfHolder(IObjectCreationOperation holder, ConditionalWeakTable<IObjectCreationOperation, PodFacts>.CreateValueCallback create) =>
        _podsByHolder.GetValue(holder, create);

    /// <summary>The facts of a ProxyConfig creation, read once per compilation.</summary>
    internal ProxyConfigFacts ProxyConfigOf(IObjectCreationOperation creation, ConditionalWeakTable<IObjectCreationOperation, ProxyConfigFacts>.CreateValueCallback create) =>
        _proxyConfigs.GetValue(creation, create);

    /// <summary>The model creations of the method body (operation tree root) that holds <paramref name="operation"/>, walked once.</summary>
    internal BodyIndex Body(IOperation operation) =>
        _bodies.GetValue(Workloads.Root(operation), root => new BodyIndex(root, this));

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

    /// <summary>A weak-table value for "no Mesh.Sdk" too.</summary>
    private sealed class Box
    {
        public Box(MeshSymbols? symbols) => Symbols = symbols;

        public MeshSymbols? Symbols { get; }
    }
}
