#!/usr/bin/env bash
# Times the survey round at scale: `depgraph survey export` for the 15 sectors, then `depgraph survey import` of the
# 15 workbooks answered with OPS operator rows each (default 10,000) plus every sector row. Filling the workbooks
# (Debian's python3-openpyxl, as a respondent's tool would) is not timed. Target: export + import under 10 s on 2 cores.
# Usage: bash bench/survey.sh [OPS]   Writes bench/SURVEY-RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
ops=${1:-10000}
bin="$root/src/Graph.Cli/bin/Release/net10.0/depgraph"
[ -x "$bin" ] || dotnet build src/Graph.Cli -c Release -nologo -clp:ErrorsOnly >/dev/null
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || { echo "needs python3-openpyxl: apt-get install -y python3-openpyxl"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
t0=$(now)
/usr/bin/time -f "%U %S" -o "$work/export.cpu" "$bin" survey export --out "$work/q" >/dev/null 2>&1
t1=$(now)

/usr/bin/python3 - "$work/q" "$work/a" "$ops" <<'PY'
import os, sys, random, openpyxl
src, dst, ops = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(dst)
rnd = random.Random(42)
for name in sorted(n for n in os.listdir(src) if n.endswith(".xlsx")):
    wb = openpyxl.load_workbook(os.path.join(src, name))
    suppliers = [r[0] for r in wb['一覧'].iter_rows(min_row=2, values_only=True) if r[0]]
    ws = wb['分野']
    mine = ws['A2'].value
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, 2).value:
            ws.cell(row, 3).value = round(rnd.random() * 0.3, 2)
            ws.cell(row, 6).value = rnd.choice([0.5, 1, 3, 12, 24, 72])
    ops_ws = wb['事業者']
    others = [s for s in suppliers if s != mine]
    for i in range(ops):
        r = i + 2
        ops_ws.cell(r, 1).value = f"事業者{i:05d}"
        ops_ws.cell(r, 2).value = mine
        ops_ws.cell(r, 3).value = others[i % len(others)]
        ops_ws.cell(r, 4).value = round(rnd.random() * 0.8, 2)
        ops_ws.cell(r, 5).value = rnd.choice([0.5, 1, 3, 12, 24, 72])
        ops_ws.cell(r, 6).value = rnd.choice(['あり', 'なし'])
        ops_ws.cell(r, 7).value = '2026-01-15'
    wb.save(os.path.join(dst, name))
PY

t2=$(now)
/usr/bin/time -f "%U %S" -o "$work/import.cpu" "$bin" survey import "$work/a" --out "$work/new" --format json > "$work/import.json" 2>"$work/import.err"
t3=$(now)
rows=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["rows"])' "$work/import.json")
calc() { /usr/bin/python3 -c "print($1)"; }
exp=$(calc "$t1 - $t0"); imp=$(calc "$t3 - $t2"); tot=$(calc "$exp + $imp")
size=$(du -sh "$work/a" | cut -f1)
cpu() { /usr/bin/python3 -c "import sys; u, s = map(float, open(sys.argv[1]).read().split()[-2:]); print(f'{u + s:.2f}')" "$1"; }
expcpu=$(cpu "$work/export.cpu"); impcpu=$(cpu "$work/import.cpu")
load=$(cut -d' ' -f1-3 /proc/loadavg)
verdict=$(calc "int($tot < 10)")
cat > bench/SURVEY-RESULTS.md <<MD
# Survey round at scale

\`bash bench/survey.sh $ops\` on $(nproc) cores, $(date -u +%Y-%m-%d):

| step | wall s | CPU s (user + sys) |
|---|---:|---:|
| export 15 questionnaires (xlsx) | $(printf %.2f "$exp") | $expcpu |
| import 15 answered workbooks ($ops operator rows each, $size), $rows answered rows | $(printf %.2f "$imp") | $impcpu |
| **total** (target < 10 s) | **$(printf %.2f "$tot")** | |

Load average at the end: $load (the wall time is only meaningful on an otherwise idle machine).

Each time is the whole \`depgraph\` process (start-up, loading the dataset, writing the new dataset folder).
Filling the workbooks with openpyxl is not timed.
MD
cat bench/SURVEY-RESULTS.md
[ "$verdict" = 1 ] || { echo "over the 10 s target"; exit 1; }
