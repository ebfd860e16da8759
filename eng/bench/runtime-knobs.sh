#!/usr/bin/env bash
# Runtime settings for the emit process: times the Mesh.Sdk emit step (as emit-throughput.sh does,
# same project, built there) with each setting, runs interleaved so noise hits all alike.
# Each row is one setting over the runtime's defaults; "(defaults)" has none of them, so it is not
# what MeshEmit runs (MeshEmit sets DOTNET_TieredPGO=0, the one setting kept; docs/performance.md).
# Each size gets wall s, peak MiB and user CPU s (medians); user CPU is steadier than wall time on a shared machine.
# MESH_BENCH_KNOB_SIZES ("1000 10000"), MESH_BENCH_RUNS (5). Writes eng/bench/results/runtime-knobs.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SIZES=${MESH_BENCH_KNOB_SIZES:-"1000 10000"}
RUNS=${MESH_BENCH_RUNS:-5}
PROJ=$WORK/emit-project
BIN=$PROJ/bin/Release/net10.0
RUNNER=$REPO/src/Sdk/Mesh.Sdk.Runner/bin/Release/net8.0/Mesh.Sdk.Runner.dll
[ -f "$BIN/MeshBench.dll" ] || MESH_BENCH_SIZES=10 MESH_BENCH_RUNS=1 MESH_BENCH_PLUS=0 bash "$BENCH/emit-throughput.sh" >/dev/null
KNOBS=("(defaults)" "DOTNET_TieredPGO=0" "DOTNET_TC_QuickJitForLoops=0" "DOTNET_ReadyToRun=0" "DOTNET_TieredCompilation=0" "DOTNET_gcConcurrent=0" "DOTNET_GCgen0size=0x4000000")
out=$RESULTS/runtime-knobs.md
{
  echo "| Setting (environment) | $(for n in $SIZES; do printf 'N = %s: s | peak MiB | user CPU s | ' "$n"; done | sed 's/ | $//') |"
  echo "|---|$(for n in $SIZES; do printf -- '---:|---:|---:|'; done)"
} >"$out"
# knob_run OUTFILE cmd...: appends "<seconds> <peak KiB> <user CPU s>" (as lib.sh's time_run, plus user CPU)
knob_run() {
  local out=$1; shift
  /usr/bin/time -f "%e %M %U" -a -o "$out" "$@" >/dev/null 2>"$WORK/knob.err" || { echo "command failed: $*" >&2; cat "$WORK/knob.err" >&2; return 1; }
}
for n in $SIZES; do for k in "${!KNOBS[@]}"; do : >"$WORK/k-$n-$k"; done; done
for r in $(seq "$RUNS"); do
  for n in $SIZES; do
    for k in "${!KNOBS[@]}"; do
      envs=(); [ "$k" -eq 0 ] || envs=("${KNOBS[$k]}")
      rm -rf "$WORK/kout"
      knob_run "$WORK/k-$n-$k" env MESH_BENCH_APPS="$n" "${envs[@]}" dotnet exec --runtimeconfig "$BIN/MeshBench.runtimeconfig.json" \
        --roll-forward Major "$RUNNER" "$BIN/MeshBench.dll" --output "$WORK/kout" --project-dir "$PROJ"
    done
  done
done
for k in "${!KNOBS[@]}"; do
  row="| \`${KNOBS[$k]}\` |"
  for n in $SIZES; do
    s=$(cut -d' ' -f1 "$WORK/k-$n-$k" | median); m=$(cut -d' ' -f2 "$WORK/k-$n-$k" | median); u=$(cut -d' ' -f3 "$WORK/k-$n-$k" | median)
    row+=$(awk -v s="$s" -v m="$m" -v u="$u" 'BEGIN {printf " %.2f | %.0f | %.2f |", s, m/1024, u}')
  done
  echo "$row" >>"$out"
done
{ echo; echo "Medians of $RUNS interleaved runs; $(load_line) at the end."; } >>"$out"
cat "$out"
