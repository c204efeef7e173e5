#!/usr/bin/env bash
# Installs what is missing, builds, and runs Tintype on FOLDER — or, without
# one, on a small generated demo library (its catalog kept apart from yours).
# Until the desktop app lands this is tintype-cli: add the folder, scan it,
# and print what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
cli=build/dev/app/cli/tintype-cli
catalog_args=()

if [ $# -ge 1 ]; then
  folder="$1"
else
  demo="${XDG_CACHE_HOME:-$HOME/.cache}/tintype-demo"
  folder="$demo/photos"
  catalog_args=(--catalog "$demo/catalog.sqlite")
  if [ ! -d "$folder" ]; then
    echo "No folder given: generating a small demo library in $folder"
    build/dev/tests/bench/tintype-bench-generate --count 60 --megapixels 2 --out "$folder"
  fi
fi

"$cli" "${catalog_args[@]}" roots add "$folder" 2>/dev/null || true
"$cli" "${catalog_args[@]}" scan
echo
"$cli" "${catalog_args[@]}" stats
echo
"$cli" "${catalog_args[@]}" ls --limit 15
