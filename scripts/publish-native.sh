#!/usr/bin/env bash
# Publishes the native (NativeAOT) `ccw` for linux-x64:  bash scripts/publish-native.sh [OUT]   (default: artifacts/native)
# Needs clang and zlib's headers (Debian: apt-get install clang zlib1g-dev). Trimming and AOT analysis warnings
# are errors, as every warning of the build is. Install it with: install -m 755 OUT/ccw /usr/local/bin/ccw
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/native}
dotnet publish cli/S390Ccw.Cli -c Release -p:CcwNative=true -o "$out" -v q -nologo
echo "published $out/ccw"
