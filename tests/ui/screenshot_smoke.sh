#!/usr/bin/env bash
# Smoke test of the desktop app: a small generated library, scanned by the
# CLI, then `tintype --screenshots` tours the views and saves each as a PNG
# (the test artifacts: look at them). Fails when the app fails or a
# screenshot is missing or blank. Everything lives under OUT (no home folder).
set -euo pipefail
app="$1" cli="$2" generate="$3" out="$4"
work="$out/work"
rm -rf "$out"
mkdir -p "$work"
export XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export XDG_RUNTIME_DIR="$work/runtime" && mkdir -p -m 700 "$XDG_RUNTIME_DIR"
catalog="$work/catalog.sqlite"

"$generate" --count 48 --megapixels 1 --out "$work/photos" >/dev/null
"$cli" --catalog "$catalog" roots add "$work/photos" >/dev/null
"$cli" --catalog "$catalog" scan --no-hash >/dev/null

"$app" --catalog "$catalog" --screenshots "$out" | tee "$work/tour.log"

expected=(timeline timeline-month selection export folders favourites viewer-info help settings takeout
          timeline-dark export-dark folders-dark viewer-dark settings-dark welcome)
status=0
for name in "${expected[@]}"; do
  png="$out/$name.png"
  if [ ! -s "$png" ]; then
    echo "missing screenshot: $png"; status=1; continue
  fi
  # A blank (single-colour) window compresses to almost nothing.
  if [ "$(stat -c %s "$png")" -lt 8000 ]; then
    echo "screenshot looks blank: $png ($(stat -c %s "$png") bytes)"; status=1
  fi
done
echo "screenshots in $out"
exit $status
