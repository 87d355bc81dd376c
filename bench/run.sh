#!/usr/bin/env bash
# Side-by-side benchmark of depgraph against graph-tool, python-igraph and networkx (bench/README.md).
#   bash bench/run.sh [S|M|L|all ...]      (default: S)
# Writes JSON lines to bench/work/<size>/*.jsonl and the summary to bench/RESULTS.md.
# Environment: BENCH_SEED (generator and cascade seed, default 1), BENCH_HUB (hub id, default nisc),
# BENCH_TOOLS (default "depgraph cli graph-tool igraph networkx";
# only the listed tools' results are replaced, so tools can be rerun one at a time),
# BENCH_TIMEOUT (seconds one peer op may take, default 1800).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/bench/work"
seed="${BENCH_SEED:-1}"
tools="${BENCH_TOOLS:-depgraph cli graph-tool igraph networkx}"
hub="${BENCH_HUB:-nisc}"
timeout_s="${BENCH_TIMEOUT:-1800}"
PY=/usr/bin/python3   # Debian's python: the only one that sees python3-graph-tool, python3-igraph and python3-networkx

log() { printf '== %s\n' "$*" >&2; }

sizes=()
for a in "${@:-S}"; do
  case "$a" in
    S|M|L) sizes+=("$a") ;;
    all) sizes+=(S M L) ;;
    *) echo "usage: bash bench/run.sh [S|M|L|all ...]" >&2; exit 2 ;;
  esac
done
nodes_of() { case "$1" in S) echo 1000 ;; M) echo 100000 ;; L) echo 1000000 ;; esac; }
edges_of() { case "$1" in S) echo 5000 ;; M) echo 500000 ;; L) echo 5000000 ;; esac; }

# 1. Peers from Debian's packages.
need=()
for p in python3-graph-tool python3-igraph python3-networkx time; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq "${need[@]}" >/dev/null \
    || log "warning: could not install ${need[*]}; the peers that need them will fail"
fi

# 2. Build (Release). The CLI, the generator helper, and the in-process runner (present after the merge).
log "building (Release)"
cli="$root/src/Graph.Cli/bin/Release/net10.0/depgraph"
gen="$root/bench/Graph.Benchmarks/bin/Release/net10.0/Graph.Benchmarks"
runner="$root/bench/Graph.BenchRunner/bin/Release/net10.0/Graph.BenchRunner"
dotnet build src/Graph.Cli -c Release -nologo -clp:ErrorsOnly >/dev/null 2>&1 || log "warning: depgraph CLI did not build"
dotnet build bench/Graph.Benchmarks -c Release -nologo -clp:ErrorsOnly >/dev/null 2>&1 || log "warning: bench/Graph.Benchmarks did not build"
runner_ok=0
if dotnet build bench/Graph.BenchRunner -c Release -nologo -clp:ErrorsOnly >"$work.runner-build.log" 2>&1; then
  runner_ok=1
else
  log "note: bench/Graph.BenchRunner does not build yet (the analysis algorithms are not merged); depgraph's in-process timings are skipped. See bench/work/runner-build.log"
fi
mkdir -p "$work"; mv -f "$work.runner-build.log" "$work/runner-build.log" 2>/dev/null || true

# A command exists when its help succeeds and is real help (a placeholder Program.cs prints the same line for anything).
cli_has() {
  [ -x "$cli" ] || return 1
  local h; h=$("$cli" "$1" --help 2>&1) || return 1
  printf '%s' "$h" | grep -qiE 'usage|使い方' && printf '%s' "$h" | grep -q -- "$1"
}

load1() { cut -d' ' -f1 /proc/loadavg; }

# time_json TOOL SIZE OP OUTFILE -- CMD...: runs CMD under /usr/bin/time -v, appends a "process" line (wall, max RSS,
# CPU seconds, the 1-minute load average before and after: the machine is shared).
time_json() {
  local tool=$1 size=$2 op=$3 out=$4; shift 5
  local tf; tf=$(mktemp)
  local lb; lb=$(load1)
  /usr/bin/time -v -o "$tf" "$@"
  local rc=$?
  local la; la=$(load1)
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$tf")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$tf")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$tf")
  rm -f "$tf"
  printf '{"tool": "%s", "size": "%s", "op": "%s", "wall_s": %s, "max_rss_mb": %s, "cpu_s": %s, "load_before": %s, "load_after": %s, "exit": %d}\n' \
    "$tool" "$size" "$op" "${wall:-null}" "${rss:-null}" "${cpu:-null}" "$lb" "$la" "$rc" >>"$out"
  return $rc
}

for size in "${sizes[@]}"; do
  n=$(nodes_of "$size"); m=$(edges_of "$size"); dir="$work/$size"
  mkdir -p "$dir"
  # 3. Generate (once per N, M, seed).
  stamp="$n $m $seed"
  if [ ! -f "$dir/nodes.csv" ] || [ ! -f "$dir/edges.csv" ] || [ "$(cat "$dir/stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -f "$dir/pair.txt" "$dir/stamp"
    if cli_has generate; then
      log "$size: generating $n nodes / $m edges with depgraph generate"
      "$cli" generate --nodes "$n" --edges "$m" --seed "$seed" --out "$dir" >&2 || { log "generation failed"; exit 1; }
    else
      log "$size: generating $n nodes / $m edges with bench/Graph.Benchmarks (depgraph generate not available yet)"
      "$gen" generate --nodes "$n" --edges "$m" --seed "$seed" --out "$dir" >&2 || { log "generation failed"; exit 1; }
    fi
    echo "$stamp" >"$dir/stamp"
  fi
  [ -f "$dir/pair.txt" ] || $PY bench/peers/choose_pair.py "$dir" >&2 || { log "choose_pair failed"; exit 1; }
  log "$size: k-paths pair $(cat "$dir/pair.txt")"

  # replace only the results of the tools being run
  for tool in $tools; do
    rm -f "$dir/$tool.jsonl" "$dir/answers/$tool".*.txt
  done
  # 4. Each tool: in-process op timings plus the whole process's wall time and max RSS.
  for tool in $tools; do
    out="$dir/$tool.jsonl"
    case "$tool" in
      depgraph)
        if [ $runner_ok -eq 1 ]; then
          log "$size: depgraph (in-process)"
          time_json depgraph "$size" process "$out" -- "$runner" --dir "$dir" --size "$size" --seed "$seed" --hub "$hub" --dump "$dir/answers" >>"$out" \
            || log "warning: depgraph runner failed at $size"
        else
          printf '{"tool": "depgraph", "size": "%s", "op": "runner", "status": "unavailable", "note": "Graph.BenchRunner does not build yet (analysis algorithms not merged)"}\n' "$size" >>"$out"
        fi ;;
      graph-tool|igraph|networkx)
        log "$size: $tool"
        time_json "$tool" "$size" process "$out" -- $PY "bench/peers/${tool//-/}_bench.py" --dir "$dir" --size "$size" \
          --seed "$seed" --hub "$hub" --timeout "$timeout_s" --dump "$dir/answers" >>"$out" || log "warning: $tool failed at $size"
        ;;
      cli)
        # 5. The whole command as a user runs it.
        if cli_has spof; then
          log "$size: depgraph spof (whole process)"
          reps=3
          for i in $(seq "$reps"); do
            time_json depgraph-cli "$size" spof_cli "$out" -- "$cli" spof --nodes "$dir/nodes.csv" --edges "$dir/edges.csv" \
              --from "$hub" --format json >/dev/null || log "warning: depgraph spof exited non-zero"
          done
        else
          printf '{"tool": "depgraph-cli", "size": "%s", "op": "spof_cli", "status": "unavailable", "note": "CLI not available: depgraph spof is not implemented yet"}\n' "$size" >>"$out"
          log "$size: CLI not available (depgraph spof is not implemented yet); skipped"
        fi ;;
      *) log "unknown tool $tool" ;;
    esac
  done
done

# 6. Report.
$PY bench/report.py "$work" "$root/bench/RESULTS.md" && log "wrote bench/RESULTS.md"
