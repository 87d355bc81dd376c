#!/usr/bin/env bash
# Long fuzz run of every reader (issue 15): at least 100,000 generated or mutated inputs per reader.
# Usage: bash tests/fuzz/run.sh [ITERATIONS=100000] [THREADS=2]
#        DEPGRAPH_FUZZ_SECONDS=600 bash tests/fuzz/run.sh   # a time budget per reader instead of a count
# Figures are appended to tests/fuzz/results.tsv (one line per reader) and copied by hand into docs/hardening.md.
# A failure prints the shrunk input and a seed; rerun it with: CsCheck_Seed=<seed> DEPGRAPH_FUZZ_ITER=1 dotnet test ...
set -euo pipefail
cd "$(dirname "$0")/../.."
ITER="${1:-100000}"
THREADS="${2:-2}"
OUT="tests/fuzz/results.tsv"
dotnet build tests/Graph.Loader.Tests -c Release -nologo -clp:ErrorsOnly
echo "# $(date -u +%FT%TZ) iterations=$ITER seconds=${DEPGRAPH_FUZZ_SECONDS:-} threads=$THREADS commit=$(git rev-parse --short HEAD)" >> "$OUT"
for t in ReaderFuzzTests.GraphMl_reader_survives_mutated_files ReaderFuzzTests.Generic_csv_reader_survives_mutated_files \
         ReaderFuzzTests.Generic_csv_reader_survives_grammar_built_files ReaderFuzzTests.Dataset_reader_survives_mutated_files \
         ReaderFuzzTests.Neo4j_csv_reader_survives_mutated_files ScenarioSurveyFuzzTests.Scenario_reader_survives_mutated_files \
         ScenarioSurveyFuzzTests.Survey_csv_reader_survives_mutated_answers ScenarioSurveyFuzzTests.Survey_workbook_reader_survives_mutated_workbooks; do
  DEPGRAPH_FUZZ_ITER="$ITER" DEPGRAPH_FUZZ_SECONDS="${DEPGRAPH_FUZZ_SECONDS:-}" DEPGRAPH_FUZZ_THREADS="$THREADS" DEPGRAPH_FUZZ_REPORT="$PWD/$OUT" \
    dotnet test tests/Graph.Loader.Tests -c Release --no-build --filter "FullyQualifiedName~Fuzz.$t" \
    --logger "console;verbosity=normal" || echo "FAILED $t" | tee -a "$OUT"
done
cat "$OUT"
