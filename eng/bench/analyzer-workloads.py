#!/usr/bin/env python3
"""Writes the C# of eng/bench/analyzer-overhead.sh's consumer project: N workloads spread over F files.

Usage: analyzer-workloads.py OUT_DIR N FILES

Each file is one [Manifest] definition (what the registry generator and MESH2002/2007 read) with
N/FILES workloads. A workload is written the way the samples write one, as object initializers with
constant values (what the MESH analyzers inspect): a Deployment with a typed Istio ProxyConfig
(SetProxyConfig), an app container with ports, env, resources, readiness/liveness/startup probes and a
preStop sleep, a Service, and an autoscaling/v2 HPA on the app container's CPU (ContainerResource).
Variants keep it from being one repeated shape: a third use native sidecars, the others a legacy
sidecar that exits on zero connections (some also hold the app until the proxy is ready, some set a
termination drain duration); every fourth has a second (worker) container. Every workload follows the
rules (no MESH diagnostic of any severity), so the analyzers do their full work without reporting:
the cost every build pays.
"""
import os
import sys

out_dir, n, files = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
per_file = -(-n // files)

HEADER = """using Mesh.Sdk;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;
using ProxyConfig = Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig;

namespace Bench.Team{f:02d};
"""


def proxy_config(i):
    native = i % 3 == 0
    lines = []
    if native:
        # the kubelet orders start and stop: no legacy knobs (MESH018), only per-pod tuning
        lines.append(f"Concurrency = {1 + i % 2},")
    else:
        # legacy sidecar: start it first, and let it exit once connections reach zero, after a
        # minimum drain well inside the grace period
        if i % 2 == 0:
            lines.append("HoldApplicationUntilProxyStarts = true,")
        lines.append("ExitOnZeroActiveConnections = true,")
        lines.append("MinimumDrainDuration = Duration.FromSeconds(5),")
        if i % 5 == 1:
            lines.append("TerminationDrainDuration = Duration.FromSeconds(20),")
    return native, "\n".join("                            " + l for l in lines)


def worker(i, name):
    if i % 4 != 3:
        return ""
    return f"""
                            new()
                            {{
                                Name = "worker",
                                Image = "ghcr.io/acme/{name}-worker:2.0.{i % 10}",
                                Args = ["--queue", "{name}", "--concurrency", "4"],
                                Resources = new()
                                {{
                                    Requests = {{ [ResourceNames.Cpu] = "100m", [ResourceNames.Memory] = "128Mi" }},
                                    Limits = {{ [ResourceNames.Memory] = "256Mi" }},
                                }},
                                Lifecycle = new() {{ PreStop = new() {{ Sleep = new() {{ Seconds = 10 }} }} }},
                            }},"""


def workload(i):
    name = f"app-{i}"
    native, pc = proxy_config(i)
    team = f"team-{i % 17}"
    return f"""
    private static IEnumerable<KubernetesObject> App{i}()
    {{
        yield return new Deployment
        {{
            Metadata = new() {{ Name = "{name}", Namespace = "{team}", Labels = {{ ["app.kubernetes.io/name"] = "{name}", ["app.kubernetes.io/part-of"] = "{team}" }} }},
            Spec = new()
            {{
                Replicas = {2 + i % 3},
                Selector = new() {{ MatchLabels = {{ ["app.kubernetes.io/name"] = "{name}" }} }},
                Template = new()
                {{
                    Metadata = new TemplateMetadata {{ Labels = {{ ["app.kubernetes.io/name"] = "{name}", ["version"] = "v{1 + i % 4}" }} }}
                        .InjectSidecar(true)
                        .UseNativeSidecar({"true" if native else "false"})
                        .SetProxyConfig(new ProxyConfig
                        {{
{pc}
                        }}),
                    Spec = new()
                    {{
                        TerminationGracePeriodSeconds = 45,
                        Containers =
                        [
                            new()
                            {{
                                Name = "app",
                                Image = "ghcr.io/acme/{name}:1.{i % 9}.{i % 7}",
                                Ports = [new() {{ Name = "http", Port = 8080 }}, new() {{ Name = "metrics", Port = 9090 }}],
                                Env =
                                [
                                    new() {{ Name = "ASPNETCORE_URLS", Value = "http://+:8080" }},
                                    new() {{ Name = "SERVICE_NAME", Value = "{name}" }},
                                ],
                                Resources = new()
                                {{
                                    Requests = {{ [ResourceNames.Cpu] = "{100 + (i % 8) * 50}m", [ResourceNames.Memory] = "{128 * (1 + i % 4)}Mi" }},
                                    Limits = {{ [ResourceNames.Memory] = "{256 * (1 + i % 4)}Mi" }},
                                }},
                                StartupProbe = new() {{ HttpGet = new() {{ Path = "/healthz/startup", Port = "http" }}, PeriodSeconds = 2, FailureThreshold = 30 }},
                                ReadinessProbe = new() {{ HttpGet = new() {{ Path = "/healthz/ready", Port = "http" }}, PeriodSeconds = 5 }},
                                LivenessProbe = new() {{ HttpGet = new() {{ Path = "/healthz/live", Port = "http" }}, PeriodSeconds = 10, FailureThreshold = 3 }},
                                Lifecycle = new() {{ PreStop = new() {{ Sleep = new() {{ Seconds = 10 }} }} }},
                            }},{worker(i, name)}
                        ],
                    }},
                }},
            }},
        }};

        yield return new Service
        {{
            Metadata = new() {{ Name = "{name}", Namespace = "{team}" }},
            Spec = new()
            {{
                Selector = {{ ["app.kubernetes.io/name"] = "{name}" }},
                Ports = [new() {{ Name = "http", Port = 80, TargetPort = "http", AppProtocol = "http" }}],
            }},
        }};

        yield return new HorizontalPodAutoscaler
        {{
            Metadata = new() {{ Name = "{name}", Namespace = "{team}" }},
            Spec = new()
            {{
                ScaleTargetRef = new() {{ ApiVersion = Deployment.ApiVersionValue, Kind = Deployment.KindValue, Name = "{name}" }},
                MinReplicas = {2 + i % 3},
                MaxReplicas = {10 + i % 10},
                Metrics =
                [
                    new()
                    {{
                        Type = MetricSourceType.ContainerResource,
                        ContainerResource = new()
                        {{
                            Name = ResourceNames.Cpu,
                            Container = "app",
                            Target = new() {{ Type = MetricTargetType.Utilization, AverageUtilization = {60 + i % 4 * 5} }},
                        }},
                    }},
                ],
            }},
        }};
    }}
"""


os.makedirs(out_dir, exist_ok=True)
for f in range(files):
    ids = range(f * per_file, min(n, (f + 1) * per_file))
    if not ids:
        break
    parts = [HEADER.format(f=f),
             f'[Manifest("team-{f:02d}")]',
             f"public sealed class Team{f:02d}Manifests : ManifestDefinition",
             "{",
             "    public override IEnumerable<KubernetesObject> Build(ManifestContext context)",
             "    {"]
    parts += [f"        foreach (var o in App{i}()) yield return o;" for i in ids]
    parts.append("    }")
    parts += [workload(i) for i in ids]
    parts.append("}")
    with open(os.path.join(out_dir, f"Team{f:02d}.cs"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(parts) + "\n")
