using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>Whether a setting is visibly on, off, not set, or not visible.</summary>
internal enum Setting
{
    Absent,
    On,
    Off,
    Unknown,
}

/// <summary>Where a mesh ProxyConfig applies.</summary>
internal enum ProxyConfigScope
{
    /// <summary>Not visible (a variable, a helper).</summary>
    Unknown,

    /// <summary>One pod template: <c>SetProxyConfig(new ProxyConfig { ... })</c> on its metadata.</summary>
    Pod,

    /// <summary>The mesh default: <c>IstioOperator.Spec.MeshConfig.DefaultConfig</c>.</summary>
    Mesh,
}

/// <summary>
/// What a mesh ProxyConfig creation (<c>Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig</c>) shows: the
/// drain settings, hold, EXIT_ON_ZERO_ACTIVE_CONNECTIONS and MINIMUM_DRAIN_DURATION (through the
/// typed properties or <c>ProxyMetadata</c> entries, in initializer order), and where it applies.
/// </summary>
internal sealed class ProxyConfigFacts
{
    public const string ExitOnZeroKey = "EXIT_ON_ZERO_ACTIVE_CONNECTIONS";
    public const string MinimumDrainKey = "MINIMUM_DRAIN_DURATION";
    public static readonly TimeSpan DefaultDrainDuration = TimeSpan.FromSeconds(45);
    public static readonly TimeSpan DefaultTerminationDrainDuration = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan DefaultMinimumDrainDuration = TimeSpan.FromSeconds(5);

    private ProxyConfigFacts(IObjectCreationOperation creation, MeshSymbols symbols)
    {
        Creation = creation;
        DrainDurationSet = HasMember(creation, "DrainDuration") && !IsNull(Member(creation, "DrainDuration"));
        DrainDuration = DrainDurationSet ? Duration(Member(creation, "DrainDuration")) : null;
        TerminationDrainDurationSet = HasMember(creation, "TerminationDrainDuration") && !IsNull(Member(creation, "TerminationDrainDuration"));
        TerminationDrainDuration = TerminationDrainDurationSet ? Duration(Member(creation, "TerminationDrainDuration")) : null;
        var hold = Member(creation, "HoldApplicationUntilProxyStarts");
        Hold = hold is null || IsNull(hold) ? Setting.Absent : Boolean(hold) switch { true => Setting.On, false => Setting.Off, _ => Setting.Unknown };
        ImageType = String(Member(InitializerReader.Creation(Member(creation, "Image"), symbols), "ImageType"));
        GatewayTopology = InitializerReader.Creation(Member(creation, "GatewayTopology"), symbols);
        ReadMetadata();
    }

    public IObjectCreationOperation Creation { get; }

    public bool DrainDurationSet { get; }

    /// <summary>drainDuration when set and visible.</summary>
    public TimeSpan? DrainDuration { get; }

    public bool TerminationDrainDurationSet { get; }

    /// <summary>terminationDrainDuration when set and visible.</summary>
    public TimeSpan? TerminationDrainDuration { get; }

    public Setting Hold { get; }

    /// <summary>proxyMetadata.EXIT_ON_ZERO_ACTIVE_CONNECTIONS.</summary>
    public Setting ExitOnZero { get; private set; }

    /// <summary>proxyMetadata.MINIMUM_DRAIN_DURATION when set and visible.</summary>
    public TimeSpan? MinimumDrainDuration { get; private set; }

    public bool MinimumDrainDurationSet { get; private set; }

    /// <summary>image.imageType when constant.</summary>
    public string? ImageType { get; }

    /// <summary>The gatewayTopology creation.</summary>
    public IObjectCreationOperation? GatewayTopology { get; }

    public static ProxyConfigFacts Of(IObjectCreationOperation creation, MeshSymbols symbols) =>
        symbols.ProxyConfigOf(creation, c => new ProxyConfigFacts(c, symbols));

    /// <summary>
    /// Where the ProxyConfig applies: a pod (with its facts) or the mesh default (with the
    /// IstioOperator spec creation).
    /// </summary>
    public ProxyConfigScope Scope(MeshSymbols symbols, out PodFacts? pod, out IObjectCreationOperation? operatorSpec)
    {
        pod = null;
        operatorSpec = null;
        var owner = Owner(Creation, symbols, out var property, out var extension);
        if (extension == "SetProxyConfig" && property == "Metadata"
            && (MeshSymbols.Is(owner?.Type, symbols.PodTemplateSpec) || MeshSymbols.Is(owner?.Type, symbols.Pod)))
        {
            pod = PodFacts.FromHolder(owner!, symbols);
            return ProxyConfigScope.Pod;
        }
        if (MeshSymbols.Is(owner?.Type, symbols.MeshConfig) && property == "DefaultConfig"
            && Owner(owner!, symbols, out var meshProperty, out _) is { } spec && MeshSymbols.Is(spec.Type, symbols.IstioOperatorSpec) && meshProperty == "MeshConfig")
        {
            operatorSpec = spec;
            return ProxyConfigScope.Mesh;
        }
        return ProxyConfigScope.Unknown;
    }

    private void ReadMetadata()
    {
        ExitOnZero = Setting.Absent;
        if (Creation.Initializer is null) return;
        foreach (var init in Creation.Initializer.Initializers)
        {
            switch (init)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "ExitOnZeroActiveConnections" } } a:
                    ExitOnZero = IsNull(a.Value) ? Setting.Absent : Boolean(a.Value) switch { true => Setting.On, false => Setting.Off, _ => Setting.Unknown };
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "MinimumDrainDuration" } } a:
                    MinimumDrainDurationSet = !IsNull(a.Value);
                    MinimumDrainDuration = MinimumDrainDurationSet ? Duration(a.Value) : null;
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "ProxyMetadata" } } a:
                    // Replaces the dictionary: what was set before is gone.
                    ExitOnZero = Setting.Absent;
                    MinimumDrainDurationSet = false;
                    MinimumDrainDuration = null;
                    Apply(a.Value);
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property.Name: "ProxyMetadata" } } m:
                    Apply(m);
                    break;
            }
        }
    }

    private void Apply(IOperation value)
    {
        var entries = Entries(value, out var complete);
        if (Entry(entries, ExitOnZeroKey) is { } exit)
        {
            ExitOnZero = GoBool(String(exit)) switch { true => Setting.On, false => Setting.Off, _ => Setting.Unknown };
        }
        else if (!complete)
        {
            ExitOnZero = Setting.Unknown;
        }
        if (Entry(entries, MinimumDrainKey) is { } min)
        {
            MinimumDrainDurationSet = true;
            MinimumDrainDuration = String(min) is { } text ? ParseGoDuration(text) : null;
        }
    }

    /// <summary>Go's strconv.ParseBool, as the proxy reads the variable.</summary>
    private static bool? GoBool(string? text) => text switch
    {
        "1" or "t" or "T" or "TRUE" or "true" or "True" => true,
        "0" or "f" or "F" or "FALSE" or "false" or "False" => false,
        _ => null,
    };
}
