#!/usr/bin/env bash
# The demo library `packaging/run.sh` opens shows what Tintype groups: its Live
# Photo clips (.MOV) and RAW files (.DNG) are scanned into the asset of the JPEG
# beside them (never assets of their own), the RAWs decode, the messenger
# copies are there for the Duplicates page, and there is a home and a trip away
# from it (with its video, .MP4, an asset of its own) for Albums' "Trips".
#   demo_library.sh GENERATOR CLI WORKDIR
set -euo pipefail
generate="$1" cli="$2" work="$3"
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$generate" --demo --count 40 --megapixels 0.5 --out "$work/photos" 2>"$work/generate.log" ||
  { cat "$work/generate.log"; fail "the generator failed"; }
cat="$work/catalog.sqlite"
"$cli" --catalog "$cat" roots add "$work/photos" >/dev/null
"$cli" --catalog "$cat" scan --no-hash >"$work/scan.log" 2>&1 || { cat "$work/scan.log"; fail "scan failed"; }

count() { find "$work/photos" -type f -iname "$1" | wc -l; }
jpegs=$(count '*.jpg') movs=$(count '*.mov') dngs=$(count '*.dng') mp4s=$(count '*.mp4')
echo "files: $jpegs JPEG, $movs MOV, $dngs DNG, $mp4s MP4"
[ "$mp4s" -ge 1 ] || fail "expected a video on the demo's trip, found $mp4s"
[ "$movs" -ge 2 ] || fail "expected Live Photo clips in the demo, found $movs"
[ "$dngs" -ge 2 ] || fail "expected RAW files in the demo, found $dngs"
[ -n "$(ls "$work/photos/WhatsApp Images")" ] || fail "no messenger copies"

"$cli" --catalog "$cat" ls --json >"$work/ls.json"
assets=$(grep -c '"id":' "$work/ls.json")
echo "assets: $assets"
[ "$assets" -eq $((jpegs + mp4s)) ] ||
  fail "$assets assets for $jpegs JPEGs and $mp4s videos: clips or RAWs became assets of their own"
grep -qiE '"path": ".*\.(mov|dng)"' "$work/ls.json" && fail "a clip or RAW is listed as an asset's primary file"

# Each companion shares its JPEG's name, and the RAW is a real raw file LibRaw reads.
while read -r companion; do
  stem="${companion%.*}"
  [ -f "$stem.JPG" ] || fail "$companion has no JPEG beside it"
done < <(find "$work/photos" -type f \( -iname '*.mov' -o -iname '*.dng' \))
dng=$(find "$work/photos" -type f -iname '*.dng' | head -1)
"$cli" info --json "$dng" >"$work/dng.json"
grep -q '"kind": "raw"' "$work/dng.json" || { cat "$work/dng.json"; fail "the DNG is not read as a raw file"; }
grep -qE '"width": [1-9]' "$work/dng.json" || { cat "$work/dng.json"; fail "the DNG has no size"; }
mov=$(find "$work/photos" -type f -iname '*.mov' | head -1)
"$cli" info --json "$mov" >"$work/mov.json"
grep -qE '"duration": [0-9.]+' "$work/mov.json" || { cat "$work/mov.json"; fail "the clip has no duration"; }

# Home (where most nights are) and a trip away from it, with the trip's video.
"$cli" --catalog "$cat" trips --json >"$work/trips.json"
trips=$(grep -c '"start":' "$work/trips.json" || true)
[ "$trips" -ge 1 ] || { cat "$work/trips.json"; fail "the demo has no trip"; }
"$cli" --catalog "$cat" trips --homes >"$work/homes.txt"
grep -qE "\(52\.[45]" "$work/homes.txt" || { cat "$work/homes.txt"; fail "the demo's home is not Berlin"; }
echo "ok: $movs Live clips and $dngs RAWs grouped with their JPEGs; $trips trip(s) from home in Berlin"
