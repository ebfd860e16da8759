using System.Collections.Immutable;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Startup;

/// <summary>
/// MESH022: <c>values.global.proxy.holdApplicationUntilProxyStarts</c> set, on the ProxyValues
/// creation that sets it (any value; the property is also [Obsolete], CS0618).
/// </summary>
internal sealed partial class StartupAnalyzer
{
    /// <summary>Fixer data: the value set ("true", "false"; empty when not constant).</summary>
    public const string HoldValueProperty = "HoldValue";

    private static void DeprecatedHoldValue(MeshRuleContext context, IObjectCreationOperation proxyValues)
    {
        var hold = Member(proxyValues, "HoldApplicationUntilProxyStarts");
        if (hold is null || IsNull(hold)) return;
        var value = Boolean(hold) switch { true => "true", false => "false", _ => "" };
        context.Report(
            DiagnosticDescriptors.DeprecatedHoldValue,
            proxyValues,
            null,
            ImmutableDictionary<string, string?>.Empty.Add(HoldValueProperty, value),
            ProxyValuesSubject(proxyValues, context.Symbols));
    }

    /// <summary>"IstioOperator istio-system/control-plane values.global.proxy".</summary>
    internal static string ProxyValuesSubject(IObjectCreationOperation proxyValues, MeshSymbols symbols) =>
        Subjects.Of(proxyValues, symbols, "IstioOperator") + " values.global.proxy";
}
