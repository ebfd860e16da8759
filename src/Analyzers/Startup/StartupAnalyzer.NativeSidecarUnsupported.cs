using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Startup;

/// <summary>
/// MESH023: native sidecars requested where the target versions do not support them.
/// Visible in source: the pod annotation <c>sidecar.istio.io/nativeSidecar: "true"</c>
/// (UseNativeSidecar(true)) on a PodSpec's template; <c>Sidecar = SidecarMode.Native</c> on a
/// MeshedService; <c>values.pilot.env.ENABLE_NATIVE_SIDECARS = "true"</c> on an IstioOperator's
/// PilotValues. Error below Kubernetes 1.29 (SidecarContainers beta) or Istio 1.19; Warning for the
/// per-pod annotation below Istio 1.24, which ignores it.
/// </summary>
internal sealed partial class StartupAnalyzer
{
    private static void NativeSidecarUnsupportedOnPod(MeshRuleContext context, IObjectCreationOperation podSpec)
    {
        var pod = PodFacts.FromSpec(podSpec, context.Symbols);
        if (pod.Annotation(PodFacts.NativeSidecarAnnotation) != "true" || pod.Injected == false) return;
        var request = pod.NativeSource ?? PodFacts.NativeSidecarAnnotation + ": \"true\"";
        Check(context, podSpec, pod.Subject(), request, perPod: true);
    }

    private static void NativeSidecarUnsupportedOnMeshedService(MeshRuleContext context, IObjectCreationOperation service)
    {
        if (EnumMember(Member(service, "Sidecar")) != "Native") return;
        Check(context, service, Subjects.MeshedService(service, "Deployment"), "Sidecar = SidecarMode.Native", perPod: true);
    }

    private static void NativeSidecarUnsupportedOnPilot(MeshRuleContext context, IObjectCreationOperation pilot)
    {
        var entries = Entries(Member(pilot, "Env"), out _);
        if (String(Entry(entries, MeshDefaults.EnableNativeSidecars)) != "true") return;
        Check(context, pilot, Subjects.Of(pilot, context.Symbols, "IstioOperator") + " values.pilot", MeshDefaults.EnableNativeSidecars + "=true", perPod: false);
    }

    private static void Check(MeshRuleContext context, IObjectCreationOperation subject, string subjectText, string request, bool perPod)
    {
        var targets = context.Targets;
        string reason;
        var severity = DiagnosticSeverity.Error;
        if (!targets.KubernetesAtLeast(1, 29))
            reason = "Kubernetes runs native sidecars from 1.29 (" + targets.Kubernetes + ")";
        else if (!targets.IstioAtLeast(1, 19))
            reason = "Istio supports native sidecars from 1.19 (" + targets.Istio + ")";
        else if (perPod && !targets.IstioAtLeast(1, 24))
        {
            reason = "Istio reads the per-pod nativeSidecar annotation from 1.24 and ignores it before (" + targets.Istio + ")";
            severity = DiagnosticSeverity.Warning;
        }
        else
            return;
        context.Report(DiagnosticDescriptors.NativeSidecarUnsupported, subject, severity, null, subjectText, request, reason);
    }
}
