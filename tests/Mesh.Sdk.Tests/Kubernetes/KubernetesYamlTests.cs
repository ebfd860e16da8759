using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tests.Kubernetes;

/// <summary>Realistic objects of each kind write the exact YAML a user expects to apply.</summary>
public class KubernetesYamlTests
{
    [Test]
    public void Deployment_with_a_full_pod_template_writes_the_expected_yaml()
    {
        const string expected = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: checkout
              namespace: shop
              labels:
                app: checkout
            spec:
              replicas: 3
              selector:
                matchLabels:
                  app: checkout
              template:
                metadata:
                  labels:
                    app: checkout
                  annotations:
                    proxy.istio.io/config: |
                      holdApplicationUntilProxyStarts: true
                spec:
                  initContainers:
                  - name: log-shipper
                    image: fluent/fluent-bit:3.1
                    restartPolicy: Always
                  containers:
                  - name: app
                    image: registry.example.com/checkout:1.4.2
                    imagePullPolicy: IfNotPresent
                    args:
                    - "--port=8080"
                    ports:
                    - name: http
                      containerPort: 8080
                    envFrom:
                    - configMapRef:
                        name: checkout-config
                    env:
                    - name: LOG_LEVEL
                      value: info
                    - name: POD_IP
                      valueFrom:
                        fieldRef:
                          fieldPath: status.podIP
                    - name: DB_PASSWORD
                      valueFrom:
                        secretKeyRef:
                          name: checkout-db
                          key: password
                    resources:
                      requests:
                        cpu: 250m
                        memory: 256Mi
                      limits:
                        memory: 512Mi
                    volumeMounts:
                    - name: config
                      mountPath: /etc/checkout
                      readOnly: true
                    - name: tmp
                      mountPath: /tmp
                    livenessProbe:
                      tcpSocket:
                        port: 8080
                      initialDelaySeconds: 10
                      failureThreshold: 3
                    readinessProbe:
                      httpGet:
                        path: /ready
                        port: http
                      periodSeconds: 5
                    startupProbe:
                      grpc:
                        port: 9090
                      periodSeconds: 2
                      failureThreshold: 30
                    lifecycle:
                      preStop:
                        sleep:
                          seconds: 5
                    securityContext:
                      readOnlyRootFilesystem: true
                      allowPrivilegeEscalation: false
                      capabilities:
                        drop:
                        - ALL
                  volumes:
                  - name: config
                    configMap:
                      name: checkout-config
                      defaultMode: 420
                  - name: tmp
                    emptyDir: {}
                  terminationGracePeriodSeconds: 45
                  serviceAccountName: checkout
                  securityContext:
                    runAsUser: 1000
                    runAsNonRoot: true
                    fsGroup: 2000
                    seccompProfile:
                      type: RuntimeDefault
                  tolerations:
                  - key: dedicated
                    operator: Equal
                    value: shop
                    effect: NoSchedule
                  topologySpreadConstraints:
                  - maxSkew: 1
                    topologyKey: topology.kubernetes.io/zone
                    whenUnsatisfiable: ScheduleAnyway
                    labelSelector:
                      matchLabels:
                        app: checkout
                  os:
                    name: linux
              strategy:
                type: RollingUpdate
                rollingUpdate:
                  maxSurge: 25%
                  maxUnavailable: 0

            """;
        Assert.That(ManifestWriter.Write(Samples.Deployment()), Is.EqualTo(expected));
    }

    [Test]
    public void Service_writes_the_expected_yaml()
    {
        const string expected = """
            apiVersion: v1
            kind: Service
            metadata:
              name: checkout
              namespace: shop
            spec:
              type: ClusterIP
              selector:
                app: checkout
              ports:
              - name: http
                appProtocol: http
                port: 80
                targetPort: http
              - name: grpc
                protocol: TCP
                port: 9090
                targetPort: 9090

            """;
        Assert.That(ManifestWriter.Write(Samples.Service()), Is.EqualTo(expected));
    }

    [Test]
    public void HorizontalPodAutoscaler_writes_the_expected_yaml()
    {
        const string expected = """
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: checkout
              namespace: shop
            spec:
              scaleTargetRef:
                apiVersion: apps/v1
                kind: Deployment
                name: checkout
              minReplicas: 3
              maxReplicas: 10
              metrics:
              - type: ContainerResource
                containerResource:
                  name: cpu
                  container: app
                  target:
                    type: Utilization
                    averageUtilization: 70
              - type: Pods
                pods:
                  metric:
                    name: http_requests_per_second
                  target:
                    type: AverageValue
                    averageValue: "100"
              behavior:
                scaleDown:
                  stabilizationWindowSeconds: 300
                  selectPolicy: Min
                  policies:
                  - type: Percent
                    value: 10
                    periodSeconds: 60

            """;
        Assert.That(ManifestWriter.Write(Samples.Hpa()), Is.EqualTo(expected));
    }

    [Test]
    public void CronJob_writes_the_expected_yaml_without_job_template_metadata()
    {
        const string expected = """
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: nightly-report
              namespace: shop
            spec:
              schedule: 0 2 * * *
              timeZone: Europe/Paris
              concurrencyPolicy: Forbid
              successfulJobsHistoryLimit: 1
              jobTemplate:
                spec:
                  backoffLimit: 2
                  ttlSecondsAfterFinished: 3600
                  template:
                    metadata: {}
                    spec:
                      containers:
                      - name: report
                        image: registry.example.com/report:2.0
                        command:
                        - /report
                        - "--since=24h"
                      restartPolicy: OnFailure

            """;
        Assert.That(ManifestWriter.Write(Samples.CronJob()), Is.EqualTo(expected));
    }

    [Test]
    public void ConfigMap_writes_data_sorted_with_quoted_booleans_and_block_scalars()
    {
        const string expected = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: checkout-config
              namespace: shop
            immutable: true
            data:
              FEATURE_X: "true"
              LOG_FORMAT: json
              app.yaml: |
                server:
                  port: 8080
            binaryData:
              logo.png: iVBORw0KGgo=

            """;
        Assert.That(ManifestWriter.Write(Samples.ConfigMap()), Is.EqualTo(expected));
    }

    [Test]
    public void PodDisruptionBudget_writes_the_expected_yaml()
    {
        const string expected = """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: checkout
              namespace: shop
            spec:
              selector:
                matchLabels:
                  app: checkout
              maxUnavailable: 1
              unhealthyPodEvictionPolicy: AlwaysAllow

            """;
        Assert.That(ManifestWriter.Write(Samples.Pdb()), Is.EqualTo(expected));
    }

    [Test]
    public void Namespace_is_cluster_scoped_with_label_names_and_writes_only_metadata()
    {
        var ns = Samples.Namespace();
        Assert.Multiple(() =>
        {
            Assert.That(ManifestWriter.Write(ns), Is.EqualTo("""
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  labels:
                    istio.io/rev: stable

                """));
            Assert.That(ns.IsNamespaced, Is.False);
            Assert.That(ns.NameRule, Is.EqualTo(Model.NameRule.Dns1123Label));
            Assert.That(Samples.Service().NameRule, Is.EqualTo(Model.NameRule.Dns1035Label));
            Assert.That(Samples.Deployment().NameRule, Is.EqualTo(Model.NameRule.Dns1123Subdomain));
        });
    }

    [Test]
    public void StatefulSet_writes_claim_templates_update_strategy_and_retention_policy()
    {
        var root = YamlTree.Parse(ManifestWriter.Write(Samples.StatefulSet()));
        Assert.Multiple(() =>
        {
            Assert.That(YamlTree.Keys(root, "spec"), Is.EqualTo(new[]
            {
                "serviceName", "replicas", "selector", "template", "volumeClaimTemplates",
                "podManagementPolicy", "updateStrategy", "persistentVolumeClaimRetentionPolicy",
            }));
            Assert.That(YamlTree.Scalar(root, "spec.volumeClaimTemplates[0].metadata.name"), Is.EqualTo("data"));
            Assert.That(YamlTree.Scalar(root, "spec.volumeClaimTemplates[0].spec.accessModes[0]"), Is.EqualTo("ReadWriteOnce"));
            Assert.That(YamlTree.Scalar(root, "spec.volumeClaimTemplates[0].spec.resources.requests.storage"), Is.EqualTo("10Gi"));
            Assert.That(YamlTree.Scalar(root, "spec.volumeClaimTemplates[0].spec.storageClassName"), Is.EqualTo("fast"));
            Assert.That(YamlTree.Scalar(root, "spec.podManagementPolicy"), Is.EqualTo("Parallel"));
            Assert.That(YamlTree.Scalar(root, "spec.updateStrategy.rollingUpdate.partition"), Is.EqualTo("1"));
            Assert.That(YamlTree.Scalar(root, "spec.persistentVolumeClaimRetentionPolicy.whenScaled"), Is.EqualTo("Delete"));
        });
    }

    [Test]
    public void DaemonSet_writes_host_namespaces_and_update_strategy()
    {
        var root = YamlTree.Parse(ManifestWriter.Write(Samples.DaemonSet()));
        Assert.Multiple(() =>
        {
            Assert.That(YamlTree.Keys(root, "spec"), Is.EqualTo(new[] { "selector", "template", "updateStrategy" }));
            Assert.That(YamlTree.Scalar(root, "spec.template.spec.hostNetwork"), Is.EqualTo("true"));
            Assert.That(YamlTree.Scalar(root, "spec.template.spec.hostPID"), Is.EqualTo("true"));
            Assert.That(YamlTree.Scalar(root, "spec.template.spec.dnsPolicy"), Is.EqualTo("ClusterFirstWithHostNet"));
            Assert.That(YamlTree.Keys(root, "spec.template.spec.tolerations[0]"), Is.EqualTo(new[] { "operator" }));
            Assert.That(YamlTree.Scalar(root, "spec.template.spec.volumes[0].hostPath.type"), Is.EqualTo("Directory"));
            Assert.That(YamlTree.Scalar(root, "spec.template.spec.containers[0].volumeMounts[0].mountPropagation"), Is.EqualTo("HostToContainer"));
            Assert.That(YamlTree.Scalar(root, "spec.updateStrategy.rollingUpdate.maxUnavailable"), Is.EqualTo("0"));
            Assert.That(YamlTree.Scalar(root, "spec.updateStrategy.rollingUpdate.maxSurge"), Is.EqualTo("1"));
        });
    }

    [Test]
    public void Job_writes_its_counts_and_restart_policy()
    {
        var root = YamlTree.Parse(ManifestWriter.Write(Samples.Job()));
        Assert.Multiple(() =>
        {
            Assert.That(YamlTree.Keys(root, "spec"), Is.EqualTo(new[]
            {
                "parallelism", "completions", "completionMode", "backoffLimit", "activeDeadlineSeconds", "template",
            }));
            Assert.That(YamlTree.Scalar(root, "spec.backoffLimit"), Is.EqualTo("0"), "zero is written, not omitted");
            Assert.That(YamlTree.Scalar(root, "spec.template.spec.restartPolicy"), Is.EqualTo("Never"));
        });
    }

    [Test]
    public void Secret_ServiceAccount_and_Pod_write_their_top_level_fields()
    {
        var secret = YamlTree.Parse(ManifestWriter.Write(Samples.Secret()));
        var sa = YamlTree.Parse(ManifestWriter.Write(Samples.ServiceAccount()));
        var pod = YamlTree.Parse(ManifestWriter.Write(Samples.Pod()));
        Assert.Multiple(() =>
        {
            Assert.That(YamlTree.Keys(secret, ""), Is.EqualTo(new[] { "apiVersion", "kind", "metadata", "type", "stringData" }));
            Assert.That(YamlTree.Scalar(secret, "type"), Is.EqualTo("kubernetes.io/basic-auth"));
            Assert.That(YamlTree.Scalar(secret, "stringData.password"), Is.EqualTo("s3cret"));

            Assert.That(YamlTree.Keys(sa, ""), Is.EqualTo(new[] { "apiVersion", "kind", "metadata", "automountServiceAccountToken", "imagePullSecrets" }));
            Assert.That(YamlTree.Scalar(sa, "imagePullSecrets[0].name"), Is.EqualTo("registry"));

            Assert.That(YamlTree.Scalar(pod, "apiVersion"), Is.EqualTo("v1"));
            Assert.That(YamlTree.Scalar(pod, "kind"), Is.EqualTo("Pod"));
            Assert.That(YamlTree.Scalar(pod, "spec.containers[0].command[1]"), Is.EqualTo("3600"));
            Assert.That(YamlTree.Scalar(pod, "spec.containers[0].tty"), Is.EqualTo("true"));
        });
    }
}
