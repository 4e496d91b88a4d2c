#!/usr/bin/env bash
# The random differential campaign against Hercules (issue 10), long form:
#   bash scripts/differential.sh [VOLUMES_PER_SEED] [SEED...]
# Each seed runs VOLUMES_PER_SEED random IPL volumes (default 400) through Hercules and our emulator and
# appends its report (divergences grouped by cause, one example each) to differential-report.txt.
# Seeds run two at a time. Needs Hercules (apt-get install hercules).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-400}
shift || true
seeds=("$@")
if [ ${#seeds[@]} -eq 0 ]; then seeds=(1000000 2000000 3000000 4000000 5000000); fi
command -v hercules >/dev/null || { echo "differential.sh: hercules is not installed" >&2; exit 2; }
report="$PWD/differential-report.txt"
: > "$report"
dotnet build tests/S390Ccw.Hercules.Tests -c Release -v q >/dev/null
printf '%s\n' "${seeds[@]}" | xargs -P 2 -I{} env CCW_DIFF_SEED={} CCW_DIFF_COUNT="$count" CCW_DIFF_REPORT="$report" \
  dotnet test tests/S390Ccw.Hercules.Tests -c Release --no-build --filter "FullyQualifiedName~RandomDifferential" -v q >/dev/null || true
cat "$report"
# Fails when any seed reported a divergence.
if grep " differ$" "$report" | grep -qv " 0 differ$"; then exit 1; fi
