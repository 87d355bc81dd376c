#!/usr/bin/env bash
# Times Sobol sensitivity, wall and CPU seconds, with the load average (the machine is shared).
#   bash bench/sensitivity.sh [samples] [runs] [threads]
#     the shipped dataset: every sector's failure probability vs every assumed dependency probability (119 parameters),
#     from 情報通信 and from 電力, phase by phase (defaults: the command's, 8192 / 1024 / all cores).
#   bash bench/sensitivity.sh --graph [parameters] [samples] [runs] [threads]
#     the 100k-node bench graph (depgraph generate --nodes 100000 --edges 500000 --seed 1, into bench/work/M) with
#     `parameters` ranged dependency probabilities (default 100); writes bench/work/M-ranged/ and prints the CLI command.
# Results go into bench/SENSITIVITY-RESULTS.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/Graph.SensitivityBench -c Release -v q -nologo >/dev/null
bin=bench/Graph.SensitivityBench/bin/Release/net10.0/Graph.SensitivityBench
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "${1:-}" == "--graph" ]]; then
    if [[ ! -f bench/work/M/edges.csv ]]; then
        dotnet build src/Graph.Cli -c Release -v q -nologo >/dev/null
        src/Graph.Cli/bin/Release/net10.0/depgraph generate --nodes 100000 --edges 500000 --seed 1 --out bench/work/M
    fi
    /usr/bin/time -v "$bin" --graph bench/work/M bench/work/M-ranged "${2:-100}" "${3:-8192}" "${4:-1024}" "${5:-$(nproc)}"
else
    /usr/bin/time -v "$bin" data/ceptoar-fy2024 "${1:-8192}" "${2:-1024}" "${3:-$(nproc)}"
fi
echo "# done $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
