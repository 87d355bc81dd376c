#!/usr/bin/env bash
# Times `depgraph sensitivity` on the shipped dataset: Sobol indices of every sector's failure probability to every
# assumed dependency probability (119 parameters), from 情報通信 and from 電力, phase by phase, wall and CPU seconds.
# Usage: bash bench/sensitivity.sh [samples] [runs] [threads]   (defaults: the command's, 8192 / 1024 / all cores)
# Appends nothing by itself; copy the table into bench/RESULTS.md (section "Sensitivity").
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/Graph.SensitivityBench -c Release -v q -nologo >/dev/null
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
bench/Graph.SensitivityBench/bin/Release/net10.0/Graph.SensitivityBench data/ceptoar-fy2024 "${1:-8192}" "${2:-1024}" "${3:-$(nproc)}"
