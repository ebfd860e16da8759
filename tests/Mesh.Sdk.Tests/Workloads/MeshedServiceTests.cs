using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Validation;
using Mesh.Sdk.Workloads;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tests.Workloads;

/// <summary>The safe workload's defaults, read from the YAML it emits, per target versions (docs/workloads.md).</summary>
public sealed class MeshedServiceTests
{
    private static readonly TargetVersions Current = TargetVersions.Default; // Kubernetes 1.35, Istio 1.30
    private static readonly TargetVersions Old = new(new Version(1, 26), new Version(1, 22), IsDefault: false);

    private static MeshedService Web() => new()
    {
        Name = "web",
        Namespace = "shop",
        Image = "ghcr.io/acme/web:1.4.2",
        ReadinessPath = "/healthz/ready",
    };

    private static string Yaml(MeshedServiceObjects objects) => ManifestWriter.Write(objects);

    [Test]
    public void On_current_versions_it_expands_to_native_sidecars_with_a_covering_grace_period()
    {
        var text = Yaml(Web().Expand(Current));

        Assert.That(text, Is.EqualTo("""
            apiVersion: v1
            kind: Service
            metadata:
              name: web
              namespace: shop
              labels:
                app.kubernetes.io/name: web
            spec:
              selector:
                app.kubernetes.io/name: web
              ports:
              - name: http
                appProtocol: http
                port: 80
                targetPort: http
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
              labels:
                app.kubernetes.io/name: web
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app.kubernetes.io/name: web
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: web
                    sidecar.istio.io/inject: "true"
                  annotations:
                    sidecar.istio.io/nativeSidecar: "true"
                spec:
                  containers:
                  - name: web
                    image: ghcr.io/acme/web:1.4.2
                    ports:
                    - name: http
                      containerPort: 8080
                    readinessProbe:
                      httpGet:
                        path: /healthz/ready
                        port: http
                      periodSeconds: 5
                    lifecycle:
                      preStop:
                        sleep:
                          seconds: 10
                  terminationGracePeriodSeconds: 35
              strategy:
                type: RollingUpdate
                rollingUpdate:
                  maxSurge: 25%
                  maxUnavailable: 0
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web
              namespace: shop
              labels:
                app.kubernetes.io/name: web
            spec:
              selector:
                matchLabels:
                  app.kubernetes.io/name: web
              maxUnavailable: 1
              unhealthyPodEvictionPolicy: AlwaysAllow

            """));
    }

    [Test]
    public void Legacy_mode_opts_out_of_native_sidecars_from_Istio_1_27_where_auto_is_the_default()
    {
        var service = Web();
        service.Sidecar = SidecarMode.Legacy;

        var objects = service.Expand(Current);
        var text = Yaml(objects);

        Assert.That(text, Does.Contain("""
                  annotations:
                    proxy.istio.io/config: |
                      proxyMetadata:
                        EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
                    sidecar.istio.io/nativeSidecar: "false"
            """));
        Assert.That(objects.Decisions.Single(d => d.Setting == "nativeSidecar").Reason, Does.Contain("Istio 1.30").And.Contain("from Istio 1.27"));
    }

    [TestCase("1.26")]
    [TestCase("1.24")]
    public void Legacy_mode_writes_no_native_sidecar_annotation_before_Istio_1_27(string istio)
    {
        var service = Web();
        service.Sidecar = SidecarMode.Legacy;

        var objects = service.Expand(new TargetVersions(new Version(1, 35), Version.Parse(istio), IsDefault: false));

        Assert.That(Yaml(objects), Does.Not.Contain("nativeSidecar").And.Contain("EXIT_ON_ZERO_ACTIVE_CONNECTIONS"));
        Assert.That(objects.Decisions.Select(d => d.Setting), Does.Not.Contain("nativeSidecar"));
    }

    [Test]
    public void On_old_versions_it_falls_back_to_exec_sleep_exit_on_zero_hold_and_the_deprecated_warmup_field()
    {
        var service = Web();
        service.NeedsNetworkAtStart = true;
        service.Warmup = Duration.FromSeconds(60);
        service.Autoscaling = new() { MaxReplicas = 10 };

        var objects = service.Expand(Old);
        var text = Yaml(objects);

        Assert.That(text, Does.Contain("""
                    lifecycle:
                      preStop:
                        exec:
                          command:
                          - sleep
                          - "10"
            """));
        Assert.That(text, Does.Contain("""
                  annotations:
                    proxy.istio.io/config: |
                      holdApplicationUntilProxyStarts: true
                      proxyMetadata:
                        EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
            """));
        Assert.That(text, Does.Not.Contain("nativeSidecar"));
        Assert.That(text, Does.Contain("warmupDurationSecs: 60s").And.Contain("simple: LEAST_REQUEST"));
        Assert.That(text, Does.Contain("- type: Resource\n    resource:\n      name: cpu"), "ContainerResource needs Kubernetes 1.27");
        Assert.That(text, Does.Not.Contain("unhealthyPodEvictionPolicy"), "needs Kubernetes 1.27");
        Assert.That(objects.Decisions.Select(d => d.Setting), Does.Contain("sidecar").And.Contain("hpa metric"));
        Assert.That(objects.Decisions.Single(d => d.Setting == "sidecar").Reason, Does.Contain("Kubernetes 1.26, Istio 1.22"));
    }

    [Test]
    public void Autoscaling_uses_the_app_containers_cpu_omits_replicas_and_adds_a_cpu_request()
    {
        var service = Web();
        service.Autoscaling = new() { MinReplicas = 3, MaxReplicas = 12, CpuUtilization = 65 };

        var objects = service.Expand(Current);
        var text = Yaml(objects);

        Assert.That(objects.Deployment.Spec.Replicas, Is.Null);
        Assert.That(text, Does.Contain("""
              metrics:
              - type: ContainerResource
                containerResource:
                  name: cpu
                  container: web
                  target:
                    type: Utilization
                    averageUtilization: 65
            """));
        Assert.That(objects.App.Resources!.Requests[ResourceNames.Cpu], Is.EqualTo(Quantity.Millicores(100)));
    }

    [Test]
    public void Warmup_on_current_istio_uses_the_warmup_block()
    {
        var service = Web();
        service.Warmup = Duration.FromSeconds(90);

        var text = Yaml(service.Expand(Current));

        Assert.That(text, Does.Contain("""
            spec:
              host: web.shop.svc.cluster.local
              trafficPolicy:
                loadBalancer:
                  simple: LEAST_REQUEST
                  warmup:
                    duration: 90s
            """));
    }

    [Test]
    public void The_grace_period_follows_the_declared_shutdown_budget()
    {
        var service = Web();
        service.PreStopDelay = Duration.FromSeconds(15);
        service.AppShutdown = Duration.FromMilliseconds(40_500);

        var objects = service.Expand(Current);

        Assert.That(objects.Deployment.Spec.Template.Spec.TerminationGracePeriodSeconds, Is.EqualTo(15 + 41 + 5));
        Assert.That(objects.App.Lifecycle!.PreStop!.Sleep!.Seconds, Is.EqualTo(15));
    }

    [Test]
    public void Expanded_objects_stay_editable_and_edits_are_written()
    {
        var objects = Web().Expand(Current);
        objects.App.Env.Add(new() { Name = "MODE", Value = "prod" });
        objects.Deployment.Spec.Template.Spec.TerminationGracePeriodSeconds = 90;
        objects.Deployment.Spec.Template.Metadata.SetProxyResources("100m", "128Mi");

        var text = Yaml(objects);

        Assert.That(text, Does.Contain("- name: MODE\n          value: prod"));
        Assert.That(text, Does.Contain("terminationGracePeriodSeconds: 90"));
        Assert.That(text, Does.Contain("sidecar.istio.io/proxyCPU: 100m"));
    }

    [Test]
    public void Every_expanded_object_points_at_the_users_line_and_validates()
    {
        var service = Web();
        service.Autoscaling = new() { MaxReplicas = 4 };
        service.Warmup = Duration.FromSeconds(30);

        var objects = service.Expand(Current);

        Assert.That(Mesh.Sdk.Model.ModelGraph.Walk(objects.Deployment).Select(m => m.Origin).Distinct(), Is.EqualTo(new[] { service.Origin }));
        Assert.That(service.Origin.FilePath, Does.EndWith("MeshedServiceTests.cs"));
        Assert.That(ModelValidator.Validate(objects), Is.Empty);
        Assert.That(objects.Select(o => o.Kind), Is.EqualTo(new[] { "Service", "Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "DestinationRule" }));
    }

    [Test]
    public void No_sidecar_mode_opts_the_pods_out()
    {
        var service = Web();
        service.Sidecar = SidecarMode.None;

        var text = Yaml(service.Expand(Current));

        Assert.That(text, Does.Contain("sidecar.istio.io/inject: \"false\""));
        Assert.That(text, Does.Not.Contain("nativeSidecar").And.Not.Contain("proxy.istio.io/config"));
    }
}
