#!/usr/bin/env bash
# Publishes the native `ccw` and checks it does the main job and words its errors as the JIT build does
# (issue 11: readable messages in every build). Run by .ci/run; skipped where clang is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang >/dev/null 2>&1; then echo "warning: clang is not installed; the native ccw is not built" >&2; exit 0; fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
bash scripts/publish-native.sh "$out/bin" >/dev/null
ccw="$out/bin/ccw"
"$ccw" mkdisk samples/HelloIpl/hello.ccw -o "$out/hello.3390" >/dev/null
psw=$("$ccw" ipl "$out/hello.3390" | tail -1)
[ "$psw" = "PSW=000A0000 0000BEEF" ] || { echo "native ccw ipl: expected PSW=000A0000 0000BEEF, got '$psw'" >&2; exit 1; }
set +e
missing=$("$ccw" check "$out/nosuch.ccw" 2>&1); missing_exit=$?
folder=$("$ccw" check "$out/nofolder/x.ccw" 2>&1); folder_exit=$?
set -e
[ "$missing" = "ccw: cannot read $out/nosuch.ccw: no such file or folder" ] && [ "$missing_exit" -eq 2 ] \
  || { echo "native ccw check of a missing file: got '$missing' (exit $missing_exit)" >&2; exit 1; }
case "$folder" in "ccw: cannot read $out/nofolder/x.ccw: "*) ;; *) echo "native ccw check in a missing folder: got '$folder'" >&2; exit 1 ;; esac
[ "$folder_exit" -eq 2 ] || { echo "native ccw check in a missing folder: exit $folder_exit" >&2; exit 1; }
# Without 'exit' after 'shutdown' the server ends with exit code 1 (LSP), so only its answer is judged.
answer=$(printf 'Content-Length: 58\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}' | timeout 10 "$ccw" lsp || true)
case "$answer" in *'"capabilities"'*) ;; *) echo "native ccw lsp did not answer initialize: '$answer'" >&2; exit 1 ;; esac
echo "native ccw: ipl, error wording and lsp as the JIT build ($(stat -c %s "$ccw") bytes)"
