using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Lifecycle;

/// <summary>
/// MESH016: a shell or netstat preStop on istio-proxy.
/// Visible in source: <c>values.global.proxy.lifecycle.preStop.exec</c> in an IstioOperator (reported
/// at the ProxyValues creation), or a user container named <c>istio-proxy</c> in a pod template
/// (reported at that Container), whose command has a shell (sh, bash...) or netstat among its
/// constant elements. Error instead of Warning when the proxy image is visibly distroless:
/// values.global.variant or meshConfig.defaultConfig.image.imageType of the same IstioOperator; the
/// pod's sidecar.istio.io/proxyImageType annotation or ProxyConfig image type.
/// </summary>
internal sealed partial class LifecycleAnalyzer
{
    /// <summary>Fixer data: "true" when the proxy image is distroless.</summary>
    public const string DistrolessProperty = "Distroless";

    private const string Distroless = "distroless";

    private static void ShellPreStopOnProxyValues(MeshRuleContext context, IObjectCreationOperation proxyValues)
    {
        var symbols = context.Symbols;
        var command = ShellCommand(Creation(Member(proxyValues, "Lifecycle"), symbols), symbols);
        if (command is null) return;

        var global = Owner(proxyValues, symbols, out var property, out _);
        var distroless = false;
        if (MeshSymbols.Is(global?.Type, symbols.GlobalValues) && property == "Proxy")
        {
            distroless = String(Member(global, "Variant")) == Distroless;
            var spec = Owner(global!, symbols) is { } values && MeshSymbols.Is(values.Type, symbols.IstioValues) ? Owner(values, symbols) : null;
            if (MeshSymbols.Is(spec?.Type, symbols.IstioOperatorSpec))
            {
                var defaultConfig = Creation(Member(Creation(Member(spec, "MeshConfig"), symbols), "DefaultConfig"), symbols);
                if (defaultConfig is not null && ProxyConfigFacts.Of(defaultConfig, symbols).ImageType == Distroless) distroless = true;
            }
        }
        Report(context, proxyValues, Subjects.Of(proxyValues, symbols, "IstioOperator") + " values.global.proxy", command, distroless);
    }

    private static void ShellPreStopOnProxyContainer(MeshRuleContext context, IObjectCreationOperation container)
    {
        var symbols = context.Symbols;
        if (String(Member(container, "Name")) != "istio-proxy") return;
        var command = ShellCommand(Creation(Member(container, "Lifecycle"), symbols), symbols);
        if (command is null) return;
        var podSpec = Owner(container, symbols, out var property, out _);
        if (!MeshSymbols.Is(podSpec?.Type, symbols.PodSpec) || property is not ("Containers" or "InitContainers")) return;
        var pod = PodFacts.FromSpec(podSpec!, symbols);
        var distroless = pod.Annotation(PodFacts.ProxyImageTypeAnnotation) == Distroless
            || (pod.ProxyConfig is { } pc && ProxyConfigFacts.Of(pc, symbols).ImageType == Distroless);
        Report(context, container, pod.Subject(), command, distroless);
    }

    /// <summary>The preStop exec command's visible text when it uses a shell or netstat, else null.</summary>
    private static string? ShellCommand(IObjectCreationOperation? lifecycle, MeshSymbols symbols)
    {
        var handler = Creation(Member(lifecycle, "PreStop"), symbols);
        var exec = Creation(Member(handler, "Exec"), symbols);
        if (exec is null) return null;
        var command = ContainerFacts.Command(exec, out _).Where(c => c is not null).Select(c => c!).ToList();
        if (!command.Any(c => ContainerFacts.IsShell(c) || c.Contains("netstat"))) return null;
        var text = string.Join(" ", command);
        return text.Length > 80 ? text.Substring(0, 77) + "..." : text;
    }

    private static void Report(MeshRuleContext context, IObjectCreationOperation subject, string subjectText, string command, bool distroless)
    {
        context.Report(
            DiagnosticDescriptors.ShellPreStopOnProxy,
            subject,
            distroless ? DiagnosticSeverity.Error : null,
            ImmutableDictionary<string, string?>.Empty.Add(DistrolessProperty, distroless ? "true" : "false"),
            subjectText,
            command,
            distroless
                ? ", which the distroless proxy image cannot run (it has no shell and no netstat)"
                : ", which needs a shell and netstat in the proxy image (the distroless image has neither)");
    }
}
