#!/usr/bin/env bash
# Startup of the installed command on the shipped dataset. Publishes depgraph as README's install does
# (`dotnet publish src/Graph.Cli -c Release -o DIR`: ReadyToRun, self-contained composite) and builds the JIT-only binary
# (`dotnet build`), checks that both print the same bytes for reach, summary and spof in json, table and csv, then runs
# `depgraph reach --from nisc --format json` with each in turn, RUNS times (default 10), and prints the median and the
# minimum wall seconds of each and the median CPU seconds (user + sys, steadier than wall on a shared machine), with the
# 1-minute load average before and after.
#
#   bash bench/startup.sh [RUNS] [OUT]     # OUT: where to publish (default: a temporary folder)
set -euo pipefail
runs=${1:-10}
repo=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$(mktemp -d)}
cd "$repo"
dotnet build src/Graph.Cli -c Release -v q -nologo >/dev/null
dotnet publish src/Graph.Cli -c Release -o "$out" -v q -nologo >/dev/null
jit=$repo/src/Graph.Cli/bin/Release/net10.0/depgraph
r2r=$out/depgraph

same=0
for cmd in "reach --from nisc" "summary" "spof"; do
  for f in json table csv; do
    a=$("$jit" $cmd --format "$f" 2>&1 | md5sum) || true
    b=$("$r2r" $cmd --format "$f" 2>&1 | md5sum) || true
    if [[ $a != "$b" ]]; then echo "DIFFERENT: depgraph $cmd --format $f"; same=1; fi
  done
done
[[ $same -eq 0 ]] && echo "same bytes: reach, summary, spof x json, table, csv"

# one run: "wall user+sys" in seconds (bash's time keyword: the child's real, user and system time)
wall() { local TIMEFORMAT='%R %U %S'; { time "$@" >/dev/null 2>&1; } 2>&1 | awk '{ printf "%.4f %.4f\n", $1, $2 + $3 }'; }
median() { sort -n | awk '{a[NR]=$1} END {printf "%.3f", NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
stats() {
  local t; t=$(cat)
  printf 'median %s s, min %s s, CPU median %s s (%d runs)\n' "$(cut -d' ' -f1 <<<"$t" | median)" \
    "$(cut -d' ' -f1 <<<"$t" | sort -n | head -1 | awk '{printf "%.3f", $1}')" "$(cut -d' ' -f2 <<<"$t" | median)" "$(wc -l <<<"$t")"
}
echo "load before: $(cut -d' ' -f1 /proc/loadavg)"
"$jit" reach --from nisc --format json >/dev/null; "$r2r" reach --from nisc --format json >/dev/null # warm the file cache
: >"$out/.jit.times"; : >"$out/.r2r.times"
for ((i = 0; i < runs; i++)); do
  wall "$jit" reach --from nisc --format json >>"$out/.jit.times"
  wall "$r2r" reach --from nisc --format json >>"$out/.r2r.times"
done
echo "dotnet build (JIT only):     $(stats <"$out/.jit.times")"
echo "dotnet publish (ReadyToRun): $(stats <"$out/.r2r.times")"
echo "load after: $(cut -d' ' -f1 /proc/loadavg)"
exit $same
