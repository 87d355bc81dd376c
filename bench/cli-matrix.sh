#!/usr/bin/env bash
# Before/after matrix of the depgraph CLI: runs every case below with two builds and compares stdout, stderr, the exit
# code and every file a case writes, byte for byte. Used to prove that a refactoring changes no output.
#
#   bash bench/cli-matrix.sh BEFORE AFTER [WORK]
#   SIDES=before bash bench/cli-matrix.sh BEFORE AFTER WORK   # run one side only (e.g. the old build, while changing code);
#   SIDES=after  bash bench/cli-matrix.sh BEFORE AFTER WORK   # then the other, compared with the stored first side
#
# BEFORE and AFTER are depgraph.dll paths (or executables). WORK (default: a temporary folder) receives one folder per
# side and case. The bench graph S is generated with BEFORE (`depgraph generate --nodes 1000 --edges 5000 --seed 1`).
# Prints one line per differing case and a summary; exits 1 when any case differs.
set -u
before=$1 after=$2
work=${3:-$(mktemp -d)}
repo=$(cd "$(dirname "$0")/.." && pwd)
run() { if [[ $1 == *.dll ]]; then dotnet "$@"; else "$@"; fi; }
mkdir -p "$work"
S=$work/S
[[ -f $S/nodes.csv ]] || run "$before" generate --nodes 1000 --edges 5000 --seed 1 --out "$S" >/dev/null
G="--nodes $S/nodes.csv --edges $S/edges.csv"
SC=$repo/docs/scenarios

cases=()
# JSON does not depend on --lang (names are ids); table and CSV do: four variants per case
for variant in "ja table" "en table" "ja csv" "en json"; do
  read -r lang fmt <<<"$variant"
    cases+=("summary --lang $lang --format $fmt"
            "reach --from nisc --lang $lang --format $fmt"
            "reach --from nisc --hops 2 --to sector:金融 --lang $lang --format $fmt"
            "spof --lang $lang --format $fmt --top 5"
            "spof --to kind:ceptoar --lang $lang --format $fmt"
            "paths --from sector.electricity --to sector.finance --k 5 --lang $lang --format $fmt"
            "cascade --from sector.electricity --runs 300 --lang $lang --format $fmt"
            "cascade --from sector.electricity --threshold 0.5 --lang $lang --format $fmt"
            "sensitivity --from sector.electricity --to sector.finance --method morris --samples 4 --runs 64 --lang $lang --format $fmt"
            "compare --scenario $SC/meti-unavailable.yaml --lang $lang --format $fmt"
            "compare --scenario $SC/water-second-route.yaml --cascade-from sector.ict --runs 200 --lang $lang --format $fmt"
            "find 水道 --lang $lang --format $fmt"
            "find ＣＥＰＴＯＡＲ --kind ceptoar --lang $lang --format $fmt"
            "summary $G --lang $lang --format $fmt"
            "reach --from nisc $G --lang $lang --format $fmt"
            "spof --from nisc $G --lang $lang --format $fmt"
            "cascade --from nisc $G --runs 100 --lang $lang --format $fmt")
done
for lang in ja en; do
  cases+=("risk --sample 20 --runs 20 --top 5 --lang $lang --format table"
          "reach --from nisc --scenario $SC/meti-unavailable.yaml --lang $lang --format json"
          "spof --format xlsx --out out.xlsx --lang $lang"
          "summary --format xlsx --out out.xlsx --lang $lang"
          "cascade --from sector.electricity --uncertainty --samples 8 --runs 64 --lang $lang --format json"
          "reach --from nisc --uncertainty --samples 8 --lang $lang --format json")
done
# bad input and usage errors
cases+=("reach" "reach --from nosuch" "spof --from nosuch --format json" "summary --format bogus" "summary --data /nonexistent"
        "paths --from nisc" "cascade --from sector.electricity --runs 0" "compare" "compare --scenario /nonexistent.yaml"
        "find" "risk --sample 0" "sensitivity --from sector.electricity --method bogus" "summary --bom" "spof --top 0"
        "reach --from nisc --csv-nothing" "summary --help" "reach --help --lang en" "--help --lang en")

n=0; differ=0; compared=0
for c in "${cases[@]}"; do
  n=$((n+1))
  for side in ${SIDES:-before after}; do
    d=$work/$side/$n; rm -rf "$d"; mkdir -p "$d"
    exe=$before; [[ $side == after ]] && exe=$after
    # shellcheck disable=SC2086
    (cd "$d" && run "$exe" $c >stdout 2>stderr; echo $? >rc)
  done
  [[ -f $work/before/$n/rc && -f $work/after/$n/rc ]] || continue
  compared=$((compared+1))
  if ! diff -r -q "$work/before/$n" "$work/after/$n" >/dev/null; then
    differ=$((differ+1)); echo "DIFFERS [$n]: depgraph $c"
  fi
done
echo "cli-matrix: $n cases, $compared compared, $((compared-differ)) identical (stdout, stderr, exit code, files written), $differ differ"
[[ $differ -eq 0 ]]
