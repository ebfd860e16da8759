// The cdk8s side of eng/bench/emit-throughput.sh. Builds N apps (N from MESH_BENCH_APPS), each a
// Deployment (probes, resources, preStop, the proxy.istio.io/config annotation as a multi-line
// string), a Service and an autoscaling/v2 HPA, then app.synth() into MESH_BENCH_OUT.
// MESH_BENCH_MODE=apiobject (default): cdk8s's low-level ApiObject, the same objects Mesh.Sdk
// writes (tests/Mesh.Sdk.Benchmarks/BenchApps.cs). MESH_BENCH_MODE=plus: cdk8s-plus-33's
// Deployment / Service / HorizontalPodAutoscaler constructs (same shape; cdk8s-plus adds its
// own defaults, e.g. a security context, so its output is larger).
'use strict';
const { App, Chart, ApiObject, Duration, Size, YamlOutputType } = require('cdk8s');

const apps = parseInt(process.env.MESH_BENCH_APPS || '10', 10);
const outdir = process.env.MESH_BENCH_OUT || 'dist';
const mode = process.env.MESH_BENCH_MODE || 'apiobject';
const proxyConfig = 'holdApplicationUntilProxyStarts: true\nproxyMetadata:\n  EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"\n';

const app = new App({ outdir, yamlOutputType: YamlOutputType.FILE_PER_CHART });
const chart = new Chart(app, 'apps', { disableResourceNameHashes: true });

function apiObjects(i) {
  const name = `app-${i}`;
  const ns = 'bench';
  const labels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': 'bench' };
  new ApiObject(chart, `${name}-deploy`, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns, labels },
    spec: {
      selector: { matchLabels: labels },
      template: {
        metadata: { labels, annotations: { 'proxy.istio.io/config': proxyConfig } },
        spec: {
          terminationGracePeriodSeconds: 45,
          containers: [{
            name: 'app',
            image: `ghcr.io/acme/${name}:1.4.2`,
            ports: [{ name: 'http', containerPort: 8080 }],
            env: [{ name: 'ASPNETCORE_URLS', value: 'http://+:8080' }],
            resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '512Mi' } },
            readinessProbe: { httpGet: { path: '/healthz/ready', port: 'http' }, periodSeconds: 5 },
            livenessProbe: { httpGet: { path: '/healthz/live', port: 'http' }, periodSeconds: 10, failureThreshold: 3 },
            lifecycle: { preStop: { sleep: { seconds: 10 } } },
          }],
        },
      },
    },
  });
  new ApiObject(chart, `${name}-svc`, {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: ns, labels },
    spec: { selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
  });
  new ApiObject(chart, `${name}-hpa`, {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name, namespace: ns, labels },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: 3,
      maxReplicas: 12,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
    },
  });
}

let kplus;
function plusObjects(i) {
  kplus = kplus || require('cdk8s-plus-33');
  const name = `app-${i}`;
  const ns = 'bench';
  const labels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': 'bench' };
  const deployment = new kplus.Deployment(chart, `${name}-deploy`, {
    metadata: { name, namespace: ns, labels },
    terminationGracePeriod: Duration.seconds(45),
    podMetadata: { labels, annotations: { 'proxy.istio.io/config': proxyConfig } },
    containers: [{
      name: 'app',
      image: `ghcr.io/acme/${name}:1.4.2`,
      ports: [{ name: 'http', number: 8080 }],
      envVariables: { ASPNETCORE_URLS: kplus.EnvValue.fromValue('http://+:8080') },
      resources: {
        cpu: { request: kplus.Cpu.millis(250) },
        memory: { request: Size.mebibytes(256), limit: Size.mebibytes(512) },
      },
      readiness: kplus.Probe.fromHttpGet('/healthz/ready', { port: 8080, periodSeconds: Duration.seconds(5) }),
      liveness: kplus.Probe.fromHttpGet('/healthz/live', { port: 8080, periodSeconds: Duration.seconds(10), failureThreshold: 3 }),
      lifecycle: { preStop: kplus.Handler.fromCommand(['sleep', '10']) },
    }],
  });
  new kplus.Service(chart, `${name}-svc`, {
    metadata: { name, namespace: ns, labels },
    selector: deployment,
    ports: [{ name: 'http', port: 80, targetPort: 8080 }],
  });
  new kplus.HorizontalPodAutoscaler(chart, `${name}-hpa`, {
    metadata: { name, namespace: ns, labels },
    target: deployment,
    minReplicas: 3,
    maxReplicas: 12,
    metrics: [kplus.Metric.resourceCpu(kplus.MetricTarget.averageUtilization(70))],
  });
}

const build = mode === 'plus' ? plusObjects : apiObjects;
for (let i = 0; i < apps; i++) build(i);
app.synth();
