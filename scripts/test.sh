#!/usr/bin/env bash
# Runs every test of the solution (README: "run all tests").
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test S390Ccw.sln -c Release --logger "console;verbosity=minimal" "$@"
