using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Istio.Mesh.V1Alpha1;
using Mesh.Sdk.Istio.Networking.V1;
using Mesh.Sdk.Istio.Security.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tests.Istio;

/// <summary>Conventions of the Istio model: sealed, source-located, kinds with constants, exact enum and key strings.</summary>
public partial class IstioModelConventionTests
{
    private static readonly Type[] IstioTypes = typeof(KubernetesObject).Assembly.GetTypes()
        .Where(t => t.Namespace?.StartsWith("Mesh.Sdk.Istio", StringComparison.Ordinal) == true && t.IsPublic)
        .ToArray();

    private static readonly Type[] ModelTypes = IstioTypes.Where(t => typeof(ModelObject).IsAssignableFrom(t)).ToArray();

    [Test]
    public void Every_model_type_is_sealed_with_the_caller_location_constructor()
    {
        Assert.That(ModelTypes, Has.Length.GreaterThan(80));
        Assert.Multiple(() =>
        {
            foreach (var t in ModelTypes)
            {
                Assert.That(t.IsSealed, Is.True, $"{t.Name} is sealed");
                var ctors = t.GetConstructors();
                Assert.That(ctors, Has.Length.EqualTo(1), t.Name);
                var ps = ctors[0].GetParameters();
                Assert.That(ps.Select(p => p.ParameterType), Is.EqualTo(new[] { typeof(string), typeof(int) }), t.Name);
                Assert.That(ps[0].GetCustomAttribute<CallerFilePathAttribute>(), Is.Not.Null, t.Name);
                Assert.That(ps[1].GetCustomAttribute<CallerLineNumberAttribute>(), Is.Not.Null, t.Name);
            }
        });
    }

    [Test]
    public void Every_kind_declares_constants_matching_its_api_version_and_kind()
    {
        var kinds = ModelTypes.Where(t => typeof(KubernetesObject).IsAssignableFrom(t)).ToList();
        Assert.That(kinds.Select(k => k.FullName), Is.EquivalentTo(new[]
        {
            "Mesh.Sdk.Istio.Networking.V1.Gateway", "Mesh.Sdk.Istio.Networking.V1.VirtualService",
            "Mesh.Sdk.Istio.Networking.V1.DestinationRule", "Mesh.Sdk.Istio.Networking.V1.Sidecar",
            "Mesh.Sdk.Istio.Networking.V1.ServiceEntry", "Mesh.Sdk.Istio.Networking.V1Beta1.ProxyConfig",
            "Mesh.Sdk.Istio.Security.V1.PeerAuthentication", "Mesh.Sdk.Istio.Install.V1Alpha1.IstioOperator",
        }));
        Assert.Multiple(() =>
        {
            foreach (var k in kinds)
            {
                var o = (KubernetesObject)RuntimeHelpers.GetUninitializedObject(k);
                Assert.That(k.GetField("ApiVersionValue")?.GetRawConstantValue(), Is.EqualTo(o.ApiVersion), k.Name);
                Assert.That(k.GetField("KindValue")?.GetRawConstantValue(), Is.EqualTo(o.Kind), k.Name);
                Assert.That(o.Kind, Is.EqualTo(k.Name), k.Name);
                // Mesh.Sdk.Istio.<Group>.<Version> ↔ <group>.istio.io/<version>
                var parts = k.Namespace!.Split('.');
                Assert.That(o.ApiVersion, Is.EqualTo($"{parts[^2].ToLowerInvariant()}.istio.io/{parts[^1].ToLowerInvariant()}"), k.Name);
            }
        });
    }

    [Test]
    public void Every_enum_value_writes_an_upper_snake_api_string()
    {
        var enums = IstioTypes.Where(t => t.IsEnum).ToList();
        Assert.That(enums, Has.Count.GreaterThan(15));
        Assert.Multiple(() =>
        {
            foreach (var e in enums)
            {
                foreach (var value in Enum.GetValues(e).Cast<Enum>())
                {
                    var written = ManifestWriter.WriteValue(value).TrimEnd('\n');
                    Assert.That(written, Does.Match("^[A-Z][A-Z0-9_]*$"), $"{e.Name}.{value}");
                }
            }
        });
    }

    [TestCase(SimpleLoadBalancer.RoundRobin, "ROUND_ROBIN")]
    [TestCase(SimpleLoadBalancer.LeastRequest, "LEAST_REQUEST")]
    [TestCase(SimpleLoadBalancer.LeastConn, "LEAST_CONN")]
    [TestCase(SimpleLoadBalancer.Passthrough, "PASSTHROUGH")]
    [TestCase(SimpleLoadBalancer.Unspecified, "UNSPECIFIED")]
    [TestCase(ForwardClientCertDetails.SanitizeSet, "SANITIZE_SET")]
    [TestCase(ForwardClientCertDetails.AlwaysForwardOnly, "ALWAYS_FORWARD_ONLY")]
    [TestCase(ForwardClientCertDetails.Undefined, "UNDEFINED")]
    [TestCase(ServerTlsMode.IstioMutual, "ISTIO_MUTUAL")]
    [TestCase(ServerTlsMode.AutoPassthrough, "AUTO_PASSTHROUGH")]
    [TestCase(ServerTlsMode.OptionalMutual, "OPTIONAL_MUTUAL")]
    [TestCase(ClientTlsMode.IstioMutual, "ISTIO_MUTUAL")]
    [TestCase(ClientTlsMode.Disable, "DISABLE")]
    [TestCase(TlsProtocolVersion.TlsV12, "TLSV1_2")]
    [TestCase(TlsProtocolVersion.TlsAuto, "TLS_AUTO")]
    [TestCase(InterceptionMode.Tproxy, "TPROXY")]
    [TestCase(MutualTlsMode.Strict, "STRICT")]
    [TestCase(MutualTlsMode.Unset, "UNSET")]
    [TestCase(OutboundTrafficPolicyMode.RegistryOnly, "REGISTRY_ONLY")]
    [TestCase(OutboundTrafficPolicyMode.AllowAny, "ALLOW_ANY")]
    [TestCase(ServiceEntryResolution.DnsRoundRobin, "DNS_ROUND_ROBIN")]
    [TestCase(ServiceEntryLocation.MeshInternal, "MESH_INTERNAL")]
    [TestCase(H2UpgradePolicy.DoNotUpgrade, "DO_NOT_UPGRADE")]
    [TestCase(ProxyProtocolVersion.V2, "V2")]
    [TestCase(CaptureMode.Iptables, "IPTABLES")]
    public void Enum_wire_strings_are_exact(object value, string expected) =>
        Assert.That(ManifestWriter.WriteValue(value), Is.EqualTo(expected + "\n"));

#pragma warning disable CS0618 // the deprecated annotation key is part of the catalogue under test
    [TestCase(IstioAnnotations.ProxyConfig, "proxy.istio.io/config")]
    [TestCase(IstioAnnotations.SidecarInject, "sidecar.istio.io/inject")]
#pragma warning restore CS0618
    [TestCase(IstioAnnotations.NativeSidecar, "sidecar.istio.io/nativeSidecar")]
    [TestCase(IstioAnnotations.ProxyCpu, "sidecar.istio.io/proxyCPU")]
    [TestCase(IstioAnnotations.ProxyCpuLimit, "sidecar.istio.io/proxyCPULimit")]
    [TestCase(IstioAnnotations.ProxyMemory, "sidecar.istio.io/proxyMemory")]
    [TestCase(IstioAnnotations.ProxyMemoryLimit, "sidecar.istio.io/proxyMemoryLimit")]
    [TestCase(IstioAnnotations.ProxyImageType, "sidecar.istio.io/proxyImageType")]
    [TestCase(IstioAnnotations.InjectTemplates, "inject.istio.io/templates")]
    [TestCase(IstioAnnotations.RewriteAppHttpProbers, "sidecar.istio.io/rewriteAppHTTPProbers")]
    [TestCase(IstioAnnotations.ReadinessPeriodSeconds, "readiness.status.sidecar.istio.io/periodSeconds")]
    [TestCase(IstioAnnotations.ExcludeOutboundIPRanges, "traffic.sidecar.istio.io/excludeOutboundIPRanges")]
    [TestCase(IstioAnnotations.AnalyzeSuppress, "galley.istio.io/analyze-suppress")]
    [TestCase(IstioAnnotations.StatusPort, "status.sidecar.istio.io/port")]
    [TestCase(IstioLabels.SidecarInject, "sidecar.istio.io/inject")]
    [TestCase(IstioLabels.IstioRev, "istio.io/rev")]
    [TestCase(IstioLabels.IstioInjection, "istio-injection")]
    [TestCase(IstioLabels.Network, "topology.istio.io/network")]
    [TestCase(IstioLabels.CanonicalName, "service.istio.io/canonical-name")]
    [TestCase(ProxyMetadataKeys.ExitOnZeroActiveConnections, "EXIT_ON_ZERO_ACTIVE_CONNECTIONS")]
    [TestCase(ProxyMetadataKeys.MinimumDrainDuration, "MINIMUM_DRAIN_DURATION")]
    [TestCase(PilotEnv.EnableNativeSidecars, "ENABLE_NATIVE_SIDECARS")]
    public void Key_constants_are_exact(string constant, string expected) => Assert.That(constant, Is.EqualTo(expected));

    [Test]
    public void Every_annotation_and_label_key_is_a_valid_kubernetes_key_and_documented()
    {
        var fields = new[] { typeof(IstioAnnotations), typeof(IstioLabels) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)).ToList();
        Assert.That(fields, Has.Count.GreaterThan(50));
        var values = fields.Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Multiple(() =>
        {
            foreach (var v in values) Assert.That(v, Does.Match(KeyRegex()), v);
            Assert.That(fields.Where(f => f.DeclaringType == typeof(IstioAnnotations)).Select(f => f.GetRawConstantValue()),
                Is.Unique, "annotation keys are unique");
        });
    }

    [Test]
    public void Computed_helpers_are_not_wire_fields()
    {
        var pc = new ProxyConfig { ExitOnZeroActiveConnections = true };
        Assert.That(ManifestWriter.WriteValue(pc), Is.EqualTo("proxyMetadata:\n  EXIT_ON_ZERO_ACTIVE_CONNECTIONS: \"true\"\n"));
        Assert.That(ManifestWriter.WriteValue(new ProxyConfig()), Is.EqualTo("{}\n"));
    }

    [GeneratedRegex(@"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")]
    private static partial Regex KeyRegex();
}
