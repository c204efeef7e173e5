#!/usr/bin/env bash
# Installs the face models Tintype's People feature reads (core/faces): the
# `model/` folder of the MIT-licensed npm package @vladmandic/face-api 1.7.15,
# fetched once with `npm pack` (checked against a pinned SHA-256) and unpacked
# into the app's data folder (~/.local/share/tintype/models/face-api) and into
# build/models/face-api for the tests. Idempotent: does nothing when both
# copies are complete. Nothing is fetched at run time; Tintype works offline.
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
if [ ${#missing[@]} -eq 0 ]; then
  echo "fetch-models: face models present"
  exit 0
fi

mkdir -p build/models
tarball="build/models/vladmandic-face-api-$version.tgz"
if [ ! -s "$tarball" ] || ! echo "$sha256  $tarball" | sha256sum -c --status; then
  if ! command -v npm >/dev/null; then
    echo "fetch-models: npm is needed to fetch the face models (apt-get install npm)" >&2
    exit 1
  fi
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "@vladmandic/face-api@$version" >/dev/null)
  mv "$work/vladmandic-face-api-$version.tgz" "$tarball"
  if ! echo "$sha256  $tarball" | sha256sum -c --status; then
    echo "fetch-models: $tarball does not have the expected SHA-256; not installing it" >&2
    rm -f "$tarball"
    exit 1
  fi
fi

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
