using Mesh.Sdk.GatewayApi.V1;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tests.GatewayApi;

/// <summary>Gateway API objects written from C# give the YAML the Gateway API CRDs (v1.6 standard) expect.</summary>
public class GatewayApiYamlTests
{
    internal static Gateway SampleGateway() => new()
    {
        Metadata = new() { Name = "edge", Namespace = "ingress" },
        Spec = new()
        {
            GatewayClassName = "istio",
            Listeners =
            [
                new()
                {
                    Name = "https",
                    Hostname = "*.example.com",
                    Port = 443,
                    Protocol = ListenerProtocols.Https,
                    Tls = new()
                    {
                        Mode = TlsMode.Terminate,
                        CertificateRefs = [new() { Name = "example-com-tls" }, new() { Group = GatewayApiGroups.Core, Kind = "Secret", Name = "wildcard", Namespace = "certs" }],
                        Options = { ["example.com/min-version"] = "1.3" },
                    },
                    AllowedRoutes = new()
                    {
                        Namespaces = new() { From = FromNamespaces.Selector, Selector = new() { MatchLabels = { ["gateway-access"] = "true" } } },
                        Kinds = [new() { Kind = "HTTPRoute" }],
                    },
                },
                new() { Name = "http", Port = 80, Protocol = ListenerProtocols.Http, AllowedRoutes = new() { Namespaces = new() { From = FromNamespaces.All } } },
            ],
            Addresses = [new() { Type = GatewayAddressTypes.IPAddress, Value = "203.0.113.10" }],
            Infrastructure = new()
            {
                Labels = { ["team"] = "edge" },
                Annotations = { ["proxy.istio.io/config"] = "terminationDrainDuration: 25s\ngatewayTopology:\n  numTrustedProxies: 1\n" },
                ParametersRef = new() { Group = GatewayApiGroups.Core, Kind = "ConfigMap", Name = "edge-gateway-options" },
            },
        },
    };

    internal static HttpRoute SampleRoute() => new()
    {
        Metadata = new() { Name = "shop", Namespace = "shop" },
        Spec = new()
        {
            ParentRefs = [new() { Name = "edge", Namespace = "ingress", SectionName = "https" }],
            Hostnames = ["shop.example.com"],
            Rules =
            [
                new()
                {
                    Name = "api",
                    Matches =
                    [
                        new()
                        {
                            Path = new() { Type = PathMatchType.PathPrefix, Value = "/api" },
                            Headers = [new() { Name = "x-canary", Value = "true" }],
                            QueryParams = [new() { Type = QueryParamMatchType.RegularExpression, Name = "v", Value = "^2" }],
                            Method = HttpRequestMethod.GET,
                        },
                    ],
                    Filters =
                    [
                        new()
                        {
                            Type = HttpRouteFilterType.RequestHeaderModifier,
                            RequestHeaderModifier = new() { Set = [new() { Name = "x-env", Value = "prod" }], Add = [new() { Name = "x-via", Value = "edge" }], Remove = ["x-debug"] },
                        },
                        new() { Type = HttpRouteFilterType.ResponseHeaderModifier, ResponseHeaderModifier = new() { Remove = ["server"] } },
                        new()
                        {
                            Type = HttpRouteFilterType.UrlRewrite,
                            UrlRewrite = new() { Hostname = "api.internal", Path = new() { Type = HttpPathModifierType.ReplacePrefixMatch, ReplacePrefixMatch = "/" } },
                        },
                        new()
                        {
                            Type = HttpRouteFilterType.RequestMirror,
                            RequestMirror = new() { BackendRef = new() { Name = "shadow", Port = 8080 }, Fraction = new() { Numerator = 1, Denominator = 10 } },
                        },
                        new()
                        {
                            Type = HttpRouteFilterType.Cors,
                            Cors = new() { AllowOrigins = ["https://shop.example.com"], AllowMethods = ["GET", "POST"], AllowCredentials = true, MaxAge = 600 },
                        },
                    ],
                    BackendRefs =
                    [
                        new() { Name = "api", Port = 8080, Weight = 90 },
                        new()
                        {
                            Name = "api-canary",
                            Port = 8080,
                            Weight = 10,
                            Filters = [new() { Type = HttpRouteFilterType.ExtensionRef, ExtensionRef = new() { Group = "networking.example.net", Kind = "RetryPolicy", Name = "fast" } }],
                        },
                    ],
                    Timeouts = new() { Request = "10s", BackendRequest = GatewayDuration.FromMilliseconds(2500) },
                },
                new()
                {
                    Matches = [new() { Path = new() { Type = PathMatchType.Exact, Value = "/old" } }],
                    Filters =
                    [
                        new()
                        {
                            Type = HttpRouteFilterType.RequestRedirect,
                            RequestRedirect = new()
                            {
                                Scheme = RedirectScheme.Https,
                                Hostname = "shop.example.com",
                                Path = new() { Type = HttpPathModifierType.ReplaceFullPath, ReplaceFullPath = "/new" },
                                Port = 443,
                                StatusCode = 301,
                            },
                        },
                    ],
                },
            ],
        },
    };

    [Test]
    public void Gateway_with_infrastructure_annotations_writes_the_expected_tree()
    {
        const string expected = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata:
              name: edge
              namespace: ingress
            spec:
              gatewayClassName: istio
              listeners:
              - name: https
                hostname: "*.example.com"
                port: 443
                protocol: HTTPS
                tls:
                  mode: Terminate
                  certificateRefs:
                  - name: example-com-tls
                  - group: ""
                    kind: Secret
                    name: wildcard
                    namespace: certs
                  options:
                    example.com/min-version: "1.3"
                allowedRoutes:
                  namespaces:
                    from: Selector
                    selector:
                      matchLabels:
                        gateway-access: "true"
                  kinds:
                  - kind: HTTPRoute
              - name: http
                port: 80
                protocol: HTTP
                allowedRoutes:
                  namespaces:
                    from: All
              addresses:
              - type: IPAddress
                value: 203.0.113.10
              infrastructure:
                labels:
                  team: edge
                annotations:
                  proxy.istio.io/config: |
                    terminationDrainDuration: 25s
                    gatewayTopology:
                      numTrustedProxies: 1
                parametersRef:
                  group: ""
                  kind: ConfigMap
                  name: edge-gateway-options
            """;
        var yaml = ManifestWriter.Write(SampleGateway());
        YamlTrees.AssertEqual(expected, yaml);
        Assert.That(yaml, Does.Contain("      proxy.istio.io/config: |\n        terminationDrainDuration: 25s\n"), "the annotation is a literal block");
    }

    [Test]
    public void HttpRoute_writes_the_expected_tree_with_gep_2257_timeouts()
    {
        const string expected = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: shop
              namespace: shop
            spec:
              parentRefs:
              - name: edge
                namespace: ingress
                sectionName: https
              hostnames:
              - shop.example.com
              rules:
              - name: api
                matches:
                - path:
                    type: PathPrefix
                    value: /api
                  headers:
                  - name: x-canary
                    value: "true"
                  queryParams:
                  - type: RegularExpression
                    name: v
                    value: ^2
                  method: GET
                filters:
                - type: RequestHeaderModifier
                  requestHeaderModifier:
                    set:
                    - name: x-env
                      value: prod
                    add:
                    - name: x-via
                      value: edge
                    remove:
                    - x-debug
                - type: ResponseHeaderModifier
                  responseHeaderModifier:
                    remove:
                    - server
                - type: URLRewrite
                  urlRewrite:
                    hostname: api.internal
                    path:
                      type: ReplacePrefixMatch
                      replacePrefixMatch: /
                - type: RequestMirror
                  requestMirror:
                    backendRef:
                      name: shadow
                      port: 8080
                    fraction:
                      numerator: 1
                      denominator: 10
                - type: CORS
                  cors:
                    allowOrigins:
                    - https://shop.example.com
                    allowMethods:
                    - GET
                    - POST
                    allowCredentials: true
                    maxAge: 600
                backendRefs:
                - name: api
                  port: 8080
                  weight: 90
                - name: api-canary
                  port: 8080
                  weight: 10
                  filters:
                  - type: ExtensionRef
                    extensionRef:
                      group: networking.example.net
                      kind: RetryPolicy
                      name: fast
                timeouts:
                  request: 10s
                  backendRequest: 2s500ms
              - matches:
                - path:
                    type: Exact
                    value: /old
                filters:
                - type: RequestRedirect
                  requestRedirect:
                    scheme: https
                    hostname: shop.example.com
                    path:
                      type: ReplaceFullPath
                      replaceFullPath: /new
                    port: 443
                    statusCode: 301
            """;
        YamlTrees.AssertEqual(expected, ManifestWriter.Write(SampleRoute()));
    }

    internal static GatewayClass SampleClass() => new()
    {
            Metadata = new() { Name = "istio" },
        Spec = new() { ControllerName = "istio.io/gateway-controller", Description = "Istio", ParametersRef = new() { Group = "", Kind = "ConfigMap", Name = "defaults", Namespace = "istio-system" } },
    };

    internal static ReferenceGrant SampleGrant() => new()
    {
            Metadata = new() { Name = "shop-routes", Namespace = "backends" },
            Spec = new()
            {
                From = [new() { Group = GatewayApiGroups.GatewayNetworking, Kind = "HTTPRoute", Namespace = "shop" }],
                To = [new() { Group = GatewayApiGroups.Core, Kind = "Service" }],
            },
    };

    internal static Gateway SampleTlsGateway() => new()
    {
        Metadata = new() { Name = "mtls", Namespace = "ingress" },
        Spec = SampleTlsSpec(),
    };

    [Test]
    public void GatewayClass_and_ReferenceGrant_write_the_expected_trees()
    {
        var cls = SampleClass();
        var grant = SampleGrant();
        Assert.Multiple(() =>
        {
            Assert.That(cls.IsNamespaced, Is.False);
            YamlTrees.AssertEqual("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: GatewayClass
                metadata: {name: istio}
                spec:
                  controllerName: istio.io/gateway-controller
                  parametersRef: {group: "", kind: ConfigMap, name: defaults, namespace: istio-system}
                  description: Istio
                """, ManifestWriter.Write(cls));
            YamlTrees.AssertEqual("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: ReferenceGrant
                metadata: {name: shop-routes, namespace: backends}
                spec:
                  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: shop}]
                  to: [{group: "", kind: Service}]
                """, ManifestWriter.Write(grant));
        });
    }

    [Test]
    public void Gateway_tls_and_allowed_listeners_use_the_api_names()
    {
        YamlTrees.AssertEqual("""
            gatewayClassName: istio
            listeners: [{name: https, port: 443, protocol: HTTPS, tls: {certificateRefs: [{name: gw-cert}]}}]
            allowedListeners: {namespaces: {from: Same}}
            tls:
              backend: {clientCertificateRef: {name: gw-client}}
              frontend:
                default: {validation: {caCertificateRefs: [{group: "", kind: ConfigMap, name: client-ca}], mode: AllowInsecureFallback}}
                perPort: [{port: 8443, tls: {validation: {caCertificateRefs: [{group: "", kind: ConfigMap, name: partner-ca}]}}}]
            """, ManifestWriter.WriteValue(SampleTlsSpec()));
    }

    private static GatewaySpec SampleTlsSpec() => new()
    {
            GatewayClassName = "istio",
            Listeners = [new() { Name = "https", Port = 443, Protocol = ListenerProtocols.Https, Tls = new() { CertificateRefs = [new() { Name = "gw-cert" }] } }],
            AllowedListeners = new() { Namespaces = new() { From = FromNamespaces.Same } },
            Tls = new()
            {
                Backend = new() { ClientCertificateRef = new() { Name = "gw-client" } },
                Frontend = new()
                {
                    Default = new() { Validation = new() { CaCertificateRefs = [new() { Group = "", Kind = "ConfigMap", Name = "client-ca" }], Mode = FrontendValidationMode.AllowInsecureFallback } },
                    PerPort = [new() { Port = 8443, Tls = new() { Validation = new() { CaCertificateRefs = [new() { Group = "", Kind = "ConfigMap", Name = "partner-ca" }] } } }],
                },
            },
    };

    /// <summary>
    /// Writes the samples for the outside judge when MESH_SDK_SCHEMA_OUT names a file:
    /// <c>node tests/Mesh.Sdk.Conformance.Tests/schema/validate.mjs FILE</c>.
    /// </summary>
    [Test]
    public void Samples_can_be_written_for_the_schema_validator()
    {
        var yaml = ManifestWriter.Write([SampleGateway(), SampleRoute(), SampleClass(), SampleGrant(), SampleTlsGateway()]);
        Assert.That(yaml, Does.Contain("\n---\n"));
        if (Environment.GetEnvironmentVariable("MESH_SDK_SCHEMA_OUT") is { Length: > 0 } path) File.WriteAllText(path, yaml);
    }
}
