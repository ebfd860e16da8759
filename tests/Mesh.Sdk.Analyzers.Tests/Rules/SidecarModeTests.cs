using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;
using static Mesh.Sdk.Analyzers.Tests.Rules.Sources;

namespace Mesh.Sdk.Analyzers.Tests.Rules;

/// <summary>
/// MESH018 (legacy settings under native sidecars), MESH020 (no start ordering) and MESH023
/// (native sidecars where the targets lack them).
/// </summary>
public sealed class SidecarModeTests
{
    private static string Pod(string calls) => Deployment(Injected + calls, AppWithSleep(5), "TerminationGracePeriodSeconds = 45,", "new() //!");

    [Test]
    public async Task TerminationDrainDurationUnderANativeSidecarIsInfoAtThePodSpec()
    {
        var source = Pod(".UseNativeSidecar(true).SetProxyConfig(new ProxyConfig { TerminationDrainDuration = Duration.FromSeconds(30), HoldApplicationUntilProxyStarts = true })");

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.That(diagnostics, Has.Length.EqualTo(1), string.Join("\n", diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics[0].Id, Is.EqualTo("MESH018"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Info));
            Assert.That(Line(diagnostics[0]), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(diagnostics[0]), Does.StartWith(
                "Deployment shop/web: setting holdApplicationUntilProxyStarts and terminationDrainDuration in the pod's ProxyConfig has no effect because the pod uses native sidecars (UseNativeSidecar(true))"));
        });
    }

    [Test]
    public async Task OnDefaultTargetsNativeSidecarsAreAssumedAndSaidSo()
    {
        var source = Pod(".SetProxyConfig(new ProxyConfig { ExitOnZeroActiveConnections = true })");

        var diagnostics = await AnalyzeMeshAsync(source);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(new[] { ("MESH018", MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.Contain(
                "(target Istio 1.30 (default) enables native sidecars by default on Kubernetes ≥ 1.33 (target Kubernetes 1.35 (default)))"));
        });
    }

    [TestCase("1.27", "MESH018", "(target Istio 1.27 enables native sidecars by default on Kubernetes ≥ 1.33 (target Kubernetes 1.33))")]
    [TestCase("1.26", null, null)]
    public async Task NativeSidecarsAreTheDefaultFromIstio127(string istio, string? id, string? assumption)
    {
        // istio#56428 shipped in 1.27 (compatibility-version-1.26.yaml sets ENABLE_NATIVE_SIDECARS=false).
        var source = Pod(".SetProxyConfig(new ProxyConfig { ExitOnZeroActiveConnections = true })");

        var diagnostics = await AnalyzeMeshAsync(source, kubernetes: "1.33", istio: istio);

        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(id is null ? Array.Empty<string>() : new[] { id }), string.Join("\n", diagnostics));
        if (assumption is not null) Assert.That(Message(diagnostics.Single()), Does.Contain(assumption));
    }

    [TestCase(".UseNativeSidecar(false).SetProxyConfig(new ProxyConfig { ExitOnZeroActiveConnections = true })", null, TestName = "Compliant_LegacyByAnnotation")]
    [TestCase(".SetProxyConfig(new ProxyConfig { ExitOnZeroActiveConnections = true })", "1.24", TestName = "Compliant_LegacyByTargetIstio")]
    [TestCase(".UseNativeSidecar(true).SetProxyConfig(new ProxyConfig { Concurrency = 2 })", null, TestName = "Compliant_NoLegacyKnob")]
    public async Task LegacyKnobsOnLegacySidecarsAreNotReported(string calls, string? istio)
    {
        var diagnostics = await AnalyzeMeshAsync(Pod(calls), istio: istio);

        Assert.That(diagnostics, Is.Empty);
    }

    [Test]
    public async Task HoldSwitchedOffOnALegacySidecarIsInfoAtThePodSpec()
    {
        var source = Pod(".SetProxyConfig(new ProxyConfig { HoldApplicationUntilProxyStarts = false })");

        var diagnostics = await AnalyzeMeshAsync(source, kubernetes: "1.28", istio: "1.22");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, d.Severity, Line(d))), Is.EqualTo(new[] { ("MESH020", DiagnosticSeverity.Info, MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.StartWith(
                "Deployment shop/web: the pod's ProxyConfig sets HoldApplicationUntilProxyStarts = false with a legacy sidecar (target Istio 1.22 does not enable native sidecars by default) but the sidecar is not started first"));
        });
    }

    [TestCase(".SetProxyConfig(new ProxyConfig { HoldApplicationUntilProxyStarts = true })", TestName = "Compliant_Hold")]
    [TestCase("", TestName = "Compliant_MeshWideHoldMayApply")]
    public async Task APodThatMayHoldIsNotReported(string calls)
    {
        var diagnostics = await AnalyzeMeshAsync(Pod(calls), kubernetes: "1.28", istio: "1.22");

        Assert.That(diagnostics, Is.Empty);
    }

    [TestCase("1.28", "1.30", "Kubernetes runs native sidecars from 1.29 (target Kubernetes 1.28)", "Error", TestName = "Mesh023_Kubernetes128")]
    [TestCase("1.30", "1.18", "Istio supports native sidecars from 1.19 (target Istio 1.18)", "Error", TestName = "Mesh023_Istio118")]
    [TestCase("1.30", "1.22", "Istio reads the per-pod nativeSidecar annotation from 1.24 and ignores it before (target Istio 1.22)", "Warning", TestName = "Mesh023_AnnotationIgnoredBefore124")]
    public async Task ANativeSidecarTheTargetsLackIsReportedAtThePodSpec(string kubernetes, string istio, string reason, string severity)
    {
        var source = Pod(".UseNativeSidecar(true)");

        var diagnostics = await AnalyzeMeshAsync(source, kubernetes, istio);

        var mesh023 = diagnostics.Single(d => d.Id == "MESH023");
        Assert.Multiple(() =>
        {
            Assert.That(mesh023.Severity.ToString(), Is.EqualTo(severity));
            Assert.That(Line(mesh023), Is.EqualTo(MarkedLines(source).Single()));
            Assert.That(Message(mesh023), Is.EqualTo($"Deployment shop/web: UseNativeSidecar(true) is requested but {reason}. Remove the opt-in or raise MeshKubernetesVersion/MeshIstioVersion"));
        });
    }

    [Test]
    public async Task ANativeMeshedServiceOnOldKubernetesIsReportedAtItsNewKeyword()
    {
        var source = InBuild("""
                var web = new MeshedService { Name = "web", Image = "web:1", Sidecar = SidecarMode.Native }; //!
                foreach (var o in web.Expand(TargetVersions.Default)) yield return o;
        """);

        var diagnostics = await AnalyzeMeshAsync(source, kubernetes: "1.27");

        Assert.That(diagnostics.Select(d => (d.Id, d.Severity, Line(d))), Is.EqualTo(new[] { ("MESH023", DiagnosticSeverity.Error, MarkedLines(source).Single()) }));
    }

    [Test]
    public async Task MeshWideNativeSidecarsOnOldKubernetesAreReportedAtThePilotValues()
    {
        var source = InBuild("""
                yield return new IstioOperator
                {
                    Metadata = new() { Name = "cp", Namespace = "istio-system" },
                    Spec = new() { Values = new() { Pilot = new() { Env = { [PilotEnv.EnableNativeSidecars] = "true" } } } }, //!
                };
        """);

        var diagnostics = await AnalyzeMeshAsync(source, kubernetes: "1.28");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.Id, Line(d))), Is.EqualTo(new[] { ("MESH023", MarkedLines(source).Single()) }));
            Assert.That(Message(diagnostics.Single()), Does.StartWith("IstioOperator istio-system/cp values.pilot: ENABLE_NATIVE_SIDECARS=true is requested"));
        });
    }

    [TestCase("1.29", "1.24", TestName = "Compliant_NativeSupported")]
    [TestCase(null, null, TestName = "Compliant_DefaultTargets")]
    public async Task ANativeSidecarTheTargetsSupportIsNotReported(string? kubernetes, string? istio)
    {
        Assert.That(await AnalyzeMeshAsync(Pod(".UseNativeSidecar(true)"), kubernetes, istio), Is.Empty);
    }
}
