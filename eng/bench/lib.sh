# Shared helpers for eng/bench/*.sh (sourced).
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH=$REPO/eng/bench
WORK=${MESH_BENCH_WORK:-/tmp/mesh-bench}
RESULTS=${MESH_BENCH_RESULTS:-$BENCH/results}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_UI_LANGUAGE=en
mkdir -p "$WORK" "$RESULTS"

# median of the numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "nan"} else if (NR%2) {print a[(NR+1)/2]} else {printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}}'; }
# all numbers on stdin, space-separated (for the "runs" column)
joined() { tr '\n' ' ' | sed 's/ $//'; }

# retry a command (shared machine: another engineer's build may hold a file for a moment)
retry() { local i; for i in 1 2 3; do "$@" && return 0; echo "retrying ($i): $*" >&2; sleep 5; done; return 1; }

# time_run OUTFILE cmd...: appends "<seconds> <peak KiB>" to OUTFILE; fails when the command fails
time_run() {
  local out=$1; shift
  local t; t=$(mktemp)
  if ! /usr/bin/time -f "%e %M" -o "$t" "$@" >"$t.log" 2>&1; then
    echo "command failed: $*" >&2; cat "$t.log" >&2; rm -f "$t" "$t.log"; return 1
  fi
  tail -n 1 "$t" >>"$out"; rm -f "$t" "$t.log"
}

machine_line() {
  local cpu; cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
  local mem; mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
  echo "$(nproc) cores ($cpu), $mem, $(uname -sr), .NET SDK $(dotnet --version), Node $(node --version 2>/dev/null || echo none)"
}
load_line() { awk '{print "load average " $1 " " $2 " " $3}' /proc/loadavg; }
