using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Istio.Mesh.V1Alpha1;

namespace Mesh.Sdk.Tests.Istio;

/// <summary>IstioOperator written from C# equals the seed notes' and domain.md's examples.</summary>
public class IstioOperatorTests
{
    [Test]
    public void MeshConfig_defaultConfig_hold_drain_and_gateway_topology()
    {
        var iop = new IstioOperator
        {
            Metadata = new() { Name = "control-plane", Namespace = "istio-system" },
            Spec = new()
            {
                Profile = "default",
                Revision = "1-26",
                CompatibilityVersion = "1.26",
                MeshConfig = new()
                {
                    AccessLogFile = "/dev/stdout",
                    DefaultConfig = new()
                    {
                        HoldApplicationUntilProxyStarts = true,
                        TerminationDrainDuration = Duration.FromSeconds(10),
                        GatewayTopology = new() { NumTrustedProxies = 2, ForwardClientCertDetails = ForwardClientCertDetails.AppendForward },
                    },
                },
            },
        };
        IstioYaml.AssertWrites(iop, """
            apiVersion: install.istio.io/v1alpha1
            kind: IstioOperator
            metadata: {name: control-plane, namespace: istio-system}
            spec:
              profile: default
              revision: 1-26
              compatibilityVersion: "1.26"
              meshConfig:
                accessLogFile: /dev/stdout
                defaultConfig:
                  holdApplicationUntilProxyStarts: true
                  terminationDrainDuration: 10s
                  gatewayTopology:
                    numTrustedProxies: 2
                    forwardClientCertDetails: APPEND_FORWARD
            """);
    }

    [Test]
    public void Values_global_proxy_lifecycle_netstat_preStop_from_the_seed()
    {
        const string netstat = "while [ $(netstat -plunt | grep tcp | grep -v envoy | wc -l | xargs) -ne 0 ]; do sleep 1; done";
        var iop = new IstioOperator
        {
            Metadata = new() { Name = "installed-state" },
            Spec = new()
            {
                Values = new()
                {
                    Global = new()
                    {
                        Proxy = new()
                        {
                            Lifecycle = new() { PreStop = new() { Exec = new() { Command = ["/bin/sh", "-c", netstat] } } },
                            StartupProbe = new() { Enabled = true, FailureThreshold = 600 },
                            Resources = new() { Requests = { ["cpu"] = "100m", ["memory"] = "128Mi" } },
                            ReadinessPeriodSeconds = 15,
                            ReadinessFailureThreshold = 4,
                            StatusPort = 15020,
                        },
                    },
                    Pilot = new() { Env = { [PilotEnv.EnableNativeSidecars] = "true" } },
                },
            },
        };
        IstioYaml.AssertWrites(iop, """
            apiVersion: install.istio.io/v1alpha1
            kind: IstioOperator
            metadata: {name: installed-state}
            spec:
              values:
                global:
                  proxy:
                    lifecycle:
                      preStop:
                        exec:
                          command:
                          - /bin/sh
                          - -c
                          - "while [ $(netstat -plunt | grep tcp | grep -v envoy | wc -l | xargs) -ne 0 ]; do sleep 1; done"
                    resources: {requests: {cpu: 100m, memory: 128Mi}}
                    startupProbe: {enabled: true, failureThreshold: 600}
                    readinessPeriodSeconds: 15
                    readinessFailureThreshold: 4
                    statusPort: 15020
                pilot:
                  env: {ENABLE_NATIVE_SIDECARS: "true"}
            """);
    }

    [Test]
    public void Deprecated_values_hold_matches_the_MESH022_bad_example_and_is_obsolete()
    {
#pragma warning disable CS0618 // the deprecated field is what this test writes
        var proxy = new ProxyValues { HoldApplicationUntilProxyStarts = true };
#pragma warning restore CS0618
        var iop = new IstioOperator
        {
            Metadata = new() { Name = "legacy" },
            Spec = new() { Values = new() { Global = new() { Proxy = proxy } } },
        };
        IstioYaml.AssertWrites(iop, """
            apiVersion: install.istio.io/v1alpha1
            kind: IstioOperator
            metadata: {name: legacy}
            spec: {values: {global: {proxy: {holdApplicationUntilProxyStarts: true}}}}
            """);
        var obsolete = (ObsoleteAttribute)typeof(ProxyValues).GetProperty("HoldApplicationUntilProxyStarts")!
            .GetCustomAttributes(typeof(ObsoleteAttribute), false).Single();
        Assert.That(obsolete.Message, Does.Contain("meshConfig.defaultConfig"));
    }

    [Test]
    public void Components_gateways_k8s_and_overlays()
    {
        var iop = new IstioOperator
        {
            Metadata = new() { Name = "tsb-istiocontrolplane" },
            Spec = new()
            {
                MeshConfig = new()
                {
                    DefaultConfig = new() { ExitOnZeroActiveConnections = true },
                    OutboundTrafficPolicy = new() { Mode = Sdk.Istio.Networking.V1.OutboundTrafficPolicyMode.RegistryOnly },
                },
                Components = new()
                {
                    Pilot = new() { Enabled = true, K8s = new() { Env = [new() { Name = "PILOT_TRACE_SAMPLING", Value = "1" }], ReplicaCount = 2 } },
                    IngressGateways =
                    [
                        new()
                        {
                            Name = "istio-ingressgateway",
                            Enabled = true,
                            Label = { ["istio"] = "ingressgateway" },
                            K8s = new()
                            {
                                HpaSpec = new() { MinReplicas = 2, MaxReplicas = 5 },
                                PodDisruptionBudget = new() { MaxUnavailable = 1 },
                                PodAnnotations = { ["proxy.istio.io/config"] = "terminationDrainDuration: 20s\n" },
                                ServiceAnnotations = { ["service.beta.kubernetes.io/aws-load-balancer-type"] = "nlb" },
                                Overlays =
                                [
                                    new()
                                    {
                                        ApiVersion = "apps/v1",
                                        Kind = "Deployment",
                                        Name = "istio-ingressgateway",
                                        Patches =
                                        [
                                            new() { Path = "spec.template.spec.terminationGracePeriodSeconds", Value = 45 },
                                            new() { Path = "spec.meshConfig.defaultConfig.terminationDrainDuration", Value = Duration.FromSeconds(50) },
                                        ],
                                    },
                                ],
                            },
                        },
                    ],
                },
            },
        };
        IstioYaml.AssertWrites(iop, """
            apiVersion: install.istio.io/v1alpha1
            kind: IstioOperator
            metadata: {name: tsb-istiocontrolplane}
            spec:
              meshConfig:
                defaultConfig: {proxyMetadata: {EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"}}
                outboundTrafficPolicy: {mode: REGISTRY_ONLY}
              components:
                pilot:
                  enabled: true
                  k8s:
                    env: [{name: PILOT_TRACE_SAMPLING, value: "1"}]
                    replicaCount: 2
                ingressGateways:
                - name: istio-ingressgateway
                  enabled: true
                  label: {istio: ingressgateway}
                  k8s:
                    hpaSpec: {minReplicas: 2, maxReplicas: 5}
                    podDisruptionBudget: {maxUnavailable: 1}
                    podAnnotations:
                      proxy.istio.io/config: |
                        terminationDrainDuration: 20s
                    serviceAnnotations: {service.beta.kubernetes.io/aws-load-balancer-type: nlb}
                    overlays:
                    - apiVersion: apps/v1
                      kind: Deployment
                      name: istio-ingressgateway
                      patches:
                      - {path: spec.template.spec.terminationGracePeriodSeconds, value: 45}
                      - {path: spec.meshConfig.defaultConfig.terminationDrainDuration, value: 50s}
            """);
    }
}
