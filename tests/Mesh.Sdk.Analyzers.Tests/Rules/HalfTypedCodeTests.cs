using Microsoft.CodeAnalysis;
using static Mesh.Sdk.Analyzers.Tests.AnalyzerTest;

namespace Mesh.Sdk.Analyzers.Tests.Rules;

/// <summary>
/// Every mesh rule fed code as it looks while being typed: missing braces, values, arguments and
/// members. The compiler reports the errors; the analyzers must neither throw (AD0001) nor guess.
/// </summary>
public sealed class HalfTypedCodeTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Container_MissingValues", """
            yield return new Deployment { Metadata = new() { Name = "w" }, Spec = new() { Selector = new(), Template = new() { Spec = new() {
                TerminationGracePeriodSeconds = ,
                Containers = [new() { Name = , Image = "a", Ports = [new() { Port = }], Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = } } } }],
            """);
        yield return Case("Container_ExecCommandUnfinished", """
            yield return new Pod { Metadata = new() { Name = "p" }, Spec = new() { Containers = [new() { Name = "istio-proxy", Image = "x", Ports = [new() { Port = 1 }],
                Lifecycle = new() { PreStop = new() { Exec = new() { Command = ["/bin/sh", "-c", "sleep
            """);
        yield return Case("PodSpec_UnknownMembersAndTypes", """
            yield return new Deployment { Metadata = new() { Name = "w" }, Spec = new() { Selector = new(), Template = new() {
                Metadata = new TemplateMetadata { Labels = { [Missing] = "true" } }.InjectSidecar().UseNativeSidecar(maybe).SetProxyConfig(new ProxyConfig { DrainDuration = Duration.FromSeconds(), Bogus = 1 }),
                Spec = new() { TerminationGracePeriodSeconds = "30", Containers = [new Containr { }, .. , new() { Lifecycle = lifecycle }] } } } };
            """);
        yield return Case("ProxyConfig_Unfinished", """
            yield return new IstioOperator { Metadata = new() { Name = "cp" }, Spec = new() { MeshConfig = new() { DefaultConfig = new() {
                DrainDuration = Duration.FromMilliseconds(,
                TerminationDrainDuration = Duration.Parse(),
                ProxyMetadata = { [ProxyMetadataKeys.ExitOnZeroActiveConnections] = },
                GatewayTopology = new() { ForwardClientCertDetails = ForwardClientCertDetails. },
            """);
        yield return Case("IstioOperator_ValuesUnfinished", """
            yield return new IstioOperator { Metadata = new() { Name = "cp" }, Spec = new() { Profile = , Components = new() { IngressGateways = [new() { Enabled = , K8s = new() { Service = new() { Type = } } }] },
                Values = new() { Pilot = new() { Env = { [PilotEnv.EnableNativeSidecars] = } }, Global = new() { Variant = , Proxy = new() { HoldApplicationUntilProxyStarts = , Lifecycle = new() { PreStop = new() { Exec = } } } } } } };
            """);
        yield return Case("Hpa_Unfinished", """
            yield return new Deployment { Metadata = new() { Name = "w" }, Spec = new() { Selector = new(), Template = new() { Metadata = new TemplateMetadata().InjectSidecar(true), Spec = new() { Containers = [new() { Name = "app", Image = "a" }] } } } };
            yield return new HorizontalPodAutoscaler { Metadata = new() { Name = "w" }, Spec = new() { ScaleTargetRef = new() { Kind = "Deployment", Name = }, MaxReplicas = 3,
                Metrics = [new() { Type = MetricSourceType.Resource, Resource = new() { Name = } }, new() { Type = MetricSourceType.ContainerResource, ContainerResource = new() { Container = } }, new() { Type = }] } };
            yield return new HorizontalPodAutoscaler { Spec = new() { ScaleTargetRef = new() { Kind = "Deployment", Name = "w" }, Metrics = [new() { Type = MetricSourceType.Resource
            """);
        yield return Case("DestinationRule_Unfinished", """
            yield return new DestinationRule { Metadata = new() { Name = "d" }, Spec = new() { Host = "h", TrafficPolicy = new() { LoadBalancer = new() {
                Simple = SimpleLoadBalancer., ConsistentHash = new() { }, WarmupDurationSecs = , Warmup = new() { Duration = , Aggression = , MinimumPercent = "x" } } } } };
            """);
        yield return Case("MeshedService_Unfinished", """
            var s = new MeshedService { Name = , Image = "i", PreStopDelay = Duration.FromSeconds(, Sidecar = SidecarMode., Autoscaling = new() { } };
            foreach (var o in s.Expand(TargetVersions.Default)) yield return o;
            """);
        yield return Case("Annotation_Unfinished", """
            yield return new Pod { Metadata = new() { Name = "p", Annotations = { [IstioAnnotations.ProxyConfig] = "{\"drainDuration\": \"1.5s\", [", [IstioAnnotations.ProxyConfig] = } },
                Spec = new() { Containers = [new() { Name = "a", Image = "i" }] } };
            yield return new Pod { Metadata = new ObjectMeta { Annotations = { [IstioAnnotations.ProxyConfig] = "a:\n\tb: c\n  :\n" } }.SetProxyConfig(, Spec = new() };
            """);
        yield return Case("Service_Unfinished", """
            yield return new Deployment { Metadata = new() { Name = "g" }, Spec = new() { Selector = new(), Template = new() {
                Metadata = new TemplateMetadata { Labels = { ["istio"] = "ingressgateway" } }.SetProxyConfig(new ProxyConfig { GatewayTopology = new() { ForwardClientCertDetails = ForwardClientCertDetails.AlwaysForwardOnly } }),
                Spec = new() { Containers = [new() { Name = "istio-proxy", Image = "auto" }] } } } };
            yield return new Service { Metadata = new() { Name = "g" }, Spec = new() { Type = ServiceType.LoadBalancer, Selector = { [ = "ingressgateway" } } };
            """);
        yield return Case("Statements_Cut_Midway", """
            yield return new Deployment { Spec = new() { Template = new() { Spec = new() { Containers = [ new() { Lifecycle = new() { PreStop = new() { Sleep = new
            """);

        static TestCaseData Case(string name, string statements) => new TestCaseData(statements).SetName("HalfTyped_" + name);
    }

    [TestCaseSource(nameof(Cases))]
    public async Task HalfTypedCodeNeverThrowsOnAnyTarget(string statements)
    {
        var compilation = CompileMesh(InBuild(statements));
        Assert.That(compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error), Is.True, "the case should be broken code");

        foreach (var (kubernetes, istio) in new[] { ((string?)null, (string?)null), ("1.26", "1.18"), ("1.31", "1.22"), ("not-a-version", "") })
        {
            var diagnostics = await AnalyzeAsync(compilation, kubernetes, istio);

            Assert.That(diagnostics.Select(d => d.Id), Has.None.EqualTo("AD0001").And.All.StartsWith("MESH"), $"targets {kubernetes}/{istio}");
        }
    }
}
