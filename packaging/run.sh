#!/usr/bin/env bash
# Installs what is missing, builds, and opens Tintype on FOLDER — or, without
# one, on a small generated demo library (its catalog and cache kept apart
# from yours).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
app=build/dev/app/gui/tintype

if [ $# -ge 1 ]; then
  exec "$app" "$1"
fi

demo="${XDG_CACHE_HOME:-$HOME/.cache}/tintype-demo4"
folder="$demo/photos"
catalog="$demo/catalog.sqlite"
if [ ! -d "$folder" ]; then
  echo "No folder given: generating a small demo library in $folder"
  # Three years at home in Berlin and three trips away (Paris, Rome and Florence,
  # Tokyo; a video on each) for trips and memories, and a few smaller copies as
  # a messenger keeps them (near duplicates).
  build/dev/tests/bench/tintype-bench-generate --demo --count 120 --megapixels 2 --out "$folder.part"
  mv "$folder.part" "$folder"
fi
# The app adds the folder (once) and scans it in the background: photos appear while it runs.
exec "$app" --demo --catalog "$catalog" "$folder"
