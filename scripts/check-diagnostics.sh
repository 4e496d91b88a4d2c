#!/usr/bin/env bash
# Every diagnostic ID the product defines (a "CCWnnnn" literal in generator/ or analyzers/) has its section
# in docs/diagnostics.md ("## CCWnnnn: Title") and is named by at least one test under tests/. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
ids=$(grep -rhoE --include='*.cs' '"CCW[0-9]{4}"' generator analyzers | tr -d '"' | sort -u)
# IDs no input can produce, so no test can name them honestly; each with the reason, printed on every run.
declare -A untestable=(
  [CCW1001]="the generator reports it only if the language core throws, and the core reports its faults as CCW0099"
)
missing=0
for id in $ids; do
  if ! grep -qE "^## $id: " docs/diagnostics.md; then
    echo "check-diagnostics: $id has no '## $id: …' section in docs/diagnostics.md" >&2; missing=$((missing + 1))
  fi
  if [ -n "${untestable[$id]:-}" ]; then
    echo "check-diagnostics: $id is not tested: ${untestable[$id]}"
  elif ! grep -rqF --include='*.cs' "$id" tests; then
    echo "check-diagnostics: no test under tests/ names $id" >&2; missing=$((missing + 1))
  fi
done
count=$(echo "$ids" | wc -w)
if [ "$missing" -gt 0 ]; then echo "check-diagnostics: $missing problems in $count diagnostic IDs" >&2; exit 1; fi
echo "check-diagnostics: $count diagnostic IDs, each documented; each tested but the ${#untestable[@]} above"
