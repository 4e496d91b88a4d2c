#!/usr/bin/env bash
# README's main job: build the sample bootable volume (samples/HelloIpl/hello.ccw, through the code the
# generator makes from it) and IPL it in the emulator, printing the CCW trace and the final PSW.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project samples/HelloIpl -- "$@"
