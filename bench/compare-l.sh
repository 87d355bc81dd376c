#!/usr/bin/env bash
# compare vs spof on the L bench graph (1M nodes, 5M edges; issue 12's bound: compare with one scenario — reach +
# spof + redundancy, no cascade — takes at most 2.5x one spof run). Not a timed test: run it by hand.
#   bash bench/compare-l.sh [S|M|L]        (default L)
# Prints wall time and peak RSS of each command (three runs each) and the ratio of the medians; appends JSON lines to
# bench/work/<size>/compare.jsonl.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
size="${1:-L}"
case "$size" in S) n=1000; m=5000 ;; M) n=100000; m=500000 ;; L) n=1000000; m=5000000 ;; *) echo "usage: bash bench/compare-l.sh [S|M|L]" >&2; exit 2 ;; esac
seed="${BENCH_SEED:-1}"
cli="$root/src/Graph.Cli/bin/Release/net10.0/depgraph"
dir="$root/bench/work/$size"
mkdir -p "$dir"
[ -x "$cli" ] || dotnet build src/Graph.Cli -c Release -nologo -clp:ErrorsOnly >&2
[ -f "$dir/nodes.csv" ] && [ -f "$dir/edges.csv" ] || "$cli" generate --nodes "$n" --edges "$m" --seed "$seed" --out "$dir" >&2

# One scenario: a ministry is unavailable and a CEPTOAR gets a second route from another ministry.
cat > "$dir/scenario.yaml" <<'YAML'
name: bench
remove_nodes: [ministry-00]
add_edges:
  - {source: ministry-01, target: ceptoar-00, type: shares_with, delay_hours: 2, probability: 0.9}
YAML

input=(--nodes "$dir/nodes.csv" --edges "$dir/edges.csv")
run() { # name, command...
  local name=$1; shift
  local times=()
  for i in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$dir/.time" "$@" >/dev/null 2>"$dir/.err" || { echo "$name failed:"; cat "$dir/.err"; exit 1; }
    read -r wall rss < "$dir/.time"
    times+=("$wall")
    printf '{"tool": "depgraph-cli", "size": "%s", "op": "%s", "wall_s": %s, "max_rss_mb": %.1f}\n' "$size" "$name" "$wall" "$(echo "$rss/1024" | bc -l)" >> "$dir/compare.jsonl"
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}
spof=$(run spof_cli "$cli" spof "${input[@]}" --from nisc --to kind:ceptoar --format json)
compare=$(run compare_cli "$cli" compare "${input[@]}" --from nisc --scenario "$dir/scenario.yaml" --format json)
ratio=$(echo "$compare / $spof" | bc -l)
printf 'size %s: spof %.2f s, compare %.2f s (median of 3): ratio %.2f (bound 2.5)\n' "$size" "$spof" "$compare" "$ratio"
