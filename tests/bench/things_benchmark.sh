#!/usr/bin/env bash
# Things benchmark: `tintype-cli things scan` (object detection, core/things) on a
# library of camera-sized JPEGs whose 2048 px previews are already cached (the
# stage runs after thumbnails): photos/s, CPU per photo and peak RSS of the
# process; then with only the 400 px grid thumbnails cached (what the app's
# thumbnail stage makes), then without the cache (--originals: each 12 MP JPEG
# decoded at 512 px). Builds nothing and writes nothing into the repository; see
# README.md, "Things benchmark".
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: tests/bench/things_benchmark.sh [OPTIONS]

  --build DIR        build folder with tintype-cli, tintype-bench-generate, -measure (default: build/dev)
  --work DIR         work folder outside the repository (default: ${TMPDIR:-/tmp}/tintype-things-bench)
  --count N          photos (default 120)
  --megapixels MP    their size (default 12)
  --jobs N           'things scan --jobs N' (default 2)
  -h, --help         this text
USAGE
}

die() { echo "things_benchmark: $*" >&2; exit 2; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=$REPO/build/dev
WORK=${TMPDIR:-/tmp}/tintype-things-bench
COUNT=120
MEGAPIXELS=12
JOBS=2
while [ $# -gt 0 ]; do
    case "$1" in
        --build) BUILD=$(cd "$2" && pwd); shift 2 ;;
        --work) WORK=$2; shift 2 ;;
        --count) COUNT=$2; shift 2 ;;
        --megapixels) MEGAPIXELS=$2; shift 2 ;;
        --jobs) JOBS=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done

CLI=$BUILD/app/cli/tintype-cli
GENERATE=$BUILD/tests/bench/tintype-bench-generate
MEASURE=$BUILD/tests/bench/tintype-bench-measure
for tool in "$CLI" "$GENERATE" "$MEASURE"; do
    [ -x "$tool" ] || die "$tool missing: cmake --build $BUILD --target tintype-cli tintype-bench-generate tintype-bench-measure"
done
command -v sqlite3 >/dev/null || die "sqlite3 (the command) is needed to reset the passes between runs"
case "$WORK" in "$REPO"|"$REPO"/*) die "--work must be outside the repository" ;; esac
if [ -z "${TINTYPE_THING_MODELS:-}" ] && [ -f "$REPO/build/models/things/centernet.bin" ]; then
    export TINTYPE_THING_MODELS=$REPO/build/models/things
fi
export XDG_CACHE_HOME=$WORK/cache # the thumbnail cache goes here, not into the user's

field() { sed -n "s/.*$2=\([^ ]*\).*/\1/p" "$1"; }

echo "things benchmark: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

photos=$WORK/photos-${MEGAPIXELS}mp-$COUNT
if [ ! -f "$photos/.complete" ]; then
    rm -rf "$photos"
    "$GENERATE" --out "$photos" --count "$COUNT" --megapixels "$MEGAPIXELS" >/dev/null
    touch "$photos/.complete"
fi
count=$(find "$photos" -iname '*.jpg' | wc -l)

catalog=$WORK/catalog.sqlite
rm -f "$catalog" "$catalog"-* && rm -rf "$XDG_CACHE_HOME"
"$CLI" --catalog "$catalog" roots add "$photos" >/dev/null
"$CLI" --catalog "$catalog" scan --no-hash >/dev/null
"$CLI" --catalog "$catalog" thumbs --size preview --jobs "$JOBS" >/dev/null
"$CLI" --catalog "$catalog" thumbs --size grid --jobs "$JOBS" >/dev/null
previews=$(find "$XDG_CACHE_HOME" -type d -name preview | head -1)
[ -n "$previews" ] || die "no preview folder in the thumbnail cache $XDG_CACHE_HOME"

run() { # NAME ARGS...: one measured 'things scan', its figures
    local name=$1
    shift
    sqlite3 "$catalog" "DELETE FROM thing_scan; DELETE FROM thing;" # every photo to do again
    "$MEASURE" --out "$WORK/$name.measure" -- "$CLI" --catalog "$catalog" things scan --jobs "$JOBS" "$@" \
        >"$WORK/$name.log" 2>&1 || { cat "$WORK/$name.log" >&2; die "things scan failed"; }
    local wall cpu
    wall=$(field "$WORK/$name.measure" wall_s)
    cpu=$(awk -v u="$(field "$WORK/$name.measure" user_s)" -v s="$(field "$WORK/$name.measure" sys_s)" 'BEGIN { print u + s }')
    echo
    echo "== $name: tintype-cli things scan --jobs $JOBS $*: $count photos (${MEGAPIXELS} MP)"
    sed -n 's/^/  /p' "$WORK/$name.log" | tail -1
    awk -v n="$count" -v w="$wall" -v c="$cpu" -v j="$JOBS" -v rss="$(field "$WORK/$name.measure" maxrss_kb)" 'BEGIN {
        printf "  wall %.1f s: %.1f photos/s (process start and model load included)\n", w, n / w
        printf "  CPU %.1f s: %.0f ms per photo; CPU-bound on %d idle cores: %.1f photos/s\n", c, 1000 * c / n, j, j * n / c
        printf "  peak RSS %.0f MB\n", rss / 1024 }'
}

run preview
mv "$previews" "$previews.away" # as in the app: the grid thumbnails only
run grid
mv "$previews.away" "$previews"
run originals --originals
