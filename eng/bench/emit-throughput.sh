#!/usr/bin/env bash
# Emit throughput, end to end (process start to files on disk), Mesh.Sdk vs cdk8s.
#
# Builds (once) a small C# project under $MESH_BENCH_WORK (default /tmp/mesh-bench) whose one
# [Manifest] definition builds N apps (tests/Mesh.Sdk.Benchmarks/BenchApps.cs: Deployment with
# probes, resources, preStop and the proxy.istio.io/config annotation, Service, autoscaling/v2
# HPA), wired to this repository's Mesh.Sdk exactly as samples/ are. Then, for each N, times the
# emit step itself, the command the MeshEmit task runs:
#   DOTNET_TieredPGO=0 dotnet exec --runtimeconfig <bin>/MeshBench.runtimeconfig.json --roll-forward Major \
#     src/Sdk/Mesh.Sdk.Runner/bin/Release/net8.0/Mesh.Sdk.Runner.dll <bin>/MeshBench.dll --output <dir> --project-dir <dir> \
#     --jit-profile <dir>
# into an empty folder each run, and in the same loop (interleaved, so machine noise hits both
# alike) `node eng/bench/cdk8s/synth.js` (cdk8s ApiObject, and cdk8s-plus-33 constructs), which
# calls app.synth() into an empty folder. /usr/bin/time gives wall seconds and peak RSS.
#
# Environment: MESH_BENCH_SIZES ("10 100 1000 10000"), MESH_BENCH_RUNS (5), MESH_BENCH_PLUS (1: also
# time cdk8s-plus-33), MESH_BENCH_SKIP_BUILD (1: reuse the last build), MESH_BENCH_DOTNET_ENV
# (extra VAR=value pairs for the Mesh.Sdk process, after MeshEmit's own DOTNET_TieredPGO=0, so
# "DOTNET_TieredPGO=1" turns it back on; "MESH_EMIT_TIMING=1" makes the emit print its phases to stderr),
# MESH_BENCH_JIT_PROFILE (1: pass --jit-profile as MeshEmit does by default, so each run replays the JIT
# profile the previous run wrote, as a user's next build does; the untimed warm-up run writes the first one.
# 0: no profile, as MeshJitProfile=false or a user's very first build).
# Writes the Markdown table to stdout and eng/bench/results/emit-throughput.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SIZES=${MESH_BENCH_SIZES:-"10 100 1000 10000"}
RUNS=${MESH_BENCH_RUNS:-5}
PLUS=${MESH_BENCH_PLUS:-1}
PROJ=$WORK/emit-project
BIN=$PROJ/bin/Release/net10.0
RUNNER=$REPO/src/Sdk/Mesh.Sdk.Runner/bin/Release/net8.0/Mesh.Sdk.Runner.dll
CDK=$BENCH/cdk8s

# 1. cdk8s (exact versions from eng/bench/cdk8s/package.json; node_modules is git-ignored)
if [ ! -f "$CDK/node_modules/cdk8s/package.json" ] || [ ! -f "$CDK/node_modules/cdk8s-plus-33/package.json" ] \
   || ! grep -q '"version": "2.70.106"' "$CDK/node_modules/cdk8s/package.json"; then
  echo "installing cdk8s into $CDK/node_modules" >&2
  (cd "$CDK" && retry npm install --no-save --no-audit --no-fund >&2)
fi

# 2. the C# project, generated outside the repository build
if [ "${MESH_BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$BIN/MeshBench.dll" ]; then
  rm -rf "$PROJ"; mkdir -p "$PROJ"
  cat >"$PROJ/Directory.Build.props" <<XML
<Project>
  <Import Project="$REPO/samples/Directory.Build.props" />
</Project>
XML
  cat >"$PROJ/Directory.Build.targets" <<XML
<Project>
  <Import Project="$REPO/samples/Directory.Build.targets" />
</Project>
XML
  cat >"$PROJ/MeshBench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <ItemGroup>
    <Compile Include="$REPO/tests/Mesh.Sdk.Benchmarks/BenchApps.cs" Link="BenchApps.cs" />
  </ItemGroup>
</Project>
XML
  cat >"$PROJ/Apps.cs" <<'CS'
using Mesh.Sdk;
using Mesh.Sdk.Benchmarks;
using Mesh.Sdk.Model;

namespace MeshBench;

/// <summary>N apps (MESH_BENCH_APPS) in one file, apps.yaml.</summary>
[Manifest("apps")]
public sealed class Apps : ManifestDefinition
{
    public override IEnumerable<KubernetesObject> Build(ManifestContext context) =>
        BenchApps.Build(int.Parse(Environment.GetEnvironmentVariable("MESH_BENCH_APPS") ?? "10", System.Globalization.CultureInfo.InvariantCulture));
}
CS
  echo "building $PROJ (Release)" >&2
  retry dotnet build "$PROJ/MeshBench.csproj" -c Release -nologo -v:q -clp:ErrorsOnly >&2
fi
[ -f "$RUNNER" ] || { echo "missing $RUNNER" >&2; exit 1; }

JIT_PROFILE=()
if [ "${MESH_BENCH_JIT_PROFILE:-1}" = 1 ]; then mkdir -p "$WORK/jit-profile"; JIT_PROFILE=(--jit-profile "$WORK/jit-profile"); fi
# The commands, as words (so /usr/bin/time starts the process itself, no shell in between).
# shellcheck disable=SC2206
mesh_emit() { # N OUTDIR
  cmd=(env MESH_BENCH_APPS="$1" DOTNET_TieredPGO=0 ${MESH_BENCH_DOTNET_ENV:-} dotnet exec --runtimeconfig "$BIN/MeshBench.runtimeconfig.json" --roll-forward Major
    "$RUNNER" "$BIN/MeshBench.dll" --output "$2" --project-dir "$PROJ" "${JIT_PROFILE[@]}")
}
cdk_synth() { # MODE N OUTDIR
  cmd=(env MESH_BENCH_MODE="$1" MESH_BENCH_APPS="$2" MESH_BENCH_OUT="$3" node "$CDK/synth.js")
}

# 3. warm the file cache once (not timed), and check both produce N*3 documents
mesh_emit 1 "$WORK/check-mesh"; "${cmd[@]}" >/dev/null; cdk_synth apiobject 1 "$WORK/check-cdk"; "${cmd[@]}"
rm -rf "$WORK/check-mesh" "$WORK/check-cdk"

raw=$RESULTS/emit-throughput.raw.txt
: >"$raw"
echo "| Apps (objects) | Mesh.Sdk s | Mesh.Sdk peak MiB | cdk8s ApiObject s | cdk8s ApiObject peak MiB | cdk8s ÷ Mesh.Sdk | cdk8s-plus-33 s | cdk8s-plus-33 peak MiB | YAML MiB (Mesh.Sdk / cdk8s) |" >"$RESULTS/emit-throughput.md"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|" >>"$RESULTS/emit-throughput.md"
for n in $SIZES; do
  m=$WORK/t-mesh-$n c=$WORK/t-cdk-$n p=$WORK/t-plus-$n
  : >"$m"; : >"$c"; : >"$p"
  for r in $(seq "$RUNS"); do
    out=$WORK/out; rm -rf "$out"; mkdir -p "$out"
    mesh_emit "$n" "$out/mesh"; time_run "$m" "${cmd[@]}"
    docs=$(grep -c '^kind:' "$out/mesh/apps.yaml"); [ "$docs" -eq $((n * 3)) ] || { echo "Mesh.Sdk wrote $docs documents for $n apps" >&2; exit 1; }
    meshBytes=$(stat -c %s "$out/mesh/apps.yaml")
    cdk_synth apiobject "$n" "$out/cdk"; time_run "$c" "${cmd[@]}"
    docs=$(grep -c '^kind:' "$out/cdk/apps.k8s.yaml"); [ "$docs" -eq $((n * 3)) ] || { echo "cdk8s wrote $docs documents for $n apps" >&2; exit 1; }
    cdkBytes=$(stat -c %s "$out/cdk/apps.k8s.yaml")
    if [ "$PLUS" = 1 ]; then cdk_synth plus "$n" "$out/plus"; time_run "$p" "${cmd[@]}"; fi
  done
  ms=$(cut -d' ' -f1 "$m" | median); mk=$(cut -d' ' -f2 "$m" | median)
  cs=$(cut -d' ' -f1 "$c" | median); ck=$(cut -d' ' -f2 "$c" | median)
  echo "N=$n mesh: $(cut -d' ' -f1 "$m" | joined) s / $(cut -d' ' -f2 "$m" | joined) KiB; cdk8s: $(cut -d' ' -f1 "$c" | joined) s / $(cut -d' ' -f2 "$c" | joined) KiB" >>"$raw"
  if [ "$PLUS" = 1 ]; then
    ps=$(cut -d' ' -f1 "$p" | median); pk=$(cut -d' ' -f2 "$p" | median)
    echo "N=$n cdk8s-plus: $(cut -d' ' -f1 "$p" | joined) s / $(cut -d' ' -f2 "$p" | joined) KiB" >>"$raw"
    plus_cols=$(awk -v s="$ps" -v k="$pk" 'BEGIN {printf "%.2f | %.0f", s, k/1024}')
  else
    plus_cols="– | –"
  fi
  awk -v n="$n" -v ms="$ms" -v mk="$mk" -v cs="$cs" -v ck="$ck" -v pc="$plus_cols" -v mb="$meshBytes" -v cb="$cdkBytes" \
    'BEGIN {printf "| %d (%d) | %.2f | %.0f | %.2f | %.0f | %.1f× | %s | %.1f / %.1f |\n", n, n*3, ms, mk/1024, cs, ck/1024, cs/ms, pc, mb/1048576, cb/1048576}' \
    >>"$RESULTS/emit-throughput.md"
done
rm -rf "$WORK/out"
{ echo; echo "Medians of $RUNS runs each; $(load_line) at the end."; } >>"$RESULTS/emit-throughput.md"
cat "$RESULTS/emit-throughput.md"
