using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Mesh.V1Alpha1;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Yaml;
using YamlDotNet.RepresentationModel;

namespace Mesh.Sdk.Tests.Istio;

/// <summary>Per-pod mesh settings: the typed <c>proxy.istio.io/config</c> annotation, labels and resource annotations.</summary>
public class IstioPodSettingsTests
{
    private static Deployment Web(TemplateMetadata metadata) => new()
    {
        Metadata = new() { Name = "web" },
        Spec = new()
        {
            Selector = new() { MatchLabels = { ["app"] = "web" } },
            Template = new() { Metadata = metadata, Spec = new() { Containers = [new() { Name = "web", Image = "web:1" }] } },
        },
    };

    private static string AnnotationOf(string manifest) =>
        ((YamlScalarNode)IstioYaml.At(IstioYaml.Parse(manifest), "spec", "template", "metadata", "annotations", IstioAnnotations.ProxyConfig)).Value!;

    [Test]
    public void Hold_annotation_is_the_seed_block_scalar()
    {
        var metadata = new TemplateMetadata { Labels = { ["app"] = "web" } }
            .SetProxyConfig(new() { HoldApplicationUntilProxyStarts = true });
        var yaml = ManifestWriter.Write(Web(metadata));
        Assert.That(yaml, Does.Contain("""
                  annotations:
                    proxy.istio.io/config: |
                      holdApplicationUntilProxyStarts: true

            """.Replace("\r\n", "\n", StringComparison.Ordinal)));
        Assert.That(AnnotationOf(yaml), Is.EqualTo("holdApplicationUntilProxyStarts: true\n"));
    }

    [Test]
    public void Termination_drain_and_exit_on_zero_annotations_match_the_examples()
    {
        var drain = new TemplateMetadata().SetProxyConfig(new() { TerminationDrainDuration = Duration.FromSeconds(30) });
        IstioYaml.AssertEqual("terminationDrainDuration: 30s", drain.Annotations[IstioAnnotations.ProxyConfig]);

        // MESH015 good example.
        var exitZero = new TemplateMetadata().SetProxyConfig(new()
        {
            ExitOnZeroActiveConnections = true,
            MinimumDrainDuration = Duration.FromSeconds(10),
        });
        var text = exitZero.Annotations[IstioAnnotations.ProxyConfig];
        IstioYaml.AssertEqual("""proxyMetadata: {EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true", MINIMUM_DRAIN_DURATION: "10s"}""", text);
        Assert.That(text, Is.EqualTo("proxyMetadata:\n  EXIT_ON_ZERO_ACTIVE_CONNECTIONS: \"true\"\n  MINIMUM_DRAIN_DURATION: 10s\n"));

        var yaml = ManifestWriter.Write(Web(exitZero));
        Assert.That(yaml, Does.Contain("proxy.istio.io/config: |\n"));
        Assert.That(AnnotationOf(yaml), Is.EqualTo(text));
    }

    [Test]
    public void All_three_seed_settings_in_one_annotation()
    {
        var config = new ProxyConfig
        {
            HoldApplicationUntilProxyStarts = true,
            TerminationDrainDuration = Duration.FromSeconds(25),
            ExitOnZeroActiveConnections = true,
            MinimumDrainDuration = Duration.FromMilliseconds(1500),
        };
        var yaml = ManifestWriter.Write(Web(new TemplateMetadata().SetProxyConfig(config)));
        IstioYaml.AssertEqual("""
            holdApplicationUntilProxyStarts: true
            terminationDrainDuration: 25s
            proxyMetadata:
              EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
              MINIMUM_DRAIN_DURATION: 1.500s
            """, AnnotationOf(yaml));
    }

    [Test]
    public void Typed_metadata_helpers_are_views_of_proxyMetadata_written_once()
    {
        var config = new ProxyConfig { ExitOnZeroActiveConnections = false, MinimumDrainDuration = Duration.FromSeconds(5) };
        Assert.Multiple(() =>
        {
            Assert.That(config.ProxyMetadata, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS"] = "false",
                ["MINIMUM_DRAIN_DURATION"] = "5s",
            }));
            Assert.That(config.ExitOnZeroActiveConnections, Is.False);
            Assert.That(config.MinimumDrainDuration, Is.EqualTo(Duration.FromSeconds(5)));
            var text = config.ToAnnotationValue();
            Assert.That(text.Split("EXIT_ON_ZERO_ACTIVE_CONNECTIONS").Length, Is.EqualTo(2), "written once");
            Assert.That(text, Does.Not.Contain("exitOnZeroActiveConnections").And.Not.Contain("minimumDrainDuration"));
        });

        config.ProxyMetadata[ProxyMetadataKeys.ExitOnZeroActiveConnections] = "True";
        config.ProxyMetadata[ProxyMetadataKeys.MinimumDrainDuration] = "1m30s";
        Assert.Multiple(() =>
        {
            Assert.That(config.ExitOnZeroActiveConnections, Is.True, "Go ParseBool accepts True");
            Assert.That(config.MinimumDrainDuration, Is.EqualTo(Duration.FromSeconds(90)));
        });

        config.ExitOnZeroActiveConnections = null;
        config.MinimumDrainDuration = null;
        Assert.That(config.ProxyMetadata, Is.Empty);
        config.ProxyMetadata[ProxyMetadataKeys.ExitOnZeroActiveConnections] = "yes";
        Assert.That(config.ExitOnZeroActiveConnections, Is.Null, "not a Go bool");
    }

    [Test]
    public void GetProxyConfig_returns_the_typed_object_only_while_it_matches_the_annotation()
    {
        var config = new ProxyConfig { TerminationDrainDuration = Duration.FromSeconds(20) };
        var metadata = new TemplateMetadata().SetProxyConfig(config);
        Assert.That(metadata.GetProxyConfig(), Is.SameAs(config));

        config.DrainDuration = Duration.FromSeconds(50);
        Assert.That(metadata.GetProxyConfig(), Is.Null, "changed after SetProxyConfig: the annotation no longer says this");
        metadata.SetProxyConfig(config);
        Assert.That(metadata.GetProxyConfig(), Is.SameAs(config));

        metadata.Annotations[IstioAnnotations.ProxyConfig] = "drainDuration: 1500ms";
        Assert.That(metadata.GetProxyConfig(), Is.Null, "hand-written text is not claimed as typed");

        Assert.That(new TemplateMetadata().GetProxyConfig(), Is.Null);

        var objectMeta = new ObjectMeta { Name = "gw" }.SetProxyConfig(new() { GatewayTopology = new() { NumTrustedProxies = 1 } });
        Assert.That(objectMeta.GetProxyConfig()?.GatewayTopology?.NumTrustedProxies, Is.EqualTo(1));
    }

    [Test]
    public void Seed_gateway_topology_annotation()
    {
        var metadata = new TemplateMetadata().SetProxyConfig(new()
        {
            GatewayTopology = new() { NumTrustedProxies = 2, ForwardClientCertDetails = ForwardClientCertDetails.AppendForward },
        });
        IstioYaml.AssertEqual("""{"gatewayTopology" : { "numTrustedProxies": 2, "forwardClientCertDetails": APPEND_FORWARD } }""",
            metadata.Annotations[IstioAnnotations.ProxyConfig]);
    }

    [Test]
    public void Injection_label_native_sidecar_and_proxy_resources()
    {
        var metadata = new TemplateMetadata { Labels = { ["app"] = "web" } }
            .InjectSidecar(true)
            .UseNativeSidecar(true)
            .SetProxyResources(cpu: "100m", memory: Quantity.Mebibytes(256), memoryLimit: "1Gi");
        var yaml = ManifestWriter.Write(Web(metadata));
        IstioYaml.AssertEqual("""
            labels: {app: web, sidecar.istio.io/inject: "true"}
            annotations:
              sidecar.istio.io/nativeSidecar: "true"
              sidecar.istio.io/proxyCPU: 100m
              sidecar.istio.io/proxyMemory: 256Mi
              sidecar.istio.io/proxyMemoryLimit: 1Gi
            """, IstioYaml.At(IstioYaml.Parse(yaml), "spec", "template", "metadata"));
        Assert.That(metadata.Annotations, Does.Not.ContainKey("sidecar.istio.io/inject"), "injection is a label, not the deprecated annotation");

        metadata.InjectSidecar(false).UseNativeSidecar(false).SetProxyResources(null, null);
        Assert.Multiple(() =>
        {
            Assert.That(metadata.Labels[IstioLabels.SidecarInject], Is.EqualTo("false"));
            Assert.That(metadata.Annotations[IstioAnnotations.NativeSidecar], Is.EqualTo("false"));
            Assert.That(metadata.Annotations.Keys, Is.EquivalentTo(new[] { IstioAnnotations.NativeSidecar }));
        });

        var meta = new ObjectMeta { Name = "job" }.InjectSidecar(false).UseNativeSidecar(true).SetProxyResources("50m", "64Mi", "1", "512Mi");
        Assert.Multiple(() =>
        {
            Assert.That(meta.Labels[IstioLabels.SidecarInject], Is.EqualTo("false"));
            Assert.That(meta.Annotations[IstioAnnotations.ProxyCpuLimit], Is.EqualTo("1"));
        });
    }
}
