#!/usr/bin/env bash
# Analyzer and generator cost on a project with 1,000 workloads written in source (issues 4 and 5).
#
# The project: eng/bench/analyzer-workloads.py writes MESH_BENCH_WORKLOADS (1000) workloads over
# MESH_BENCH_FILES (50) files, one [Manifest] definition per file; each workload is a Deployment
# (typed Istio ProxyConfig, app container with ports, env, resources, startup/readiness/liveness
# probes, preStop sleep; every fourth a worker container), a Service and an autoscaling/v2 HPA,
# written as object initializers with constants: what the MESH analyzers read. It is wired to this
# repository exactly like samples/ (samples/Directory.Build.props/targets), so the real
# Mesh.Sdk.Analyzers, Mesh.Sdk.CodeFixes and Mesh.Sdk.Generators (+ YamlDotNet) are loaded.
# The emit step is off (-p:MeshEmitManifests=false): only the compile is measured.
#
# Three variants of the same compile (same sources, same references, same SDK analyzers/generators):
#   with      Mesh.Sdk's analyzers and generators, as users get them
#   without   Mesh.Sdk's analyzer assemblies removed (analyzers, code fixes, generators, YamlDotNet):
#             the baseline for "what Mesh.Sdk adds"
#   none      `without` and also /skipanalyzers (-p:RunAnalyzers=false): no analyzer at all, the SDK's
#             generators still run; printed for scale
# Two ways, runs interleaved (with, without, none, with, ...), medians:
#   A. csc run directly with the command line MSBuild gave it (one process per compile, no compiler
#      server shared with other builds): wall and user+system CPU from /usr/bin/time. Includes csc's
#      start-up (the same in every variant), so the share is slightly understated vs a warm server.
#   B. `dotnet build` of the project after touching one file (Mesh.Sdk projects not rebuilt:
#      BuildProjectReferences=false): CoreCompile's wall time from -clp:PerformanceSummary. This is
#      what a user waits for (through the compiler server unless UseSharedCompilation=false).
# Everything in Release, as users get the analyzers (a Debug analyzer assembly runs unoptimised).
# Plus csc's own report (/reportanalyzer, one extra run of A): execution time per Mesh.Sdk analyzer
# and generator (summed over the compiler's threads).
# MESH_BENCH_SERVER=1: A runs through a compiler server (VBCSCompiler) started for this bench alone
#   (its own pipe name, so no other build shares it; stopped by its process id at the end), kept warm:
#   two untimed compiles of each variant first, so analyzer JIT and reference loading are paid once,
#   as with `dotnet build`'s shared server. CPU = the client's user+sys plus the server process's
#   user+sys ticks over the compile (/proc/PID/stat).
# Every run records the 1-minute load average; the share is also given per interleaved pair
# (with[i] vs without[i]): median and range.
# MESH_BENCH_RUNS (5), MESH_BENCH_WORKLOADS (1000), MESH_BENCH_FILES (50), MESH_BENCH_NONE (1),
# MESH_BENCH_BUILD (1; 0 skips B). Writes eng/bench/results/analyzer-overhead[-server].md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
RUNS=${MESH_BENCH_RUNS:-5}
N=${MESH_BENCH_WORKLOADS:-1000}
FILES=${MESH_BENCH_FILES:-50}
NONE=${MESH_BENCH_NONE:-1}   # 0: skip the "none" variant (a third fewer csc runs)
SERVER=${MESH_BENCH_SERVER:-0}
BUILD=${MESH_BENCH_BUILD:-1}
AO=$WORK/analyzers
rm -rf "$AO"; mkdir -p "$AO"

# --- the project, in two copies (so that B never flips analyzers in one obj/ folder) ---
python3 "$BENCH/analyzer-workloads.py" "$AO/with" "$N" "$FILES"
lines=$(cat "$AO/with"/*.cs | wc -l)
cp -r "$AO/with" "$AO/without"
for v in with without; do
  d=$AO/$v
  printf '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup><OutputType>Library</OutputType></PropertyGroup>\n</Project>\n' >"$d/Bench.csproj"
  printf '<Project>\n  <Import Project="%s/samples/Directory.Build.props" />\n</Project>\n' "$REPO" >"$d/Directory.Build.props"
  {
    printf '<Project>\n  <Import Project="%s/samples/Directory.Build.targets" />\n' "$REPO"
    # without: drop Mesh.Sdk's analyzer assemblies right before the compile (after samples' wiring added them)
    [ "$v" = without ] && cat <<'XML'
  <Target Name="_BenchWithoutMeshAnalyzers" BeforeTargets="CoreCompile" DependsOnTargets="ResolveProjectReferences">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="$([System.String]::Copy('%(Filename)').StartsWith('Mesh.Sdk.')) or '%(Filename)' == 'YamlDotNet'" />
    </ItemGroup>
  </Target>
XML
    printf '</Project>\n'
  } >"$d/Directory.Build.targets"
done

b() { dotnet build "$@" -c Release -nologo -tl:off -m:1 -p:MeshEmitManifests=false; }   # Release: the analyzers as the package ships them (optimised JIT)
# warm-up builds (restore; Mesh.Sdk, generator, analyzers built once), with the csc command lines
retry b "$AO/with/Bench.csproj" -v:n >"$AO/with.log" 2>&1 || { tail -40 "$AO/with.log" >&2; exit 1; }
retry b "$AO/without/Bench.csproj" -v:n >"$AO/without.log" 2>&1 || { tail -40 "$AO/without.log" >&2; exit 1; }
grep -qE ' (warning|error) [A-Z]+[0-9]+:' "$AO/with.log" && { grep -E ' (warning|error) [A-Z]+[0-9]+:' "$AO/with.log" | head >&2; echo "the bench project is expected to build clean" >&2; exit 1; }

# --- A. csc directly: the command line the Csc task ran, as a response file ---
cscline() { grep -m1 -E '/bincore/csc(\.dll)? .*/out:obj/[^ ]*/Bench\.dll' "$1" | sed -E 's#^ *##'; }
CSC=$(cscline "$AO/with.log" | cut -d' ' -f1)
[ -x "$CSC" ] || { echo "csc command line not found in the build log" >&2; exit 1; }
# /noconfig only counts on the command line (CS2023 in a response file)
cscline "$AO/with.log" | cut -d' ' -f2- | sed 's#^/noconfig ##' >"$AO/with/with.rsp"
cscline "$AO/without.log" | cut -d' ' -f2- | sed 's#^/noconfig ##' >"$AO/without/without.rsp"
grep -q 'Mesh.Sdk.Analyzers.dll' "$AO/with/with.rsp" || { echo "the 'with' compile has no Mesh.Sdk.Analyzers" >&2; exit 1; }
grep -q 'Mesh.Sdk\.[A-Za-z]*\.dll\b' <(grep -o '/analyzer:[^ ]*' "$AO/without/without.rsp") && { echo "the 'without' compile still loads Mesh.Sdk analyzers" >&2; exit 1; }
{ cat "$AO/without/without.rsp"; echo ' /skipanalyzers+'; } | tr -d '\n' >"$AO/without/none.rsp"

# compiler server mode: a private server (own pipe), warmed below, stopped by its process id on exit
SHARED=(); SERVER_PID=""
if [ "$SERVER" = 1 ]; then
  PIPE=mesh-bench-$$
  SHARED=("/shared:$PIPE" "/keepalive:600")
  trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true' EXIT
fi
CLK=$(getconf CLK_TCK)
server_ticks() { if [ -n "$SERVER_PID" ]; then awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; else echo 0; fi; }
find_server() { # the server this bench started (matched on its own pipe name)
  [ "$SERVER" = 1 ] && [ -z "$SERVER_PID" ] || return 0
  SERVER_PID=$(pgrep -f -- "-pipename:$PIPE\$" | head -1)
  [ -n "$SERVER_PID" ] || { echo "compiler server for pipe $PIPE not found" >&2; exit 1; }
}
csc_run() { # variant rsp-dir rsp-name
  local out=$AO/csc-$1.txt t=$AO/t s0 s1
  s0=$(server_ticks)
  (cd "$AO/$2" && /usr/bin/time -f "%e %U %S" -o "$t" "$CSC" /noconfig "${SHARED[@]}" "@$3" >"$AO/csc.log" 2>&1) || { cat "$AO/csc.log" >&2; exit 1; }
  grep -qE ': error [A-Z]+[0-9]+:' "$AO/csc.log" && { cat "$AO/csc.log" >&2; exit 1; }
  s1=$(server_ticks)
  awk -v s="$(( s1 - s0 ))" -v clk="$CLK" -v load="$(cut -d' ' -f1 /proc/loadavg)" '{printf "%.2f %.2f %s\n", $1, $2 + $3 + s / clk, load}' "$t" >>"$out"
}
: >"$AO/csc-with.txt"; : >"$AO/csc-without.txt"; : >"$AO/csc-none.txt"
# untimed (file cache); its error log proves the project gets no MESH diagnostic of any severity
(cd "$AO/with" && "$CSC" /noconfig "${SHARED[@]}" @with.rsp "/errorlog:$AO/with.sarif" >"$AO/csc.log" 2>&1) || { cat "$AO/csc.log" >&2; exit 1; }
find_server
if [ "$SERVER" = 1 ]; then # warm the server: JIT of the compiler, the analyzers and generators; references loaded
  for w in 1 2; do
    csc_run warm with with.rsp; csc_run warm without without.rsp
    if [ "$NONE" = 1 ]; then csc_run warm without none.rsp; fi
  done
fi
grep -q '"ruleId": *"MESH' "$AO/with.sarif" && { echo "the bench project gets MESH diagnostics:" >&2; grep -o '"ruleId": *"MESH[0-9]*"' "$AO/with.sarif" | sort | uniq -c >&2; exit 1; }
for r in $(seq "$RUNS"); do
  csc_run with with with.rsp
  csc_run without without without.rsp
  if [ "$NONE" = 1 ]; then csc_run none without none.rsp; fi
done
# csc's report of the same compile
(cd "$AO/with" && "$CSC" /noconfig "${SHARED[@]}" @with.rsp /reportanalyzer >"$AO/report.log" 2>&1) || { cat "$AO/report.log" >&2; exit 1; }

# --- B. dotnet build, CoreCompile after touching one file ---
cc() { awk '/Target Performance Summary/ {t=1} t && $3 == "CoreCompile" {print $1/1000; exit}' "$1"; }
: >"$AO/cc-with.txt"; : >"$AO/cc-without.txt"
[ "$BUILD" = 1 ] && for r in $(seq "$RUNS"); do
  for v in with without; do
    touch "$AO/$v/Team00.cs"
    b "$AO/$v/Bench.csproj" -v:n -p:BuildProjectReferences=false -clp:PerformanceSummary >"$AO/b.log" 2>&1 || { tail -40 "$AO/b.log" >&2; exit 1; }
    cc "$AO/b.log" >>"$AO/cc-$v.txt"
  done
done

# --- figures ---
col() { cut -d' ' -f"$1" "$AO/csc-$2.txt"; }
med() { col "$1" "$2" | median; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%+.1f %%", (a-b)*100/b}'; }
aw=$(med 1 with); awo=$(med 1 without); cw=$(med 2 with); cwo=$(med 2 without)
if [ "$NONE" = 1 ]; then an=$(med 1 none); cn=$(med 2 none); else an="–"; cn="–"; fi
if [ "$BUILD" = 1 ]; then bw=$(median <"$AO/cc-with.txt"); bwo=$(median <"$AO/cc-without.txt"); else bw="–"; bwo="–"; fi
# the share per interleaved pair (with[i] vs without[i]), column 1 wall or 2 CPU: "median (min … max)"
pairs() { paste -d' ' <(col "$1" with) <(col "$1" without) | awk '{print ($1-$2)*100/$2}' | sort -g |
  awk '{a[NR]=$1} END {m = NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%+.1f %% (%+.1f … %+.1f %%)", m, a[1], a[NR]}'; }
# csc's report: "  2.113   52   Mesh.Sdk.Analyzers, Version=..." (assembly) and "  1.087   26      Mesh.Sdk.Analyzers.X (MESH...)" (analyzer)
report() { # section-title assembly
  awk -v s="$1" -v a="$2" 'index($0, s) {on=1; next} on && /Total (analyzer|generator) execution time/ {on=0}
    on && index($0, a ",") {inasm=1; print "| **" a "** | **" $1 " s** |"; next}
    on && inasm && NF >= 3 && $3 ~ /^Mesh\.Sdk\./ {name=$3; sub(/.*\./, "", name); ids=$0; sub(/^[^(]*/, "", ids); print "| " name " " ids " | " $1 " s |"; next}
    on && inasm && NF >= 3 && $3 !~ /^Mesh\.Sdk\./ {inasm=0}' "$AO/report.log"
}
total() { awk -v s="$1" 'index($0, s) {print $(NF-1); exit}' "$AO/report.log"; }
mesh_an=$(awk 'index($0, "Total analyzer execution time") {on=1} on && index($0, "Mesh.Sdk.Analyzers,") {print $1; exit}' "$AO/report.log")
mesh_gen=$(awk 'index($0, "Total generator execution time") {on=1} on && index($0, "Mesh.Sdk.Generators,") {print $1; exit}' "$AO/report.log")

if [ "$SERVER" = 1 ]; then OUT=$RESULTS/analyzer-overhead-server.md; else OUT=$RESULTS/analyzer-overhead.md; fi
{
  if [ "$SERVER" = 1 ]; then mode="csc through a warm compiler server of its own (MESH_BENCH_SERVER=1)"; else mode="csc started cold for every compile"; fi
  echo "$N workloads (3,000 objects) in $FILES files, $lines lines of C#; compile only (emit step off); $mode. Medians of $RUNS interleaved runs; $(load_line) at the end."
  echo
  echo "| Compile | csc wall s | csc CPU s (user+sys) | \`dotnet build\` CoreCompile s |"
  echo "|---|---:|---:|---:|"
  echo "| with Mesh.Sdk's analyzers and generators | $aw | $cw | $bw |"
  echo "| without them (baseline) | $awo | $cwo | $bwo |"
  echo "| no analyzers at all (\`/skipanalyzers\`, SDK generators still on), for scale | $an | $cn | – |"
  if [ "$BUILD" = 1 ]; then bshare=$(pct "$bw" "$bwo"); else bshare="–"; fi
  echo "| **Mesh.Sdk's share: (with − without) ÷ without** | **$(pct "$aw" "$awo")** | **$(pct "$cw" "$cwo")** | **$bshare** |"
  echo "| the same per interleaved pair: median (range) | $(pairs 1) | $(pairs 2) | – |"
  echo
  echo "csc's own report of one \`with\` compile (\`/reportanalyzer\`; time summed over the compiler's threads):"
  echo
  echo "| Analyzer / generator | Execution time |"
  echo "|---|---:|"
  report "Total analyzer execution time" "Mesh.Sdk.Analyzers"
  report "Total generator execution time" "Mesh.Sdk.Generators"
  echo "| All analyzers in that compile, incl. the SDK's / all generators | $(total 'Total analyzer execution time') s / $(total 'Total generator execution time') s |"
  awk -v a="${mesh_an:-0}" -v g="${mesh_gen:-0}" -v c="$cw" 'BEGIN {printf "| Mesh.Sdk analyzers + generators as csc attributes them ÷ the compile'"'"'s CPU time (an upper bound: callback wall time, incl. waits and work shared with other analyzers) | %.1f %% |\n", (a+g)*100/c}'
  echo
  echo "Runs (wall s / CPU s @ 1-min load) — with: $(awk '{print $1 "/" $2 "@" $3}' "$AO/csc-with.txt" | joined); without: $(awk '{print $1 "/" $2 "@" $3}' "$AO/csc-without.txt" | joined); none: $(awk '{print $1 "/" $2 "@" $3}' "$AO/csc-none.txt" | joined). CoreCompile runs — with: $(joined <"$AO/cc-with.txt"); without: $(joined <"$AO/cc-without.txt")."
} >"$OUT"
cat "$OUT"
