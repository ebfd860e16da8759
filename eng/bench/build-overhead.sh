#!/usr/bin/env bash
# Build overhead of Mesh.Sdk on samples/Quickstart (copied outside the repository, wired to it
# exactly as samples/ are, so the repository's own sample is never touched).
#   A. no-op incremental `dotnet build` (nothing changed; `_MeshWriteManifests` is skipped) of
#      1. the sample as is (Mesh.Sdk on),
#      2. the same project with -p:MeshEmitManifests=false (library, generator and analyzers
#         still referenced; the emit step and its up-to-date check off): the fair comparison
#         for "the cost of Mesh.Sdk's build step", since the C# cannot compile without the library,
#      3. a plain project (Microsoft.NET.Sdk, no Mesh.Sdk, one empty class): the floor of any
#         .NET no-op build on this machine, for scale.
#   B. a first build of the sample (its own bin/obj removed; Mesh.Sdk and tools already built)
#      with -clp:PerformanceSummary: total, and the share of `_MeshWriteManifests` (the emit step).
# MESH_BENCH_RUNS (5). Writes eng/bench/results/build-overhead.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
RUNS=${MESH_BENCH_RUNS:-5}
Q=$WORK/quickstart
OFF=$WORK/quickstart-off   # a second copy, so that on/off never flip properties in one obj/ folder
PLAIN=$WORK/quickstart-plain
rm -rf "$Q" "$OFF" "$PLAIN"; mkdir -p "$Q" "$OFF" "$PLAIN"
for d in "$Q" "$OFF"; do
  cp "$REPO/samples/Quickstart/"*.cs "$REPO/samples/Quickstart/Quickstart.csproj" "$d/"
  printf '<Project>\n  <Import Project="%s/samples/Directory.Build.props" />\n</Project>\n' "$REPO" >"$d/Directory.Build.props"
  printf '<Project>\n  <Import Project="%s/samples/Directory.Build.targets" />\n</Project>\n' "$REPO" >"$d/Directory.Build.targets"
done
printf '<Project>\n  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>\n</Project>\n' >"$PLAIN/Directory.Build.props"
printf '<Project Sdk="Microsoft.NET.Sdk">\n</Project>\n' >"$PLAIN/Quickstart.csproj"
printf 'namespace Quickstart;\n\npublic sealed class WebShop\n{\n}\n' >"$PLAIN/WebShop.cs"

b() { dotnet build "$@" -nologo -v:q -clp:ErrorsOnly; }
# warm: the first builds (restore, tools, the sample) are not timed
retry b "$Q/Quickstart.csproj" >&2
retry b "$OFF/Quickstart.csproj" -p:MeshEmitManifests=false >&2
retry b "$PLAIN/Quickstart.csproj" >&2
[ -f "$Q/deploy/web-shop.yaml" ] || { echo "the sample emitted nothing" >&2; exit 1; }

: >"$WORK/bo-on"; : >"$WORK/bo-off"; : >"$WORK/bo-plain"
for r in $(seq "$RUNS"); do   # interleaved
  time_run "$WORK/bo-on" dotnet build "$Q/Quickstart.csproj" -nologo -v:q
  time_run "$WORK/bo-off" dotnet build "$OFF/Quickstart.csproj" -nologo -v:q -p:MeshEmitManifests=false
  time_run "$WORK/bo-plain" dotnet build "$PLAIN/Quickstart.csproj" -nologo -v:q
done
on=$(cut -d' ' -f1 "$WORK/bo-on" | median); off=$(cut -d' ' -f1 "$WORK/bo-off" | median); plain=$(cut -d' ' -f1 "$WORK/bo-plain" | median)

# first build of the sample, its bin/obj and deploy/ removed
: >"$WORK/fb"; : >"$WORK/fb-emit"
for r in $(seq "$RUNS"); do
  rm -rf "$Q/bin" "$Q/obj" "$Q/deploy"
  log=$WORK/fb.log
  /usr/bin/time -f "%e %M" -o "$WORK/fb.t" dotnet build "$Q/Quickstart.csproj" -nologo -clp:PerformanceSummary >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
  tail -n1 "$WORK/fb.t" | cut -d' ' -f1 >>"$WORK/fb"
  awk '/Target Performance Summary/ {t=1} t && /_MeshWriteManifests/ {print $1/1000; exit}' "$log" >>"$WORK/fb-emit"
done
fb=$(median <"$WORK/fb"); fbe=$(median <"$WORK/fb-emit")

{
  echo "| What (samples/Quickstart copy) | Median s | Runs (s) |"
  echo "|---|---:|---|"
  echo "| No-op build, Mesh.Sdk on | $on | $(cut -d' ' -f1 "$WORK/bo-on" | joined) |"
  echo "| No-op build, \`-p:MeshEmitManifests=false\` | $off | $(cut -d' ' -f1 "$WORK/bo-off" | joined) |"
  echo "| No-op build, plain project without Mesh.Sdk (floor) | $plain | $(cut -d' ' -f1 "$WORK/bo-plain" | joined) |"
  echo "| First build of the sample (bin/obj removed) | $fb | $(joined <"$WORK/fb") |"
  echo "| … of which \`_MeshWriteManifests\` (emit step) | $fbe | $(joined <"$WORK/fb-emit") |"
  awk -v on="$on" -v off="$off" -v fb="$fb" -v fbe="$fbe" 'BEGIN {printf "\nNo-op overhead of the emit step: %+.1f%% (on vs MeshEmitManifests=false). Emit step share of a first build: %.1f%%.\n", (on/off-1)*100, fbe/fb*100}'
  echo "Medians of $RUNS interleaved runs; $(load_line) at the end."
} >"$RESULTS/build-overhead.md"
cat "$RESULTS/build-overhead.md"
