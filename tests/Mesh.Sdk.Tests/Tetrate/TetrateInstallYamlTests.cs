using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Tests.GatewayApi;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tests.Tetrate;

/// <summary>
/// TSB install objects written from C# equal, as parsed trees, the YAML published in the TSB docs,
/// domain.md (B8, MESH014, MESH032, MESH033) and the seed notes.
/// </summary>
public class TetrateInstallYamlTests
{
    private static ControlPlane ControlPlaneWith(params KubernetesOverlay[] overlays) => new()
    {
        Metadata = new() { Name = "controlplane", Namespace = "istio-system" },
        Spec = new()
        {
            Hub = "docker.io/tetrate",
            TelemetryStore = new() { Elastic = new() { Host = "elastic", Port = 5678 } },
            ManagementPlane = new() { Host = "tsb.tetrate.io", Port = 8443, ClusterName = "cluster" },
            Components = new() { Istio = new() { KubeSpec = new() { Overlays = [.. overlays] } } },
        },
    };

    private static string ComponentsOf(ControlPlane o) => ManifestWriter.WriteValue(o.Spec.Components!);

    [Test]
    public void Seed_control_plane_overlay_is_written_as_published()
    {
        // seeds/004 (TSB <= 1.4 graceful-drain page): the shape is right even though the advice is outdated (MESH014).
        const string seed = """
            spec:
              components:
                istio:
                  kubeSpec:
                    overlays:
                    - apiVersion: install.istio.io/v1alpha1
                      kind: IstioOperator
                      name: tsb-istiocontrolplane
                      patches:
                      - path: spec.meshConfig.defaultConfig.drainDuration
                        value: 50s
            """;
        var cp = ControlPlaneWith(KubernetesOverlay.IstioOperator(OverlayPatch.Set(OverlayPaths.DrainDuration, Duration.FromSeconds(50))));
        YamlTrees.AssertEqual(YamlTrees.At(YamlTrees.Parse(seed), "spec.components"), YamlTrees.Parse(ComponentsOf(cp)));
        // B8 names the same overlay
        Assert.That(ManifestWriter.Write(cp), Does.Contain("  components:\n    istio:\n      kubeSpec:\n        overlays:\n"));
    }

    [Test]
    public void Mesh014_good_and_bad_patches_are_written_as_in_domain_md()
    {
        var bad = OverlayPatch.MeshDefaultConfig("drainDuration", Duration.FromSeconds(50));
        var good = OverlayPatch.MeshDefaultConfig("terminationDrainDuration", Duration.FromSeconds(50));
        Assert.Multiple(() =>
        {
            YamlTrees.AssertEqual("[{path: spec.meshConfig.defaultConfig.drainDuration, value: 50s}]", ManifestWriter.WriteValue(new List<OverlayPatch> { bad }));
            YamlTrees.AssertEqual("{path: spec.meshConfig.defaultConfig.terminationDrainDuration, value: 50s}", ManifestWriter.WriteValue(good));
            Assert.That(good.Path, Is.EqualTo(OverlayPaths.TerminationDrainDuration));
        });
    }

    [Test]
    public void Mesh033_two_overlays_on_one_object_are_written_as_in_domain_md()
    {
        const string expected = """
            overlays:
            - {apiVersion: install.istio.io/v1alpha1, kind: IstioOperator, name: tsb-istiocontrolplane, patches: [{path: spec.meshConfig.defaultConfig.terminationDrainDuration, value: 20s}]}
            - {apiVersion: install.istio.io/v1alpha1, kind: IstioOperator, name: tsb-istiocontrolplane, patches: [{path: spec.values.global.proxy.resources, value: {}}]}
            """;
        var spec = new KubernetesComponentSpec
        {
            Overlays =
            [
                KubernetesOverlay.IstioOperator(OverlayPatch.Set(OverlayPaths.TerminationDrainDuration, Duration.FromSeconds(20))),
                KubernetesOverlay.IstioOperator(OverlayPatch.Set("spec.values.global.proxy.resources", new Dictionary<string, object?>())),
            ],
        };
        YamlTrees.AssertEqual(expected, ManifestWriter.WriteValue(spec));
        Assert.That(spec.Overlays[1].Patches[0].Value, Is.SameAs(OverlayValues.EmptyMap), "an empty map is kept as {}");
    }

    [Test]
    public void Full_control_plane_equals_the_tsb_reference_example_with_the_overlay()
    {
        const string expected = """
            apiVersion: install.tetrate.io/v1alpha1
            kind: ControlPlane
            metadata:
              name: controlplane
              namespace: istio-system
            spec:
              hub: docker.io/tetrate
              telemetryStore:
                elastic:
                  host: elastic
                  port: 5678
              managementPlane:
                host: tsb.tetrate.io
                port: 8443
                clusterName: cluster
              components:
                istio:
                  kubeSpec:
                    overlays:
                    - apiVersion: install.istio.io/v1alpha1
                      kind: IstioOperator
                      name: tsb-istiocontrolplane
                      patches:
                      - path: spec.meshConfig.defaultConfig.terminationDrainDuration
                        value: 50s
                      - path: spec.meshConfig.defaultConfig.proxyMetadata
                        value:
                          EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
                      - path: spec.meshConfig.defaultConfig.holdApplicationUntilProxyStarts
                        value: true
            """;
        var cp = ControlPlaneWith(KubernetesOverlay.IstioOperator(
            OverlayPatch.MeshDefaultConfig("terminationDrainDuration", Duration.FromSeconds(50)),
            OverlayPatch.Set(OverlayPaths.ProxyMetadata, new Dictionary<string, object?> { ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS"] = "true" }),
            OverlayPatch.Set(OverlayPaths.HoldApplicationUntilProxyStarts, true)));
        YamlTrees.AssertEqual(expected, ManifestWriter.Write(cp));
    }

    [Test]
    public void Seed_ingress_gateway_connection_drain_duration_is_written_as_published()
    {
        // seeds/004 and T1: `kind: IngressGateway ... spec: connectionDrainDuration: 10s`
        const string seed = """
            apiVersion: install.tetrate.io/v1alpha1
            kind: IngressGateway
            metadata:
              name: helloworld-gateway
            spec:
              connectionDrainDuration: 10s
            """;
        var gw = new IngressGateway { Metadata = new() { Name = "helloworld-gateway" }, Spec = new() { ConnectionDrainDuration = Duration.FromSeconds(10) } };
        YamlTrees.AssertEqual(seed, ManifestWriter.Write(gw));
    }

    [Test]
    public void Mesh032_good_gateway_with_a_grace_period_overlay_is_written_as_in_domain_md()
    {
        const string expected = """
            spec:
              connectionDrainDuration: 20s
              kubeSpec:
                overlays:
                - {apiVersion: apps/v1, kind: Deployment, name: bookinfo-gw,
                   patches: [{path: spec.template.spec.terminationGracePeriodSeconds, value: 45}]}
            """;
        var gw = new IngressGateway
        {
            Metadata = new() { Name = "bookinfo-gw", Namespace = "bookinfo" },
            Spec = new()
            {
                ConnectionDrainDuration = Duration.FromSeconds(20),
                KubeSpec = new() { Overlays = [KubernetesOverlay.Deployment("bookinfo-gw", OverlayPatch.Set(OverlayPaths.TerminationGracePeriodSeconds, 45))] },
            },
        };
        YamlTrees.AssertEqual(YamlTrees.At(YamlTrees.Parse(expected), "spec"), YamlTrees.At(YamlTrees.Parse(ManifestWriter.Write(gw)), "spec"));
    }

    [Test]
    public void Empty_gateway_specs_are_written_as_the_minimal_reference_resource()
    {
        var egress = new EgressGateway { Metadata = new() { Name = "bookinfo", Namespace = "bookinfo" }, Spec = new() };
        var tier1 = new Tier1Gateway { Metadata = new() { Name = "tier1", Namespace = "tier1" }, Spec = new() { Revision = "canary" } };
        Assert.Multiple(() =>
        {
            YamlTrees.AssertEqual("""
                apiVersion: install.tetrate.io/v1alpha1
                kind: EgressGateway
                metadata: {name: bookinfo, namespace: bookinfo}
                spec: {}
                """, ManifestWriter.Write(egress));
            YamlTrees.AssertEqual("""
                apiVersion: install.tetrate.io/v1alpha1
                kind: Tier1Gateway
                metadata: {name: tier1, namespace: tier1}
                spec: {revision: canary}
                """, ManifestWriter.Write(tier1));
        });
    }

    [Test]
    public void Gateway_kube_spec_reuses_the_kubernetes_types()
    {
        const string expected = """
            apiVersion: install.tetrate.io/v1alpha1
            kind: IngressGateway
            metadata:
              name: bookinfo
              namespace: bookinfo
            spec:
              connectionDrainDuration: 1.500s
              revision: stable
              kubeSpec:
                deployment:
                  replicaCount: 2
                  resources:
                    requests: {cpu: 500m, memory: 256Mi}
                  podAnnotations:
                    proxy.istio.io/config: |
                      terminationDrainDuration: 20s
                  env:
                  - {name: LOG_LEVEL, value: info}
                  tolerations:
                  - {key: dedicated, operator: Equal, value: gateways, effect: NoSchedule}
                  strategy:
                    type: RollingUpdate
                    rollingUpdate: {maxSurge: 1, maxUnavailable: 0}
                  hpaSpec:
                    minReplicas: 2
                    maxReplicas: 10
                    metrics:
                    - type: Resource
                      resource: {name: cpu, targetAverageUtilization: 75}
                  podSecurityContext: {runAsNonRoot: true}
                  containerSecurityContext: {readOnlyRootFilesystem: true}
                service:
                  type: NodePort
                  annotations:
                    traffic.istio.io/nodeSelector: '{"beta.kubernetes.io/os": "linux"}'
                  labels: {tier: edge}
                serviceAccount:
                  imagePullSecrets: [{name: my-registry-creds}]
              eastWestOnly: false
            """;
        var gw = new IngressGateway
        {
            Metadata = new() { Name = "bookinfo", Namespace = "bookinfo" },
            Spec = new()
            {
                ConnectionDrainDuration = Duration.FromMilliseconds(1500),
                Revision = "stable",
                EastWestOnly = false,
                KubeSpec = new()
                {
                    Deployment = new()
                    {
                        ReplicaCount = 2,
                        Resources = new() { Requests = { [ResourceNames.Cpu] = "500m", [ResourceNames.Memory] = "256Mi" } },
                        PodAnnotations = { ["proxy.istio.io/config"] = "terminationDrainDuration: 20s\n" },
                        Env = [new() { Name = "LOG_LEVEL", Value = "info" }],
                        Tolerations = [new() { Key = "dedicated", Operator = TolerationOperator.Equal, Value = "gateways", Effect = TaintEffect.NoSchedule }],
                        Strategy = new() { Type = Mesh.Sdk.Kubernetes.Apps.V1.DeploymentStrategyType.RollingUpdate, RollingUpdate = new() { MaxSurge = 1, MaxUnavailable = 0 } },
                        HpaSpec = new() { MinReplicas = 2, MaxReplicas = 10, Metrics = [new() { Type = "Resource", Resource = new() { Name = "cpu", TargetAverageUtilization = 75 } }] },
                        PodSecurityContext = new() { RunAsNonRoot = true },
                        ContainerSecurityContext = new() { ReadOnlyRootFilesystem = true },
                    },
                    Service = new()
                    {
                        Type = ServiceType.NodePort,
                        Annotations = { ["traffic.istio.io/nodeSelector"] = """{"beta.kubernetes.io/os": "linux"}""" },
                        Labels = { ["tier"] = "edge" },
                    },
                    ServiceAccount = new() { ImagePullSecrets = [new() { Name = "my-registry-creds" }] },
                },
            },
        };
        YamlTrees.AssertEqual(expected, ManifestWriter.Write(gw));
    }

    [Test]
    public void Overlay_helpers_record_the_users_line_and_fill_the_istio_operator_target()
    {
        var patch = OverlayPatch.Set("spec.x", 1); var line = Line();
        var overlay = KubernetesOverlay.IstioOperator(patch);
        Assert.Multiple(() =>
        {
            Assert.That(patch.Origin.FilePath, Does.EndWith("TetrateInstallYamlTests.cs"));
            Assert.That(patch.Origin.Line, Is.EqualTo(line));
            Assert.That(overlay.Origin, Is.EqualTo(patch.Origin));
            Assert.That((overlay.ApiVersion, overlay.Kind, overlay.Name), Is.EqualTo(("install.istio.io/v1alpha1", "IstioOperator", "tsb-istiocontrolplane")));
        });

        static int Line([System.Runtime.CompilerServices.CallerLineNumber] int l = 0) => l;
    }
}
