#!/usr/bin/env bash
# Runs every test of depgraph on a fresh machine with only the .NET SDK:
# installs what the tests need (Debian packages, the pinned dotnet tools, the npm Cypher parser),
# builds, runs all xunit projects (including the headless notebooks), and prints
# "N passed, N failed, N skipped" computed from the real test results. Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

log() { printf '== %s\n' "$*" >&2; }

# 1. Debian packages: graphviz (DOT check), networkx/igraph (GraphML check, bench peers),
#    openpyxl and LibreOffice Calc (independent readers of the survey workbooks). The Japanese font ships with depgraph.
need=()
for p in graphviz python3-networkx python3-igraph python3-openpyxl libreoffice-calc-nogui; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  log "installing Debian packages: ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  ($SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need[@]}") >/dev/null 2>&1 \
    || log "warning: could not install ${need[*]}; tests that need them will fail and say so"
fi

# 2. Pinned dotnet tools (dotnet-repl for the notebooks), from the local manifest.
log "restoring dotnet tools"
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; echo "0 passed, 1 failed"; exit 1; }

# 3. npm: Neo4j's Cypher parser for the export tests.
if [ -f tests/tools/package.json ] && [ ! -d tests/tools/node_modules ]; then
  log "installing npm packages in tests/tools"
  (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1 || npm install --no-audit --no-fund --loglevel=error >/dev/null 2>&1) \
    || log "warning: npm install failed; the Cypher parser test will fail and say so"
fi

# 4. Build and test.
results="$root/TestResults"
rm -rf "$results"
log "building"
if ! dotnet build Dependency.sln -c Release -nologo -clp:ErrorsOnly; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi
log "checking code format (.editorconfig)"
# Whitespace of every file (--folder: also files outside the projects), then the solution's formatting, import
# ordering and the style rules .editorconfig marks as warning or error (about 1.5 min on 2 cores; the build has
# restored, hence --no-restore). bench/ is excluded until its files follow the whitespace rules.
format_failed=0
dotnet format whitespace --folder --verify-no-changes --exclude bench >&2 || format_failed=1
dotnet format Dependency.sln --no-restore --verify-no-changes --exclude bench >&2 || format_failed=1
[ $format_failed -eq 0 ] || log "format check failed: run 'dotnet format' and commit the result"

log "testing"
dotnet test Dependency.sln -c Release --no-build -nologo --logger "trx" --results-directory "$results" "$@"
rc=$?

# 5. Summary from the TRX files (the real results, not the console text).
passed=0; failed=0; skipped=0
shopt -s nullglob
for f in "$results"/*.trx; do
  c=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  get() { printf '%s' "$c" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  total=$(get total); executed=$(get executed); p=$(get passed); fl=$(get failed); err=$(get error); to=$(get timeout); ab=$(get aborted)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${fl:-0} + ${err:-0} + ${to:-0} + ${ab:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done
trx=( "$results"/*.trx )
if [ ${#trx[@]} -eq 0 ]; then failed=$((failed + 1)); fi
if [ $rc -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi
failed=$((failed + format_failed))
echo "$passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
