#!/usr/bin/env bash
# clang-tidy over core/ with .clang-tidy's checks, warnings as errors. Needs a
# configured build with compile_commands.json (default build/dev).
#   tests/style/run_clang_tidy.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/dev}"
tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
if [ -z "$tidy" ]; then
  echo "clang-tidy not found (packaging/install-deps.sh installs it)" >&2
  exit 1
fi
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json: configure first" >&2; exit 1; }
mapfile -t files < <(git ls-files -- 'core/*.cpp')
# Two at a time (2 cores), a file per run so that a failure names its file; any
# diagnostic, or a clang-tidy that exits non-zero twice in a row without one (a
# crash of clang-tidy itself; CI once failed this gate with nothing printed),
# fails the run, and what it printed on stderr is shown.
log=/tmp/tintype-tidy.log errors=/tmp/tintype-tidy.err
: > "$errors"
export tidy build errors
printf '%s\n' "${files[@]}" | xargs -P 2 -I{} bash -c \
    'out=$("$tidy" -p "$build" --quiet "$1" 2>"$errors.$$") || out=$("$tidy" -p "$build" --quiet "$1" 2>"$errors.$$") ||
     { echo "clang-tidy exited $? on $1 (twice):"; tail -n 20 "$errors.$$"; } >> "$errors"
     [ -z "$out" ] || echo "$out"; rm -f "$errors.$$"' \
    _ {} > "$log" || status=$?
if [ "${status:-0}" -ne 0 ] || [ -s "$errors" ] || grep -qE "(warning|error):" "$log"; then
  grep -E "(warning|error):" "$log" | sort -u
  cat "$errors"
  echo "clang-tidy: problems above" >&2
  exit 1
fi
echo "clang-tidy: ${#files[@]} files in core/ clean"
