#!/usr/bin/env bash
# Takeout import benchmark: `tintype-cli takeout import` of a generated
# multi-part Takeout (year folders + album copies, JSON sidecars) against plain
# `unzip -o` of the same parts onto the same disk, in one run. Not part of ctest.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: tests/bench/takeout_benchmark.sh [--count N] [--part-mb MB] [--work DIR] [--build DIR]
  --count N     photos (default 450: ~2 GB of 12 MP JPEGs at quality 96, plus album copies)
  --part-mb MB  size of each zip part (default 512)
  --work DIR    work folder outside the repository (default ${TMPDIR:-/tmp}/tintype-takeout-bench)
USAGE
}
die() { echo "takeout_benchmark: $*" >&2; exit 2; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=$REPO/build/dev
COUNT=450
PART_MB=512
WORK=${TMPDIR:-/tmp}/tintype-takeout-bench
while (($#)); do
    case $1 in
        --count) COUNT=${2:?}; shift ;;
        --part-mb) PART_MB=${2:?}; shift ;;
        --work) WORK=${2:?}; shift ;;
        --build) BUILD=${2:?}; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option $1" ;;
    esac
    shift
done
[[ $BUILD = /* ]] || BUILD=$REPO/$BUILD
CLI=$BUILD/app/cli/tintype-cli
GENERATE=$BUILD/tests/bench/tintype-bench-generate
MEASURE=$BUILD/tests/bench/tintype-bench-measure
for tool in "$CLI" "$GENERATE" "$MEASURE"; do
    [[ -x $tool ]] || die "$tool not found; build first: cmake --build ${BUILD#"$REPO"/}"
done
command -v unzip >/dev/null || die "unzip missing: apt-get install unzip"
command -v python3 >/dev/null || die "python3 missing"
WORK=$(realpath -m "$WORK")
case $WORK/ in "$REPO"/*) die "--work must be outside the repository" ;; esac

PHOTOS=$WORK/photos-$COUNT
PARTS=$WORK/parts-$COUNT-$PART_MB
if [[ ! -d $PHOTOS ]]; then
    echo "== generating $COUNT photos in $PHOTOS" >&2
    "$GENERATE" --count "$COUNT" --quality 96 --out "$PHOTOS" >/dev/null
fi
if [[ ! -d $PARTS ]]; then
    echo "== building the Takeout parts in $PARTS" >&2
    python3 "$REPO/tests/bench/takeout/make_takeout.py" --photos "$PHOTOS" --out "$PARTS.tmp" --part-mb "$PART_MB" >/dev/null
    mv "$PARTS.tmp" "$PARTS"
fi
mapfile -t ZIPS < <(ls "$PARTS"/*.zip)
INPUT_BYTES=$(du -cb "${ZIPS[@]}" | tail -1 | cut -f1)
cat "${ZIPS[@]}" >/dev/null # same warm page cache for both

secs() { sed -n 's/.*wall_s=\([0-9.]*\).*/\1/p' "$1"; }
peak() { sed -n 's/.*maxrss_kb=\([0-9]*\).*/\1/p' "$1"; }
RUN=$WORK/run
rm -rf "$RUN"
mkdir -p "$RUN/unzip"

echo "== unzip -o of ${#ZIPS[@]} parts" >&2
"$MEASURE" --out "$RUN/unzip.time" -- bash -c 'for z in "${@:2}"; do unzip -q -o "$z" -d "$1"; done; sync' _ "$RUN/unzip" "${ZIPS[@]}"
rm -rf "$RUN/unzip"

echo "== tintype-cli takeout import" >&2
export XDG_CACHE_HOME=$RUN/cache XDG_DATA_HOME=$RUN/data
"$MEASURE" --out "$RUN/import.time" -- bash -c '"$@"; sync' _ \
    "$CLI" --catalog "$RUN/catalog.sqlite" takeout import "${ZIPS[@]}" --to "$RUN/library/Google" --report "$RUN/report.json" >"$RUN/import.log"
cat "$RUN/import.log" >&2
IMPORTED=$(find "$RUN/library" -type f -iname '*.jpg' | wc -l)

echo "== the same import again (must add nothing)" >&2
"$MEASURE" --out "$RUN/again.time" -- "$CLI" --catalog "$RUN/catalog.sqlite" takeout import "${ZIPS[@]}" --to "$RUN/library/Google" >"$RUN/again.log"
AGAIN=$(find "$RUN/library" -type f -iname '*.jpg' | wc -l)

awk -v in_b="$INPUT_BYTES" -v tu="$(secs "$RUN/unzip.time")" -v ti="$(secs "$RUN/import.time")" \
    -v ta="$(secs "$RUN/again.time")" -v rss="$(peak "$RUN/import.time")" -v parts="${#ZIPS[@]}" \
    -v n="$COUNT" -v imported="$IMPORTED" -v again="$AGAIN" 'BEGIN {
    mu = in_b / 1048576 / tu; mi = in_b / 1048576 / ti
    printf "takeout benchmark: %d photos, %d parts, %.0f MB of zip input (year folders + album copies)\n", n, parts, in_b / 1048576
    printf "%-44s %12.1f MB/s  (%.1f s)\n", "unzip -o, all parts", mu, tu
    printf "%-44s %12.1f MB/s  (%.1f s)\n", "tintype-cli takeout import", mi, ti
    printf "%-44s %12.2fx  (target >= 0.7x: %s)\n", "ratio import / unzip", mi / mu, (mi / mu >= 0.7 ? "met" : "NOT MET")
    printf "%-44s %12d  (photos: %d)\n", "files in the library after import", imported, n
    printf "%-44s %12.1f s, files after: %d\n", "same import again", ta, again
    printf "%-44s %12.0f MB\n", "peak RSS of the import", rss / 1024
}' | tee "$RUN/result.txt"
