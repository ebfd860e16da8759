using System.Reflection;
using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tests.GatewayApi;

/// <summary>
/// The Gateway API and Tetrate models keep the Kubernetes model's promises: sealed, source-located,
/// kinds with matching constants, camelCase wire names, single-token enum strings.
/// </summary>
public class ModelConventionTests
{
    private static readonly (string Namespace, string ApiVersion)[] Groups =
    [
        ("Mesh.Sdk.GatewayApi.V1", "gateway.networking.k8s.io/v1"),
        ("Mesh.Sdk.Tetrate.Install.V1Alpha1", "install.tetrate.io/v1alpha1"),
    ];

    private static Type[] TypesIn(string ns) => typeof(KubernetesObject).Assembly.GetTypes().Where(t => t.Namespace == ns && t.IsPublic).ToArray();

    private static IEnumerable<TestCaseData> Namespaces() => Groups.Select(g => new TestCaseData(g.Namespace, g.ApiVersion).SetArgDisplayNames(g.Namespace));

    [TestCaseSource(nameof(Namespaces))]
    public void Every_model_type_is_sealed_with_the_caller_location_constructor(string ns, string apiVersion)
    {
        var models = TypesIn(ns).Where(t => typeof(ModelObject).IsAssignableFrom(t)).ToList();
        Assert.That(models, Has.Count.GreaterThan(8));
        Assert.Multiple(() =>
        {
            foreach (var t in models)
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

    [TestCaseSource(nameof(Namespaces))]
    public void Every_kind_declares_constants_matching_its_api_version_and_kind(string ns, string apiVersion)
    {
        var kinds = TypesIn(ns).Where(t => typeof(KubernetesObject).IsAssignableFrom(t)).ToList();
        Assert.That(kinds, Has.Count.GreaterThanOrEqualTo(4));
        Assert.Multiple(() =>
        {
            foreach (var k in kinds)
            {
                var o = (KubernetesObject)RuntimeHelpers.GetUninitializedObject(k);
                Assert.That(k.GetField("ApiVersionValue")?.GetRawConstantValue(), Is.EqualTo(o.ApiVersion), k.Name);
                Assert.That(k.GetField("KindValue")?.GetRawConstantValue(), Is.EqualTo(o.Kind), k.Name);
                Assert.That(o.ApiVersion, Is.EqualTo(apiVersion), k.Name);
                Assert.That(TypeShape.For(k).Properties.Select(p => p.WireName).Take(4), Is.EqualTo(new[] { "apiVersion", "kind", "metadata", "spec" }), k.Name);
            }
        });
    }

    [TestCaseSource(nameof(Namespaces))]
    public void Every_wire_name_is_camel_case_and_every_enum_string_a_single_token(string ns, string apiVersion)
    {
        var types = TypesIn(ns);
        Assert.Multiple(() =>
        {
            foreach (var t in types.Where(t => typeof(ModelObject).IsAssignableFrom(t)))
            {
                foreach (var p in TypeShape.For(t).Properties)
                    Assert.That(p.WireName, Does.Match("^[a-z][A-Za-z0-9]*$"), $"{t.Name}.{p.WireName}");
            }
            foreach (var e in types.Where(t => t.IsEnum))
            {
                var wire = Enum.GetValues(e).Cast<Enum>().Select(EnumWireNames.Get).ToList();
                Assert.That(wire, Is.Unique, e.Name);
                foreach (var w in wire) Assert.That(w, Does.Match("^[A-Za-z][A-Za-z0-9]*$"), $"{e.Name}.{w}");
            }
        });
    }

    [Test]
    public void Acronym_wire_names_and_enum_strings_are_the_api_spellings()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EnumWireNames.Get(Mesh.Sdk.GatewayApi.V1.HttpRouteFilterType.UrlRewrite), Is.EqualTo("URLRewrite"));
            Assert.That(EnumWireNames.Get(Mesh.Sdk.GatewayApi.V1.HttpRouteFilterType.Cors), Is.EqualTo("CORS"));
            Assert.That(EnumWireNames.Get(Mesh.Sdk.GatewayApi.V1.RedirectScheme.Https), Is.EqualTo("https"));
            Assert.That(EnumWireNames.Get(Mesh.Sdk.GatewayApi.V1.HttpRequestMethod.PATCH), Is.EqualTo("PATCH"));
            Assert.That(TypeShape.For(typeof(Mesh.Sdk.GatewayApi.V1.HttpRouteFilter)).Properties.Select(p => p.WireName),
                Is.EqualTo(new[] { "type", "requestHeaderModifier", "responseHeaderModifier", "requestMirror", "requestRedirect", "urlRewrite", "cors", "extensionRef" }));
            Assert.That(TypeShape.For(typeof(Mesh.Sdk.GatewayApi.V1.GatewaySpec)).Properties.Select(p => p.WireName),
                Is.EqualTo(new[] { "gatewayClassName", "listeners", "addresses", "infrastructure", "allowedListeners", "tls" }));
        });
    }
}
