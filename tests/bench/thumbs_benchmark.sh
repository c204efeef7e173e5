#!/usr/bin/env bash
# Thumbnail benchmark: tintype-cli thumbs against vipsthumbnail on the same
# generated 12 MP camera JPEGs, in one run (and tintype with its decoders in
# its own process, TINTYPE_WORKER=off, to show what the worker processes cost); the djpeg -scale 1/8 decode floor,
# on-screen latency under a background batch, cache bytes per photo and the
# cache layout comparison (sharded files vs SQLite blobs). Not part of ctest.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: tests/bench/thumbs_benchmark.sh [--count N] [--jobs N] [--quality Q] [--work DIR] [--build DIR]
  --count N     photos (default 1000)
  --jobs N      parallel workers / processes (default: number of cores)
  --quality Q   JPEG quality of the generated photos (default 96: 4-5 MB per
                12 MP file; the generator's default 92 gives ~2.6 MB)
  --work DIR    work folder outside the repository (default ${TMPDIR:-/tmp}/tintype-thumbs-bench)
  --repeat N    run tintype and vipsthumbnail alternately N times, keep each one's
                fastest (default 1; use 3 on a machine where other work runs)
USAGE
}
die() { echo "thumbs_benchmark: $*" >&2; exit 2; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=$REPO/build/dev
COUNT=1000
JOBS=$(nproc)
QUALITY=96
WORK=${TMPDIR:-/tmp}/tintype-thumbs-bench
REPEAT=1
while (($#)); do
    case $1 in
        --count) COUNT=${2:?}; shift ;;
        --jobs) JOBS=${2:?}; shift ;;
        --quality) QUALITY=${2:?}; shift ;;
        --work) WORK=${2:?}; shift ;;
        --repeat) REPEAT=${2:?}; shift ;;
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
HELPER=$BUILD/tests/bench/tintype-bench-thumbs
for tool in "$CLI" "$GENERATE" "$MEASURE" "$HELPER"; do
    [[ -x $tool ]] || die "$tool not found; build first: cmake --build ${BUILD#"$REPO"/}"
done
for tool in vipsthumbnail djpeg; do
    command -v $tool >/dev/null || die "$tool missing: apt-get install libvips-tools libjpeg-turbo-progs"
done
WORK=$(realpath -m "$WORK")
case $WORK/ in "$REPO"/*) die "--work must be outside the repository" ;; esac

PHOTOS=$WORK/photos-$COUNT-q$QUALITY
if [[ ! -d $PHOTOS ]]; then
    echo "== generating $COUNT photos (quality $QUALITY) in $PHOTOS" >&2
    "$GENERATE" --count "$COUNT" --quality "$QUALITY" --out "$PHOTOS" >/dev/null
fi
mapfile -d '' FILES < <(find "$PHOTOS" -type f -iname '*.jpg' -print0 | sort -z)
N=${#FILES[@]}
((N == COUNT)) || die "expected $COUNT photos in $PHOTOS, found $N"
read -r SMIN SMED SMAX < <(find "$PHOTOS" -type f -iname '*.jpg' -printf '%s\n' | sort -n |
    awk '{a[NR]=$1} END {printf "%.2f %.2f %.2f\n", a[1]/1e6, a[int((NR+1)/2)]/1e6, a[NR]/1e6}')
cat "${FILES[@]}" >/dev/null # same warm page cache for everyone

secs() { sed -n 's/.*wall_s=\([0-9.]*\).*/\1/p' "$1"; }
cpu() { sed -n 's/.*user_s=\([0-9.]*\) sys_s=\([0-9.]*\).*/\1 \2/p' "$1" | awk '{ print $1 + $2 }'; }
RUN=$WORK/run
rm -rf "$RUN"
mkdir -p "$RUN/vips"
export XDG_CACHE_HOME=$RUN/cache XDG_DATA_HOME=$RUN/data
CAT=(--catalog "$RUN/catalog.sqlite")
"$CLI" "${CAT[@]}" roots add "$PHOTOS" >/dev/null
"$CLI" "${CAT[@]}" scan --no-hash >/dev/null

min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }
PER=$(((N + JOBS - 1) / JOBS))
T_TINTYPE="" T_VIPS="" C_TINTYPE="" C_VIPS="" T_INPROC="" C_INPROC=""
for ((round = 1; round <= REPEAT; round++)); do
    echo "== round $round/$REPEAT: tintype-cli thumbs --jobs $JOBS (fresh cache)" >&2
    "$CLI" "${CAT[@]}" cache clear >/dev/null
    "$MEASURE" --out "$RUN/tintype.time" -- "$CLI" "${CAT[@]}" thumbs --jobs "$JOBS" >"$RUN/tintype.log"
    grep -q "$N made, 0 reused, 0 failed" "$RUN/tintype.log" || die "tintype-cli thumbs: $(head -3 "$RUN/tintype.log")"
    T_TINTYPE=$(min "$T_TINTYPE" "$(secs "$RUN/tintype.time")")
    C_TINTYPE=$(min "$C_TINTYPE" "$(cpu "$RUN/tintype.time")")

    echo "== round $round/$REPEAT: the same, decoders in the CLI's own process (TINTYPE_WORKER=off)" >&2
    "$CLI" "${CAT[@]}" cache clear >/dev/null
    TINTYPE_WORKER=off "$MEASURE" --out "$RUN/inproc.time" -- "$CLI" "${CAT[@]}" thumbs --jobs "$JOBS" >"$RUN/inproc.log"
    grep -q "$N made, 0 reused, 0 failed" "$RUN/inproc.log" || die "in-process thumbs: $(head -3 "$RUN/inproc.log")"
    T_INPROC=$(min "$T_INPROC" "$(secs "$RUN/inproc.time")")
    C_INPROC=$(min "$C_INPROC" "$(cpu "$RUN/inproc.time")")

    echo "== round $round/$REPEAT: vipsthumbnail --size 400, $JOBS processes" >&2
    "$MEASURE" --out "$RUN/vips.time" -- bash -c \
        'printf "%s\0" "${@:2}" | xargs -0 -P "$1" -n '"$PER"' vipsthumbnail --size 400 -o "'"$RUN"'/vips/%s.jpg[Q=80]"' \
        _ "$JOBS" "${FILES[@]}"
    T_VIPS=$(min "$T_VIPS" "$(secs "$RUN/vips.time")")
    C_VIPS=$(min "$C_VIPS" "$(cpu "$RUN/vips.time")")
done
"$CLI" "${CAT[@]}" cache stats --json >"$RUN/stats.json"
GRID_BYTES=$(sed -n 's/.*"gridBytes": \([0-9]*\).*/\1/p' "$RUN/stats.json")
DISK_BYTES=$(sed -n 's/.*"diskBytes": \([0-9]*\).*/\1/p' "$RUN/stats.json")
CACHE_DIR=$(sed -n 's/.*"directory": "\(.*\)".*/\1/p' "$RUN/stats.json")

echo "== djpeg -scale 1/8 floor (one process, every 10th file)" >&2
SAMPLE=()
for ((i = 0; i < N; i += 10)); do SAMPLE+=("${FILES[i]}"); done
"$MEASURE" --out "$RUN/djpeg.time" -- bash -c 'for f; do djpeg -scale 1/8 -outfile /dev/null "$f"; done' _ "${SAMPLE[@]}"
T_DJPEG=$(secs "$RUN/djpeg.time")

echo "== on-screen latency under a background batch" >&2
LAT=$("$HELPER" latency --cache "$RUN/latency-cache" --jobs "$JOBS" --requests 100 "${FILES[@]}")
echo "$LAT" >&2

echo "== cache layout: sharded files vs SQLite blobs" >&2
mapfile -d '' THUMBS < <(find "$CACHE_DIR" -type f -name '*.jpg' -print0)
STORE=$("$HELPER" store --out "$RUN/store" --jobs "$JOBS" "${THUMBS[@]}")

val() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
awk -v n="$N" -v j="$JOBS" -v tt="$T_TINTYPE" -v tv="$T_VIPS" -v td="$T_DJPEG" -v ns="${#SAMPLE[@]}" \
    -v gb="$GRID_BYTES" -v db="$DISK_BYTES" -v smin="$SMIN" -v smed="$SMED" -v smax="$SMAX" \
    -v p50="$(val p50_ms "$LAT")" -v p95="$(val p95_ms "$LAT")" -v pmax="$(val max_ms "$LAT")" \
    -v busy="$(val background_still_running "$LAT")" -v bdone="$(val background_done "$LAT")" -v btotal="$(val background_total "$LAT")" \
    -v fms="$(val files_ms_per_entry "$STORE")" -v fdisk="$(val files_disk_per_entry "$STORE")" \
    -v sms="$(val sqlite_ms_per_entry "$STORE")" -v sdisk="$(val sqlite_disk_per_entry "$STORE")" \
    -v ld="$(cut -d' ' -f1 /proc/loadavg)" -v rep="$REPEAT" -v ct="$C_TINTYPE" -v cv="$C_VIPS" \
    -v ti="$T_INPROC" -v ci="$C_INPROC" 'BEGIN {
    rt = n / tt; rv = n / tv
    printf "thumbs benchmark: %d generated 12 MP JPEGs (%.2f / %.2f / %.2f MB min/median/max), %d jobs, best of %d, load %s\n", n, smin, smed, smax, j, rep, ld
    printf "%-44s %12s\n", "figure", "value"
    printf "%-44s %12.1f\n", "tintype-cli thumbs, grid thumbnails/s", rt
    printf "%-44s %12.1f\n", "vipsthumbnail --size 400 x" j " processes, /s", rv
    printf "%-44s %12.2fx  (target >= 1.3x: %s)\n", "ratio tintype / vipsthumbnail", rt / rv, (rt / rv >= 1.3 ? "met" : "NOT MET")
    printf "%-44s %12.1f  (worker processes cost %+.1f%% wall, %+.1f%% CPU)\n", "same, decoders in the CLI process, /s", n / ti, (tt / ti - 1) * 100, (ct / ci - 1) * 100
    printf "%-44s %12.1f\n", "tintype ms per file per core", tt * 1000 * j / n
    printf "%-44s %12.1f\n", "vipsthumbnail ms per file per core", tv * 1000 * j / n
    printf "%-44s %12.1f / %.1f  (ratio %.2fx; load-independent)\n", "CPU ms per file, tintype / vipsthumbnail", ct * 1000 / n, cv * 1000 / n, cv / ct
    printf "%-44s %12.1f\n", "djpeg -scale 1/8 floor, ms per file", td * 1000 / ns
    if (busy == 1)
      printf "%-44s %12.1f / %.1f / %.1f  (p95 target < 100: %s; background batch still running at the end: %d of %d done)\n", "on-screen request under load p50/p95/max ms", p50, p95, pmax, (p95 < 100 ? "met" : "NOT MET"), bdone, btotal
    else
      printf "%-44s %12s  (%.1f / %.1f / %.1f ms with the background batch idle: all %d done before the last request; more files, or fewer --jobs)\n", "on-screen request under load p50/p95/max ms", "NOT MEASURED", p50, p95, pmax, btotal
    printf "%-44s %12.0f  (target <= 40960: %s)\n", "cache bytes per grid photo (JPEG)", gb / n, (gb / n <= 40960 ? "met" : "NOT MET")
    printf "%-44s %12.0f\n", "  allocated on disk per photo", db / n
    printf "%-44s %12.3f ms, %.0f B disk\n", "store: sharded files, per entry", fms, fdisk
    printf "%-44s %12.3f ms, %.0f B disk\n", "store: SQLite blob (WAL, txn each), per entry", sms, sdisk
}' | tee "$RUN/result.txt"
# A latency "under load" measured without load is a failed measurement.
[ "$(val background_still_running "$LAT")" = 1 ] || { echo "on-screen latency was not measured under load" >&2; exit 1; }
