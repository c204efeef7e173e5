#!/usr/bin/env bash
# Fails when a tracked C++ file is not formatted as .clang-format says.
#   tests/style/check_format.sh         # check (CI)
#   tests/style/check_format.sh --fix   # format in place
set -euo pipefail
cd "$(dirname "$0")/../.."
cf=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$cf" ]; then
  echo "clang-format not found (packaging/install-deps.sh installs it)" >&2
  exit 1
fi
mapfile -t files < <(git ls-files -- '*.cpp' '*.h' '*.hpp')
if [ "${1:-}" = "--fix" ]; then
  "$cf" -i "${files[@]}"
  echo "formatted ${#files[@]} files"
  exit 0
fi
if ! "$cf" --dry-run --Werror "${files[@]}" 2> /tmp/tintype-format.log; then
  grep -E "^[^ ].*(warning|error):" /tmp/tintype-format.log | cut -d: -f1 | sort -u | sed 's/^/not formatted: /'
  echo "Run tests/style/check_format.sh --fix" >&2
  exit 1
fi
echo "format: ${#files[@]} files clean"
