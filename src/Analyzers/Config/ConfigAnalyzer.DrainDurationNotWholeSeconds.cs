using System;
using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Config;

/// <summary>
/// MESH002: drainDuration not whole seconds or below 1s, on a mesh ProxyConfig creation whose
/// DrainDuration is built from constants (<c>Duration.FromMilliseconds(1500)</c>), and in a
/// hand-written <c>proxy.istio.io/config</c> annotation (reported at its metadata, see MESH001).
/// </summary>
internal sealed partial class ConfigAnalyzer
{
    /// <summary>Fixer data: the whole seconds to use.</summary>
    public const string WholeSecondsProperty = "WholeSeconds";

    private static void DrainDurationNotWholeSeconds(MeshRuleContext context, IObjectCreationOperation proxyConfig)
    {
        if (Duration(Member(proxyConfig, "DrainDuration")) is not { } drain) return;
        var config = ProxyConfigFacts.Of(proxyConfig, context.Symbols);
        var subject = config.Scope(context.Symbols, out var pod, out var operatorSpec) switch
        {
            ProxyConfigScope.Pod => pod!.Subject(),
            ProxyConfigScope.Mesh => Subjects.Of(operatorSpec!, context.Symbols, "IstioOperator") + " meshConfig.defaultConfig",
            _ => Subjects.Of(proxyConfig, context.Symbols, "ProxyConfig"),
        };
        ReportDrain(context, proxyConfig, subject, drain, Text(drain));
    }

    /// <summary>Reports MESH002 when <paramref name="drain"/> is below 1s or has a fraction of a second.</summary>
    private static void ReportDrain(MeshRuleContext context, IOperation subject, string subjectText, TimeSpan drain, string written)
    {
        string problem;
        if (drain < TimeSpan.FromSeconds(1)) problem = "less than 1s";
        else if (drain.Ticks % TimeSpan.TicksPerSecond != 0) problem = "not whole seconds";
        else return;
        var whole = Math.Max(1, CeilSeconds(drain));
        context.Report(
            DiagnosticDescriptors.DrainDurationNotWholeSeconds,
            subject,
            null,
            ImmutableDictionary<string, string?>.Empty.Add(WholeSecondsProperty, PodFacts.Seconds(whole)),
            subjectText,
            written,
            problem,
            PodFacts.Seconds(whole) + "s");
    }
}
