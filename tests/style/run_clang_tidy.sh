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
# Two at a time (2 cores); any diagnostic fails the run.
printf '%s\n' "${files[@]}" | xargs -P 2 -n 4 "$tidy" -p "$build" --quiet 2>/dev/null > /tmp/tintype-tidy.log || status=$?
if [ "${status:-0}" -ne 0 ] || grep -qE "(warning|error):" /tmp/tintype-tidy.log; then
  grep -E "(warning|error):" /tmp/tintype-tidy.log | sort -u
  echo "clang-tidy: problems above" >&2
  exit 1
fi
echo "clang-tidy: ${#files[@]} files in core/ clean"
