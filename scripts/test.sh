#!/usr/bin/env bash
# Runs every test of the solution (README: "run all tests") and closes with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test S390Ccw.sln -c Release --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# The editor tests (editors/vscode: the TextMate grammar, a Node LSP client and headless Neovim driving `ccw lsp`
# from the Release build above) need the npm packages of its lock file, which .ci/run installs with npm ci.
if command -v node >/dev/null 2>&1 && [ -d editors/vscode/node_modules ]; then
  (cd editors/vscode && node --test --test-reporter=tap test/) 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
else
  echo "warning: editors/vscode/node_modules is missing (npm ci there); the editor tests did not run" >&2
fi
# Each test assembly ends with "Passed!  - Failed: F, Passed: P, Skipped: S, ..." (or "Failed!  - ...").
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") failed += $(i + 1) + 0
         if ($i == "Passed:") passed += $(i + 1) + 0
         if ($i == "Skipped:") skipped += $(i + 1) + 0
       }
       assemblies++
     }
     # node --test (TAP) closes with "# pass P", "# fail F", "# cancelled C", "# skipped S".
     /^# pass [0-9]+$/ { passed += $3 }
     /^# (fail|cancelled) [0-9]+$/ { failed += $3 }
     /^# skipped [0-9]+$/ { skipped += $3 }
     END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped
           if (assemblies == 0) exit 1 }' "$log" || status=1
exit "$status"
