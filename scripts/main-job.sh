#!/usr/bin/env bash
# README's main job: build the sample bootable volume and IPL it in the emulator.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d samples/HelloIpl ]; then
  dotnet run -c Release --project samples/HelloIpl
else
  echo "samples/HelloIpl is not built yet; nothing to boot." >&2
fi
