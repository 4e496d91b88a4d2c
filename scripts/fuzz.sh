#!/usr/bin/env bash
# One coverage-guided fuzz campaign: scripts/fuzz.sh TARGET SECONDS [OUTPUT]
#   TARGET   language (source text), image (CKD/CCKD bytes) or channel (IPL records run in three modes)
#   SECONDS  how long afl-fuzz runs (afl++ -V)
#   OUTPUT   afl-fuzz's findings folder (default artifacts/fuzz/TARGET); its crashes/ and hangs/ are the finds
# Builds tests/S390Ccw.Fuzz into its own folder, instruments the project's assemblies (and SharpZipLib,
# whose bzip2 decoder reads image bytes) with SharpFuzz, and runs Debian's afl++ on the checked-in corpus
# (tests/S390Ccw.Fuzz/Corpus/TARGET). Prints executions, paths and crashes; exits 1 when it found a crash
# or a hang. Needs afl++ (apt-get install afl++) and restores the sharpfuzz tool (.config/dotnet-tools.json).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh language|image|channel SECONDS [OUTPUT]}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS [OUTPUT]}
case "$target" in language|image|channel) ;; *) echo "fuzz.sh: unknown target '$target' (language, image, channel)" >&2; exit 2 ;; esac
command -v afl-fuzz >/dev/null || { echo "fuzz.sh: afl-fuzz is not installed (apt-get install afl++)" >&2; exit 2; }
output=${3:-artifacts/fuzz/$target}
bin=artifacts/fuzz/bin

# Build and instrument once; again only when a source the harnesses run has changed since.
marker="$bin/.instrumented"
if [ ! -f "$marker" ] || [ -n "$(find generator/S390Ccw.Language runtime/S390Ccw.Runtime tests/S390Ccw.Fuzz -name '*.cs' -newer "$marker" -not -path '*/obj/*' | head -1)" ]; then
  rm -rf "$bin"
  dotnet build tests/S390Ccw.Fuzz/S390Ccw.Fuzz.csproj -c Release -o "$bin" -v quiet -nologo >/dev/null
  dotnet tool restore >/dev/null
  for assembly in S390Ccw.Language.dll S390Ccw.Runtime.dll ICSharpCode.SharpZipLib.dll; do
    dotnet tool run sharpfuzz "$bin/$assembly" >/dev/null
  done
  touch "$marker"
fi

rm -rf "$output"
mkdir -p "$output"
# dotnet is not an afl-instrumented binary (SharpFuzz instruments the IL and serves the fork server).
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
afl-fuzz -V "$seconds" -i "tests/S390Ccw.Fuzz/Corpus/$target" -o "$output" -t 10000 -m none \
  -- dotnet "$bin/S390Ccw.Fuzz.dll" "$target" >"$output/afl.log" 2>&1 || {
  echo "fuzz.sh: afl-fuzz failed; the end of its log:" >&2; tail -20 "$output/afl.log" >&2; exit 2; }

stats="$output/default/fuzzer_stats"
value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
crashes=$(value saved_crashes); hangs=$(value saved_hangs)
echo "fuzz $target: $(value execs_done) executions in $(value run_time) s, $(value corpus_count) paths, $crashes crashes, $hangs hangs ($output/default)"
if [ "${crashes:-0}" != 0 ] || [ "${hangs:-0}" != 0 ]; then
  echo "fuzz.sh: replay with: dotnet $bin/S390Ccw.Fuzz.dll $target $output/default/crashes/id* (then add each to tests/S390Ccw.Fuzz/Crashes/$target)" >&2
  exit 1
fi
