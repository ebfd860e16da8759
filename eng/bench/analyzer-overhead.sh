#!/usr/bin/env bash
# Analyzer and generator cost on a project with 1,000 workloads written in source (issues 4 and 5):
# each workload is a Deployment (typed ProxyConfig, preStop, probes, resources), a Service and an
# autoscaling/v2 HPA, written as object initializers with constants (what the MESH analyzers
# inspect). Two copies of the same project, wired to this repository like samples/:
#   with:    Mesh.Sdk's analyzers and generator, as users get them
#   without: the same, minus Mesh.Sdk.Analyzers (the generator stays: the build needs it)
# Measured with the emit step off (-p:MeshEmitManifests=false), after a warm-up build:
#   1. csc's own report (-p:ReportAnalyzer=true): Mesh.Sdk.Analyzers' and the generators' execution
#      time (summed over analyzer threads, so an upper bound on their wall time);
#   2. the CoreCompile target's wall time in each copy (a rebuild of the project only: the
#      compile is forced by touching one source file), interleaved runs, medians.
# MESH_BENCH_RUNS (5), MESH_BENCH_WORKLOADS (1000). Writes eng/bench/results/analyzer-overhead.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
RUNS=${MESH_BENCH_RUNS:-5}
N=${MESH_BENCH_WORKLOADS:-1000}
W=$WORK/analyzers-with
WO=$WORK/analyzers-without
rm -rf "$W" "$WO"; mkdir -p "$W" "$WO"

gen_source() {
  python3 - "$N" <<'PY'
import sys
n = int(sys.argv[1])
out = ["using Mesh.Sdk;", "using Mesh.Sdk.Istio;", "using Mesh.Sdk.Kubernetes.Apps.V1;",
       "using Mesh.Sdk.Kubernetes.Autoscaling.V2;", "using Mesh.Sdk.Kubernetes.Core.V1;",
       "using Mesh.Sdk.Kubernetes.Meta.V1;", "using Mesh.Sdk.Model;",
       "using ProxyConfig = Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig;", "",
       "namespace Bench;", "",
       "[Manifest(\"apps\")]", "public sealed class Apps : ManifestDefinition", "{",
       "    public override IEnumerable<KubernetesObject> Build(ManifestContext context)", "    {"]
for i in range(n):
    out.append(f"        foreach (var o in App{i}()) yield return o;")
out += ["    }", ""]
for i in range(n):
    name = f"app-{i}"
    out.append(f'''    private static IEnumerable<KubernetesObject> App{i}()
    {{
        var labels = new Dictionary<string, string> {{ ["app"] = "{name}" }};
        yield return new Deployment
        {{
            Metadata = new() {{ Name = "{name}", Namespace = "bench" }},
            Spec = new()
            {{
                Replicas = 2,
                Selector = new() {{ MatchLabels = labels }},
                Template = new()
                {{
                    Metadata = new TemplateMetadata {{ Labels = labels }}
                        .InjectSidecar(true)
                        .SetProxyConfig(new ProxyConfig
                        {{
                            HoldApplicationUntilProxyStarts = true,
                            ExitOnZeroActiveConnections = true,
                            MinimumDrainDuration = Duration.FromSeconds(5),
                        }}),
                    Spec = new()
                    {{
                        TerminationGracePeriodSeconds = 45,
                        Containers =
                        [
                            new()
                            {{
                                Name = "app",
                                Image = "ghcr.io/acme/{name}:1.4.2",
                                Ports = [new() {{ Name = "http", Port = 8080 }}],
                                Resources = new()
                                {{
                                    Requests = {{ [ResourceNames.Cpu] = "250m", [ResourceNames.Memory] = "256Mi" }},
                                    Limits = {{ [ResourceNames.Memory] = "512Mi" }},
                                }},
                                ReadinessProbe = new() {{ HttpGet = new() {{ Path = "/healthz/ready", Port = "http" }}, PeriodSeconds = 5 }},
                                Lifecycle = new() {{ PreStop = new() {{ Sleep = new() {{ Seconds = 10 }} }} }},
                            }},
                        ],
                    }},
                }},
            }},
        }};
        yield return new Service
        {{
            Metadata = new() {{ Name = "{name}", Namespace = "bench" }},
            Spec = new() {{ Selector = labels, Ports = [new() {{ Name = "http", Port = 80, TargetPort = "http" }}] }},
        }};
        yield return new HorizontalPodAutoscaler
        {{
            Metadata = new() {{ Name = "{name}", Namespace = "bench" }},
            Spec = new()
            {{
                ScaleTargetRef = new() {{ ApiVersion = "apps/v1", Kind = "Deployment", Name = "{name}" }},
                MinReplicas = 2,
                MaxReplicas = 10,
                Metrics =
                [
                    new()
                    {{
                        Type = MetricSourceType.ContainerResource,
                        ContainerResource = new()
                        {{
                            Name = "cpu",
                            Container = "app",
                            Target = new() {{ Type = MetricTargetType.Utilization, AverageUtilization = 70 }},
                        }},
                    }},
                ],
            }},
        }};
    }}
''')
out.append("}")
print("\n".join(out))
PY
}

for d in "$W" "$WO"; do
  gen_source >"$d/Apps.cs"
  printf '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup><OutputType>Library</OutputType><NoWarn>$(NoWarn);CS1591</NoWarn></PropertyGroup>\n</Project>\n' >"$d/Bench.csproj"
  printf '<Project>\n  <Import Project="%s/samples/Directory.Build.props" />\n</Project>\n' "$REPO" >"$d/Directory.Build.props"
done
printf '<Project>\n  <Import Project="%s/samples/Directory.Build.targets" />\n</Project>\n' "$REPO" >"$W/Directory.Build.targets"
# without: the samples' wiring minus the analyzer project reference
sed 's#<ProjectReference Include="$(RepoRoot)src/Analyzers/Mesh.Sdk.Analyzers.csproj"[^>]*/>##' \
  "$REPO/samples/Directory.Build.targets" >"$WO/Directory.Build.targets.in"
sed "s#\$(RepoRoot)#$REPO/#g" "$WO/Directory.Build.targets.in" >"$WO/Directory.Build.targets"; rm "$WO/Directory.Build.targets.in"
grep -q 'Mesh.Sdk.Analyzers' "$WO/Directory.Build.targets" && { echo "could not remove the analyzers from the 'without' copy" >&2; exit 1; }

lines=$(wc -l <"$W/Apps.cs")
b() { dotnet build "$@" -nologo -p:MeshEmitManifests=false; }
retry b "$W/Bench.csproj" -v:q -clp:ErrorsOnly >&2
retry b "$WO/Bench.csproj" -v:q -clp:ErrorsOnly >&2

# 1. csc's report
touch "$W/Apps.cs"
b "$W/Bench.csproj" -v:d -p:BuildProjectReferences=false -p:ReportAnalyzer=true >"$WORK/ao-report.log" 2>&1 || { tail -40 "$WORK/ao-report.log" >&2; exit 1; }
mesh_an=$(awk '/Total analyzer execution time/ {a=1} a && /Mesh.Sdk.Analyzers,/ {print $1; exit}' "$WORK/ao-report.log")
all_an=$(awk '/Total analyzer execution time:/ {print $(NF-1); exit}' "$WORK/ao-report.log")
all_gen=$(awk '/Total generator execution time:/ {print $(NF-1); exit}' "$WORK/ao-report.log")
mesh_gen=$(awk '/Total generator execution time/ {g=1} g && /Mesh.Sdk.Generators,/ {print $1; exit}' "$WORK/ao-report.log")

# 2. CoreCompile wall time, with vs without
cc() { awk '/Target Performance Summary/ {t=1} t && $3 == "CoreCompile" {print $1/1000; exit}' "$1"; }
: >"$WORK/ao-with"; : >"$WORK/ao-without"
for r in $(seq "$RUNS"); do
  for pair in "with:$W" "without:$WO"; do
    k=${pair%%:*}; d=${pair#*:}
    touch "$d/Apps.cs"
    b "$d/Bench.csproj" -v:q -p:BuildProjectReferences=false -clp:PerformanceSummary >"$WORK/ao.log" 2>&1 || { tail -40 "$WORK/ao.log" >&2; exit 1; }
    cc "$WORK/ao.log" >>"$WORK/ao-$k"
  done
done
with=$(median <"$WORK/ao-with"); without=$(median <"$WORK/ao-without")
share=$(awk -v a="$with" -v b="$without" 'BEGIN {printf "%.1f", (a-b)*100/b}')
mesh_share=$(awk -v a="${mesh_an:-0}" -v b="$with" 'BEGIN {printf "%.1f", a*100/b}')
gen_share=$(awk -v a="${mesh_gen:-0}" -v b="$with" 'BEGIN {printf "%.1f", a*100/b}')

{
  echo "$N workloads in source ($lines lines of C#, one file), CoreCompile only (emit step off); $(load_line)."
  echo
  echo "| What | Value |"
  echo "|---|---:|"
  echo "| CoreCompile with Mesh.Sdk.Analyzers, median s | $with |"
  echo "| CoreCompile without Mesh.Sdk.Analyzers, median s | $without |"
  echo "| Difference | $share % |"
  echo "| Mesh.Sdk.Analyzers execution time (csc ReportAnalyzer), s | ${mesh_an:-n/a} ($mesh_share % of CoreCompile) |"
  echo "| Mesh.Sdk.Generators execution time (csc ReportAnalyzer), s | ${mesh_gen:-n/a} ($gen_share % of CoreCompile) |"
  echo "| All analyzers / all generators in that compile (incl. the SDK's), s | ${all_an:-n/a} / ${all_gen:-n/a} |"
  echo
  echo "Runs with: $(joined <"$WORK/ao-with") s; without: $(joined <"$WORK/ao-without") s."
} >"$RESULTS/analyzer-overhead.md"
cat "$RESULTS/analyzer-overhead.md"
