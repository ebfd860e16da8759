using System.Reflection;
using System.Text.RegularExpressions;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tests.Kubernetes;

/// <summary>
/// Field names the API server matches exactly: a wrong case (<c>hostPid</c>, <c>iPFamilies</c>)
/// is silently dropped by it, so every acronym field is checked as a parser reads it back.
/// </summary>
public partial class WireNameTests
{
    private static readonly Type[] ModelTypes = typeof(KubernetesObject).Assembly.GetTypes()
        .Where(t => t.Namespace?.StartsWith("Mesh.Sdk.Kubernetes", StringComparison.Ordinal) == true)
        .ToArray();

    /// <summary>Every wire name in the model with an upper-case letter after a capital, or any not plain camelCase.</summary>
    private static readonly string[] AcronymWireNames =
    [
        "clientIP", "clusterIP", "clusterIPs", "downwardAPI", "externalIPs", "hostIP", "hostIPC", "hostPID",
        "loadBalancerIP", "setHostnameAsFQDN",
    ];

    [Test]
    public void Pod_spec_acronym_fields_have_exact_wire_names()
    {
        var pod = new Pod
        {
            Metadata = new() { Name = "p" },
            Spec = new()
            {
                HostPID = true,
                HostIPC = true,
                SetHostnameAsFQDN = true,
                OS = new() { Name = OSName.Windows },
                HostAliases = [new() { IP = "10.0.0.1", Hostnames = ["db.local"] }],
                SecurityContext = new() { FsGroup = 1, FsGroupChangePolicy = PodFSGroupChangePolicy.OnRootMismatch },
                Containers =
                [
                    new()
                    {
                        Name = "c",
                        Image = "i",
                        Ports = [new() { Port = 53, HostPort = 53, HostIP = "0.0.0.0", Protocol = Protocol.UDP }],
                        ReadinessProbe = new()
                        {
                            HttpGet = new()
                            {
                                Port = 8080,
                                Scheme = UriScheme.HTTPS,
                                HttpHeaders = [new() { Name = "Host", Value = "example.com" }],
                            },
                        },
                        LivenessProbe = new() { Grpc = new() { Port = 9000, Service = "health" } },
                    },
                ],
                Volumes =
                [
                    new() { Name = "a", DownwardAPI = new() { Items = [new() { Path = "labels", FieldRef = new() { FieldPath = "metadata.labels" } }] } },
                    new()
                    {
                        Name = "b",
                        Projected = new()
                        {
                            Sources =
                            [
                                new() { DownwardAPI = new() { Items = [new() { Path = "cpu", ResourceFieldRef = new() { ContainerName = "c", Resource = "limits.cpu" } }] } },
                                new() { ServiceAccountToken = new() { Audience = "vault", ExpirationSeconds = 3600, Path = "token" } },
                            ],
                        },
                    },
                ],
            },
        };
        var root = YamlTree.Parse(ManifestWriter.Write(pod));
        Assert.Multiple(() =>
        {
            Assert.That(YamlTree.Scalar(root, "spec.hostPID"), Is.EqualTo("true"));
            Assert.That(YamlTree.Scalar(root, "spec.hostIPC"), Is.EqualTo("true"));
            Assert.That(YamlTree.Scalar(root, "spec.setHostnameAsFQDN"), Is.EqualTo("true"));
            Assert.That(YamlTree.Scalar(root, "spec.os.name"), Is.EqualTo("windows"));
            Assert.That(YamlTree.Scalar(root, "spec.hostAliases[0].ip"), Is.EqualTo("10.0.0.1"));
            Assert.That(YamlTree.Scalar(root, "spec.securityContext.fsGroup"), Is.EqualTo("1"));
            Assert.That(YamlTree.Scalar(root, "spec.securityContext.fsGroupChangePolicy"), Is.EqualTo("OnRootMismatch"));
            Assert.That(YamlTree.Keys(root, "spec.containers[0].ports[0]"), Is.EqualTo(new[] { "containerPort", "protocol", "hostPort", "hostIP" }));
            Assert.That(YamlTree.Scalar(root, "spec.containers[0].readinessProbe.httpGet.scheme"), Is.EqualTo("HTTPS"));
            Assert.That(YamlTree.Scalar(root, "spec.containers[0].readinessProbe.httpGet.httpHeaders[0].name"), Is.EqualTo("Host"));
            Assert.That(YamlTree.Scalar(root, "spec.containers[0].livenessProbe.grpc.service"), Is.EqualTo("health"));
            Assert.That(YamlTree.Scalar(root, "spec.volumes[0].downwardAPI.items[0].fieldRef.fieldPath"), Is.EqualTo("metadata.labels"));
            Assert.That(YamlTree.Scalar(root, "spec.volumes[1].projected.sources[0].downwardAPI.items[0].resourceFieldRef.resource"), Is.EqualTo("limits.cpu"));
            Assert.That(YamlTree.Scalar(root, "spec.volumes[1].projected.sources[1].serviceAccountToken.expirationSeconds"), Is.EqualTo("3600"));
        });
    }

    [Test]
    public void Service_acronym_fields_have_exact_wire_names()
    {
        var svc = new Service
        {
            Metadata = new() { Name = "s" },
            Spec = new()
            {
                Type = ServiceType.LoadBalancer,
                ClusterIP = "10.96.0.10",
                ClusterIPs = ["10.96.0.10", "fd00::10"],
                ExternalIPs = ["203.0.113.7"],
                LoadBalancerIP = "203.0.113.8",
                LoadBalancerSourceRanges = ["10.0.0.0/8"],
                IPFamilyPolicy = IPFamilyPolicy.PreferDualStack,
                IPFamilies = [IPFamily.IPv4, IPFamily.IPv6],
                ExternalTrafficPolicy = ServiceTrafficPolicy.Local,
                InternalTrafficPolicy = ServiceTrafficPolicy.Cluster,
                SessionAffinity = ServiceAffinity.ClientIP,
                SessionAffinityConfig = new() { ClientIP = new() { TimeoutSeconds = 600 } },
                PublishNotReadyAddresses = true,
                Ports = [new() { Port = 443, NodePort = 30443 }],
            },
        };
        var root = YamlTree.Parse(ManifestWriter.Write(svc));
        Assert.Multiple(() =>
        {
            Assert.That(YamlTree.Scalar(root, "spec.clusterIP"), Is.EqualTo("10.96.0.10"));
            Assert.That(YamlTree.Scalar(root, "spec.clusterIPs[1]"), Is.EqualTo("fd00::10"));
            Assert.That(YamlTree.Scalar(root, "spec.externalIPs[0]"), Is.EqualTo("203.0.113.7"));
            Assert.That(YamlTree.Scalar(root, "spec.loadBalancerIP"), Is.EqualTo("203.0.113.8"));
            Assert.That(YamlTree.Scalar(root, "spec.loadBalancerSourceRanges[0]"), Is.EqualTo("10.0.0.0/8"));
            Assert.That(YamlTree.Scalar(root, "spec.ipFamilyPolicy"), Is.EqualTo("PreferDualStack"));
            Assert.That(YamlTree.Scalar(root, "spec.ipFamilies[0]"), Is.EqualTo("IPv4"));
            Assert.That(YamlTree.Scalar(root, "spec.ipFamilies[1]"), Is.EqualTo("IPv6"));
            Assert.That(YamlTree.Scalar(root, "spec.externalTrafficPolicy"), Is.EqualTo("Local"));
            Assert.That(YamlTree.Scalar(root, "spec.internalTrafficPolicy"), Is.EqualTo("Cluster"));
            Assert.That(YamlTree.Scalar(root, "spec.sessionAffinity"), Is.EqualTo("ClientIP"));
            Assert.That(YamlTree.Scalar(root, "spec.sessionAffinityConfig.clientIP.timeoutSeconds"), Is.EqualTo("600"));
            Assert.That(YamlTree.Scalar(root, "spec.ports[0].nodePort"), Is.EqualTo("30443"));
        });
    }

    [Test]
    public void Hpa_object_metric_is_written_as_object()
    {
        var hpa = new HorizontalPodAutoscaler
        {
            Metadata = new() { Name = "h" },
            Spec = new()
            {
                ScaleTargetRef = new() { Kind = "Deployment", Name = "d" },
                MaxReplicas = 5,
                Metrics =
                [
                    new()
                    {
                        Type = MetricSourceType.ObjectMetric,
                        ObjectMetric = new()
                        {
                            DescribedObject = new() { ApiVersion = "networking.k8s.io/v1", Kind = "Ingress", Name = "main" },
                            Metric = new() { Name = "requests-per-second" },
                            Target = new() { Type = MetricTargetType.Value, Value = "2k" },
                        },
                    },
                ],
            },
        };
        var root = YamlTree.Parse(ManifestWriter.Write(hpa));
        Assert.Multiple(() =>
        {
            Assert.That(YamlTree.Scalar(root, "spec.metrics[0].type"), Is.EqualTo("Object"));
            Assert.That(YamlTree.Scalar(root, "spec.metrics[0].object.describedObject.kind"), Is.EqualTo("Ingress"));
            Assert.That(YamlTree.Scalar(root, "spec.metrics[0].object.target.value"), Is.EqualTo("2k"));
        });
    }

    [Test]
    public void Every_wire_name_is_camel_case_and_acronyms_are_the_known_kubernetes_spellings()
    {
        var names = ModelTypes
            .Where(t => typeof(ModelObject).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => TypeShape.For(t).Properties.Select(p => (Type: t.Name, p.WireName)))
            .ToList();
        Assert.That(names, Is.Not.Empty);
        var acronyms = names.Where(n => UpperPair().IsMatch(n.WireName)).Select(n => n.WireName).Distinct().Order(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            foreach (var (type, wire) in names)
                Assert.That(wire, Does.Match("^[a-z][A-Za-z0-9]*$"), $"{type}.{wire}");
            Assert.That(acronyms, Is.EqualTo(AcronymWireNames));
        });
    }

    [Test]
    public void Renamed_members_map_to_their_kubernetes_names()
    {
        Assert.Multiple(() =>
        {
            Assert.That(WireNamesOf<ServiceSpec>(), Does.Contain("ipFamilies").And.Contain("ipFamilyPolicy"));
            Assert.That(WireNamesOf<PodSpec>(), Does.Contain("os"));
            Assert.That(WireNamesOf<HostAlias>(), Does.Contain("ip"));
            Assert.That(WireNamesOf<ContainerPort>(), Does.Contain("containerPort"));
            Assert.That(WireNamesOf<MetricSpec>(), Is.EqualTo(new[] { "type", "resource", "containerResource", "pods", "object", "external" }));
        });
    }

    [Test]
    public void Enums_write_their_exact_wire_strings()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EnumWireNames.Get(OSName.Linux), Is.EqualTo("linux"));
            Assert.That(EnumWireNames.Get(OSName.Windows), Is.EqualTo("windows"));
            Assert.That(EnumWireNames.Get(MetricSourceType.ObjectMetric), Is.EqualTo("Object"));
            Assert.That(EnumWireNames.Get(MetricSourceType.ContainerResource), Is.EqualTo("ContainerResource"));
            Assert.That(EnumWireNames.Get(IPFamily.IPv6), Is.EqualTo("IPv6"));
            Assert.That(EnumWireNames.Get(UriScheme.HTTP), Is.EqualTo("HTTP"));
            Assert.That(EnumWireNames.Get(Protocol.SCTP), Is.EqualTo("SCTP"));
            Assert.That(EnumWireNames.Get(ContainerRestartPolicy.Always), Is.EqualTo("Always"));
            Assert.That(EnumWireNames.Get(StorageMedium.Memory), Is.EqualTo("Memory"));
            Assert.That(EnumWireNames.Get(PersistentVolumeAccessMode.ReadWriteOncePod), Is.EqualTo("ReadWriteOncePod"));
            Assert.That(EnumWireNames.Get(ScalingPolicySelect.Disabled), Is.EqualTo("Disabled"));
            Assert.That(EnumWireNames.Get(Mesh.Sdk.Kubernetes.Policy.V1.UnhealthyPodEvictionPolicyType.IfHealthyBudget), Is.EqualTo("IfHealthyBudget"));
        });
    }

    [Test]
    public void Every_enum_value_has_a_distinct_wire_string_that_is_a_single_token()
    {
        Assert.Multiple(() =>
        {
            foreach (var e in ModelTypes.Where(t => t.IsEnum))
            {
                var wire = Enum.GetValues(e).Cast<Enum>().Select(EnumWireNames.Get).ToList();
                Assert.That(wire, Is.Unique, e.Name);
                foreach (var w in wire) Assert.That(w, Does.Match("^[A-Za-z][A-Za-z0-9]*$"), $"{e.Name}.{w}");
            }
        });
    }

    private static List<string> WireNamesOf<T>() => TypeShape.For(typeof(T)).Properties.Select(p => p.WireName).ToList();

    [GeneratedRegex("[A-Z]{2}")]
    private static partial Regex UpperPair();
}
