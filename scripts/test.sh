#!/usr/bin/env bash
# Runs every test of the solution (README: "run all tests") and closes with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test S390Ccw.sln -c Release --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# Each test assembly ends with "Passed!  - Failed: F, Passed: P, Skipped: S, ..." (or "Failed!  - ...").
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") failed += $(i + 1) + 0
         if ($i == "Passed:") passed += $(i + 1) + 0
         if ($i == "Skipped:") skipped += $(i + 1) + 0
       }
       assemblies++
     }
     END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped
           if (assemblies == 0) exit 1 }' "$log" || status=1
exit "$status"
