using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Networking.V1;
using Mesh.Sdk.Istio.Security.V1;
using MeshV1Alpha1 = Mesh.Sdk.Istio.Mesh.V1Alpha1;
using NetV1Beta1 = Mesh.Sdk.Istio.Networking.V1Beta1;

namespace Mesh.Sdk.Tests.Istio;

/// <summary>Istio networking and security kinds written from C# equal the YAML of domain.md and the Istio docs.</summary>
public class IstioNetworkingTests
{
    [Test]
    public void DestinationRule_with_warmup_matches_the_MESH041_good_example()
    {
        var dr = new DestinationRule
        {
            Metadata = new() { Name = "reviews", Namespace = "shop" },
            Spec = new()
            {
                Host = "reviews.shop.svc.cluster.local",
                TrafficPolicy = new()
                {
                    LoadBalancer = new()
                    {
                        Simple = SimpleLoadBalancer.LeastRequest,
                        Warmup = new() { Duration = Duration.FromSeconds(30), MinimumPercent = 10, Aggression = 1.0 },
                    },
                },
            },
        };
        var yaml = IstioYaml.AssertWrites(dr, """
            apiVersion: networking.istio.io/v1
            kind: DestinationRule
            metadata: {name: reviews, namespace: shop}
            spec:
              host: reviews.shop.svc.cluster.local
              trafficPolicy:
                loadBalancer: {simple: LEAST_REQUEST, warmup: {duration: 30s, minimumPercent: 10, aggression: 1.0}}
            """);
        Assert.That(yaml, Does.Contain("duration: 30s"));
    }

    [Test]
    public void DestinationRule_with_the_deprecated_warmupDurationSecs_matches_the_MESH041_bad_example()
    {
#pragma warning disable CS0618 // the deprecated field is what this test writes
        var lb = new LoadBalancerSettings
        {
            WarmupDurationSecs = Duration.FromSeconds(30),
            Warmup = new() { Duration = Duration.FromSeconds(30), Aggression = 0 },
        };
#pragma warning restore CS0618
        var dr = new DestinationRule
        {
            Metadata = new() { Name = "api" },
            Spec = new() { Host = "api", TrafficPolicy = new() { LoadBalancer = lb } },
        };
        IstioYaml.AssertWrites(dr, """
            apiVersion: networking.istio.io/v1
            kind: DestinationRule
            metadata: {name: api}
            spec:
              host: api
              trafficPolicy:
                loadBalancer: {warmupDurationSecs: 30s, warmup: {duration: 30s, aggression: 0}}
            """);
        var obsolete = typeof(LoadBalancerSettings).GetProperty(nameof(LoadBalancerSettings.Warmup) + "DurationSecs")!
            .GetCustomAttributes(typeof(ObsoleteAttribute), false).Cast<ObsoleteAttribute>().Single();
        Assert.That(obsolete.Message, Does.Contain("Warmup"));
    }

    [Test]
    public void DestinationRule_full_traffic_policy_and_subsets()
    {
        var dr = new DestinationRule
        {
            Metadata = new() { Name = "ratings" },
            Spec = new()
            {
                Host = "ratings.prod.svc.cluster.local",
                ExportTo = ["."],
                WorkloadSelector = new() { MatchLabels = { ["app"] = "ratings" } },
                TrafficPolicy = new()
                {
                    ConnectionPool = new()
                    {
                        Tcp = new()
                        {
                            MaxConnections = 100,
                            ConnectTimeout = Duration.FromMilliseconds(30),
                            TcpKeepalive = new() { Time = Duration.FromSeconds(7200), Interval = Duration.FromSeconds(75) },
                        },
                        Http = new() { Http2MaxRequests = 1000, MaxRequestsPerConnection = 10, H2UpgradePolicy = H2UpgradePolicy.Upgrade },
                    },
                    OutlierDetection = new()
                    {
                        Consecutive5xxErrors = 7,
                        Interval = Duration.FromMinutes(5),
                        BaseEjectionTime = Duration.FromMinutes(15),
                    },
                    Tls = new() { Mode = ClientTlsMode.IstioMutual },
                    PortLevelSettings =
                    [
                        new() { Port = new() { Number = 80 }, LoadBalancer = new() { Simple = SimpleLoadBalancer.LeastRequest } },
                        new() { Port = new() { Number = 9080 }, LoadBalancer = new() { Simple = SimpleLoadBalancer.RoundRobin } },
                    ],
                    ProxyProtocol = new() { Version = ProxyProtocolVersion.V2 },
                    Tunnel = new() { Protocol = "CONNECT", TargetHost = "example.com", TargetPort = 443 },
                },
                Subsets =
                [
                    new()
                    {
                        Name = "testversion",
                        Labels = { ["version"] = "v3" },
                        TrafficPolicy = new()
                        {
                            LoadBalancer = new()
                            {
                                ConsistentHash = new() { HttpCookie = new() { Name = "user", Ttl = Duration.FromSeconds(0) } },
                            },
                        },
                    },
                ],
            },
        };
        IstioYaml.AssertWrites(dr, """
            apiVersion: networking.istio.io/v1
            kind: DestinationRule
            metadata:
              name: ratings
            spec:
              host: ratings.prod.svc.cluster.local
              exportTo: ["."]
              workloadSelector:
                matchLabels: {app: ratings}
              trafficPolicy:
                connectionPool:
                  tcp:
                    maxConnections: 100
                    connectTimeout: 0.030s
                    tcpKeepalive: {time: 7200s, interval: 75s}
                  http: {http2MaxRequests: 1000, maxRequestsPerConnection: 10, h2UpgradePolicy: UPGRADE}
                outlierDetection:
                  consecutive5xxErrors: 7
                  interval: 300s
                  baseEjectionTime: 900s
                tls: {mode: ISTIO_MUTUAL}
                portLevelSettings:
                - port: {number: 80}
                  loadBalancer: {simple: LEAST_REQUEST}
                - port: {number: 9080}
                  loadBalancer: {simple: ROUND_ROBIN}
                proxyProtocol: {version: V2}
                tunnel: {protocol: CONNECT, targetHost: example.com, targetPort: 443}
              subsets:
              - name: testversion
                labels: {version: v3}
                trafficPolicy:
                  loadBalancer:
                    consistentHash:
                      httpCookie: {name: user, ttl: 0s}
            """);
    }

    [Test]
    public void Gateway_with_https_server_and_redirect()
    {
        var gw = new Gateway
        {
            Metadata = new() { Name = "bookinfo-gateway", Namespace = "bookinfo" },
            Spec = new()
            {
                Selector = { ["istio"] = "ingressgateway" },
                Servers =
                [
                    new()
                    {
                        Port = new() { Number = 80, Name = "http", Protocol = PortProtocols.Http },
                        Hosts = ["bookinfo.example.com"],
                        Tls = new() { HttpsRedirect = true },
                    },
                    new()
                    {
                        Port = new() { Number = 443, Name = "https", Protocol = PortProtocols.Https },
                        Hosts = ["bookinfo/bookinfo.example.com"],
                        Tls = new()
                        {
                            Mode = ServerTlsMode.Simple,
                            CredentialName = "bookinfo-cert",
                            MinProtocolVersion = TlsProtocolVersion.TlsV12,
                            MaxProtocolVersion = TlsProtocolVersion.TlsV13,
                        },
                    },
                ],
            },
        };
        IstioYaml.AssertWrites(gw, """
            apiVersion: networking.istio.io/v1
            kind: Gateway
            metadata: {name: bookinfo-gateway, namespace: bookinfo}
            spec:
              selector:
                istio: ingressgateway
              servers:
              - port: {number: 80, name: http, protocol: HTTP}
                hosts: [bookinfo.example.com]
                tls: {httpsRedirect: true}
              - port: {number: 443, name: https, protocol: HTTPS}
                hosts: [bookinfo/bookinfo.example.com]
                tls:
                  mode: SIMPLE
                  credentialName: bookinfo-cert
                  minProtocolVersion: TLSV1_2
                  maxProtocolVersion: TLSV1_3
            """);
    }

    [Test]
    public void VirtualService_http_tcp_and_tls_routes()
    {
        var vs = new VirtualService
        {
            Metadata = new() { Name = "reviews" },
            Spec = new()
            {
                Hosts = ["reviews.prod.svc.cluster.local"],
                Gateways = ["bookinfo/bookinfo-gateway", "mesh"],
                Http =
                [
                    new()
                    {
                        Name = "v2",
                        Match =
                        [
                            new()
                            {
                                Uri = StringMatch.PrefixMatch("/wpcatalog"),
                                Headers = { ["end-user"] = StringMatch.ExactMatch("jason") },
                                IgnoreUriCase = true,
                            },
                        ],
                        Rewrite = new() { Uri = "/newcatalog" },
                        Route =
                        [
                            new()
                            {
                                Destination = new() { Host = "reviews", Subset = "v2", Port = new() { Number = 9080 } },
                                Weight = 80,
                                Headers = new() { Request = new() { Set = { ["x-version"] = "v2" }, Remove = ["x-debug"] } },
                            },
                            new() { Destination = new() { Host = "reviews", Subset = "v1" }, Weight = 20 },
                        ],
                        Timeout = Duration.FromSeconds(10),
                        Retries = new()
                        {
                            Attempts = 2,
                            PerTryTimeout = Duration.FromSeconds(2),
                            RetryOn = "connect-failure,refused-stream,unavailable,503",
                        },
                        Fault = new() { Delay = new() { FixedDelay = Duration.FromSeconds(7), Percentage = new() { Value = 0.1 } } },
                        Mirror = new() { Host = "reviews", Subset = "v3" },
                        MirrorPercentage = new() { Value = 100.0 },
                    },
                ],
                Tcp =
                [
                    new()
                    {
                        Match = [new() { Port = 27017 }],
                        Route = [new() { Destination = new() { Host = "mongo.backup.svc.cluster.local", Port = new() { Number = 5555 } } }],
                    },
                ],
                Tls =
                [
                    new()
                    {
                        Match = [new() { Port = 443, SniHosts = ["login.bookinfo.com"] }],
                        Route = [new() { Destination = new() { Host = "login.prod.svc.cluster.local" } }],
                    },
                ],
            },
        };
        IstioYaml.AssertWrites(vs, """
            apiVersion: networking.istio.io/v1
            kind: VirtualService
            metadata: {name: reviews}
            spec:
              hosts: [reviews.prod.svc.cluster.local]
              gateways: [bookinfo/bookinfo-gateway, mesh]
              http:
              - name: v2
                match:
                - uri: {prefix: /wpcatalog}
                  headers:
                    end-user: {exact: jason}
                  ignoreUriCase: true
                rewrite: {uri: /newcatalog}
                route:
                - destination: {host: reviews, subset: v2, port: {number: 9080}}
                  weight: 80
                  headers:
                    request:
                      set: {x-version: v2}
                      remove: [x-debug]
                - destination: {host: reviews, subset: v1}
                  weight: 20
                timeout: 10s
                retries: {attempts: 2, perTryTimeout: 2s, retryOn: "connect-failure,refused-stream,unavailable,503"}
                fault:
                  delay: {fixedDelay: 7s, percentage: {value: 0.1}}
                mirror: {host: reviews, subset: v3}
                mirrorPercentage: {value: 100.0}
              tcp:
              - match: [{port: 27017}]
                route:
                - destination: {host: mongo.backup.svc.cluster.local, port: {number: 5555}}
              tls:
              - match: [{port: 443, sniHosts: [login.bookinfo.com]}]
                route:
                - destination: {host: login.prod.svc.cluster.local}
            """);
    }

    [Test]
    public void VirtualService_MESH060_bad_example_keeps_attempts_zero()
    {
        var vs = new VirtualService
        {
            Metadata = new() { Name = "api" },
            Spec = new()
            {
                Hosts = ["api"],
                Http = [new() { Route = [new() { Destination = new() { Host = "api" } }], Retries = new() { Attempts = 0 } }],
            },
        };
        IstioYaml.AssertWrites(vs, """
            apiVersion: networking.istio.io/v1
            kind: VirtualService
            metadata: {name: api}
            spec:
              hosts: [api]
              http: [{route: [{destination: {host: api}}], retries: {attempts: 0}}]
            """);
    }

    [Test]
    public void Sidecar_and_ServiceEntry()
    {
        var sidecar = new Sidecar
        {
            Metadata = new() { Name = "default", Namespace = "shop" },
            Spec = new()
            {
                WorkloadSelector = new() { Labels = { ["app"] = "ratings" } },
                Ingress =
                [
                    new()
                    {
                        Port = new() { Number = 9080, Protocol = "HTTP", Name = "somename" },
                        DefaultEndpoint = "unix:///var/run/someuds.sock",
                        CaptureMode = CaptureMode.None,
                    },
                ],
                Egress = [new() { Hosts = ["./*", "istio-system/*"] }],
                OutboundTrafficPolicy = new() { Mode = OutboundTrafficPolicyMode.RegistryOnly },
            },
        };
        IstioYaml.AssertWrites(sidecar, """
            apiVersion: networking.istio.io/v1
            kind: Sidecar
            metadata: {name: default, namespace: shop}
            spec:
              workloadSelector:
                labels: {app: ratings}
              ingress:
              - port: {number: 9080, protocol: HTTP, name: somename}
                captureMode: NONE
                defaultEndpoint: unix:///var/run/someuds.sock
              egress:
              - hosts: ["./*", "istio-system/*"]
              outboundTrafficPolicy: {mode: REGISTRY_ONLY}
            """);

        var se = new ServiceEntry
        {
            Metadata = new() { Name = "external-svc-https" },
            Spec = new()
            {
                Hosts = ["api.dropboxapi.com"],
                Location = ServiceEntryLocation.MeshExternal,
                Ports = [new() { Number = 443, Name = "https", Protocol = "TLS" }],
                Resolution = ServiceEntryResolution.DnsRoundRobin,
                Endpoints = [new() { Address = "1.1.1.1", Ports = { ["https"] = 8443 }, Weight = 1, Locality = "us-east-1/a" }],
            },
        };
        IstioYaml.AssertWrites(se, """
            apiVersion: networking.istio.io/v1
            kind: ServiceEntry
            metadata: {name: external-svc-https}
            spec:
              hosts: [api.dropboxapi.com]
              location: MESH_EXTERNAL
              ports:
              - number: 443
                name: https
                protocol: TLS
              resolution: DNS_ROUND_ROBIN
              endpoints:
              - {address: 1.1.1.1, ports: {https: 8443}, weight: 1, locality: us-east-1/a}
            """);
    }

    [Test]
    public void PeerAuthentication_strict_with_a_port_level_exception()
    {
        var pa = new PeerAuthentication
        {
            Metadata = new() { Name = "default", Namespace = "foo" },
            Spec = new()
            {
                Selector = new() { MatchLabels = { ["app"] = "finance" } },
                Mtls = new() { Mode = MutualTlsMode.Strict },
                PortLevelMtls = { [8080] = new() { Mode = MutualTlsMode.Disable } },
            },
        };
        var yaml = IstioYaml.AssertWrites(pa, """
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata: {name: default, namespace: foo}
            spec:
              selector:
                matchLabels: {app: finance}
              mtls: {mode: STRICT}
              portLevelMtls:
                "8080": {mode: DISABLE}
            """);
        Assert.That(yaml, Does.Contain("\"8080\":"), "port keys are JSON object keys: strings");
    }

    [Test]
    public void ProxyConfig_resource_with_environment_variables()
    {
        var pc = new NetV1Beta1.ProxyConfig
        {
            Metadata = new() { Name = "per-workload", Namespace = "shop" },
            Spec = new()
            {
                Selector = new() { MatchLabels = { ["app"] = "ratings" } },
                Concurrency = 0,
                EnvironmentVariables =
                {
                    [MeshV1Alpha1.ProxyMetadataKeys.ExitOnZeroActiveConnections] = "true",
                    [MeshV1Alpha1.ProxyMetadataKeys.MinimumDrainDuration] = "10s",
                },
                Image = new() { ImageType = NetV1Beta1.ProxyImageTypes.Distroless },
            },
        };
        IstioYaml.AssertWrites(pc, """
            apiVersion: networking.istio.io/v1beta1
            kind: ProxyConfig
            metadata: {name: per-workload, namespace: shop}
            spec:
              selector:
                matchLabels: {app: ratings}
              concurrency: 0
              environmentVariables:
                EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
                MINIMUM_DRAIN_DURATION: 10s
              image: {imageType: distroless}
            """);
    }
}
