#!/usr/bin/env bash
# Smoke test of the desktop app: a small generated library, scanned by the
# CLI, then `tintype-scripted --screenshots` (the app, tests/scripted) tours the views and saves each as a PNG
# (the test artifacts: look at them). Fails when the app fails or a
# screenshot is missing or blank (SPREAD, tintype-screenshot-spread: a view of
# one colour, by its pixels). Everything lives under OUT (no home folder).
# With $TINTYPE_SAMPLES and the face models (packaging/fetch-models.sh) the
# library also holds the five group shots, scanned for faces and two people named,
# so the People pages and the viewer's face outlines have something to show;
# with $TINTYPE_SAMPLES set (CI) both are required.
set -euo pipefail
app="$1" cli="$2" generate="$3" out="$4" spread="$5"
work="$out/work"
rm -rf "$out"
mkdir -p "$work"
export XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export XDG_RUNTIME_DIR="$work/runtime" && mkdir -p -m 700 "$XDG_RUNTIME_DIR"
catalog="$work/catalog.sqlite"
src="$(cd "$(dirname "$0")/../.." && pwd)"
models="$src/build/models/face-api"
# Place names and the map (packaging/fetch-models.sh): the scan names the
# places, so the Places page and the map have something to show.
places_index="$src/build/models/places/places.bin"
with_places=0
if [ -s "$places_index" ]; then export TINTYPE_PLACES_INDEX="$places_index"; with_places=1; fi
if [ -n "${TINTYPE_SAMPLES:-}" ] && [ $with_places = 0 ]; then
  echo "TINTYPE_SAMPLES is set (CI) but the place names ($places_index) are missing"; exit 1
fi
samples="${TINTYPE_SAMPLES:-}/faces-faceapi-bbt/examples/images"

"$generate" --count 48 --megapixels 1 --out "$work/photos" >/dev/null
with_faces=0
if [ -n "${TINTYPE_SAMPLES:-}" ] && [ -d "$samples" ]; then
  mkdir -p "$work/photos/people"
  cp "$samples"/bbt[1-5].jpg "$work/photos/people/" # group shots: 23 faces of 5 people
  [ -s "$models/face_recognition_model.bin" ] && with_faces=1
fi
if [ -n "${TINTYPE_SAMPLES:-}" ] && [ $with_faces = 0 ]; then
  echo "TINTYPE_SAMPLES is set (CI) but $samples or the face models ($models) are missing"; exit 1
fi
"$cli" --catalog "$catalog" roots add "$work/photos" >/dev/null
"$cli" --catalog "$catalog" scan --no-hash >/dev/null
# Two albums for the Albums page (asset ids from ls --json).
ids=($("$cli" --catalog "$catalog" ls --json | sed -n 's/^ *"id": \([0-9]*\),*$/\1/p'))
"$cli" --catalog "$catalog" albums create "Summer trip" "${ids[@]:0:9}" >/dev/null
"$cli" --catalog "$catalog" albums create "Garden" "${ids[@]:20:4}" >/dev/null
# Duplicates for the Duplicates page: the generator paints 8 distinct pictures
# (so photos sharing one are near copies), and here a byte-for-byte backup copy
# of one photo and two others exported smaller without their GPS; then their
# content hashes (exact copies) and perceptual hashes (near copies).
mkdir -p "$work/photos/Backup" "$work/photos/Shared copies"
cp "$(find "$work/photos" -iname '*.jpg' | sort | sed -n 5p)" "$work/photos/Backup/"
"$cli" --catalog "$catalog" export --edited 1 2 --to "$work/photos/Shared copies" --size 800 --strip-location >/dev/null
"$cli" --catalog "$catalog" scan >/dev/null
"$cli" --catalog "$catalog" dupes --near >/dev/null
if [ $with_faces = 1 ]; then
  export TINTYPE_FACE_MODELS="$models"
  "$cli" --catalog "$catalog" faces scan >/dev/null
  # Two of the clusters get (neutral) names, so named and unnamed people both show.
  "$cli" --catalog "$catalog" faces people | awk -F'\t' '$1 ~ /^[0-9]+$/ && n++ < 2 { print $1 }' | while read -r id; do
    "$cli" --catalog "$catalog" faces name "$id" "Person $id" >/dev/null
  done
fi
# The two newest photos edited (black and white, a crop): the tour shows edited thumbnails.
echo '{"format":"tintype-edit","version":1,"operations":[{"op":"saturation","v":2,"params":{"amount":-1}},
  {"op":"crop","v":1,"params":{"x":0.25,"y":0,"width":0.5,"height":1}}]}' > "$work/edit.json"
for id in 48 47; do "$cli" --catalog "$catalog" edit "$id" --stack "$work/edit.json" >/dev/null; done

"$app" --catalog "$catalog" --screenshots "$out" | tee "$work/tour.log"
# Places, the map and "Set location…" again at 150% (light and dark).
QT_SCALE_FACTOR=1.5 "$app" --catalog "$catalog" --screenshots "$out" --tour places | tee -a "$work/tour.log"
# The timeline and Settings in each shipped language (translations/), started in it:
# timeline-es.png, settings-es.png... (do the words fit?).
languages=(en fr de es)
for lang in "${languages[@]}"; do
  "$app" --catalog "$catalog" --screenshots "$out" --tour language --language "$lang" | tee -a "$work/tour.log"
done

expected=(timeline timeline-month selection export folders favourites albums album add-to-album albums-dark album-dark
          album-new-name album-add-photos album-new archive trash trash-dark archive-dark viewer-info edit-light edit-crop edit-looks help settings takeout
          people person person-faces viewer-faces
          timeline-dark export-dark folders-dark viewer-dark edit-light-dark settings-dark people-dark person-dark viewer-faces-dark welcome
          duplicates duplicates-dark
          small-timeline small-timeline-scrolled small-duplicates small-takeout small-viewer-info
          small-timeline-dark small-duplicates-dark small-people-dark small-takeout-dark
          places map map-world set-location set-location-picked
          places-dark map-dark map-world-dark set-location-dark set-location-picked-dark
          scaled-places scaled-map scaled-map-world scaled-set-location scaled-set-location-picked
          scaled-places-dark scaled-map-dark scaled-map-world-dark scaled-set-location-dark scaled-set-location-picked-dark)
for lang in "${languages[@]}"; do expected+=("timeline-$lang" "settings-$lang"); done
if [ $with_places = 1 ]; then expected+=(places-country scaled-places-country scaled-places-country-dark); fi
status=0
pngs=()
for name in "${expected[@]}"; do
  png="$out/$name.png"
  if [ ! -s "$png" ]; then
    echo "missing screenshot: $png"; status=1; continue
  fi
  pngs+=("$png")
done
# Blank: the pixels hardly vary (a window of one colour), whatever the PNG's size.
"$spread" "${pngs[@]}" || status=1
echo "screenshots in $out"
exit $status
