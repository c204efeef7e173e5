#!/usr/bin/env bash
# People benchmark: `tintype-cli faces scan` (decode + detect + landmarks + embed +
# crops + clustering) on camera-sized copies of the sample group shots, the time
# of each stage on one thread, and clustering time and peak RSS for 100k
# synthetic 128-D embeddings through the real FaceClusterer. Builds nothing and
# writes nothing into the repository; see README.md, "People (faces) benchmark".
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: tests/bench/faces_benchmark.sh [OPTIONS]

  --build DIR        build folder with tintype-cli, tintype-bench-faces, -measure (default: build/dev)
  --samples DIR      shared/data (default: $TINTYPE_SAMPLES); the group shots are
                     DIR/faces-faceapi-bbt/examples/images/bbt1..5.jpg
  --work DIR         work folder outside the repository (default: ${TMPDIR:-/tmp}/tintype-faces-bench)
  --copies N         copies of each of the 5 group shots (default 8: 40 photos)
  --megapixels MP    size of the copies (default 12)
  --jobs N           'faces scan --jobs N' (default 2)
  --faces N          synthetic embeddings to cluster (default 100000)
  --identities K     people among them (default 2000)
  --no-cluster       skip the clustering figure
  --portable         run as on a CPU without AVX-512 (most laptops): our kernels
                     on their AVX2 + FMA form (TINTYPE_NN_ISA=avx2) and OpenCV's
                     own layers without AVX-512 (OPENCV_CPU_DISABLE)
  --generic          as --portable, with our kernels on the baseline form
                     (SSE2 here; the form ARM64 builds get, on NEON)
  -h, --help         this text
EOF
}

die() { echo "faces_benchmark: $*" >&2; exit 2; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=$REPO/build/dev
SAMPLES=${TINTYPE_SAMPLES:-}
WORK=${TMPDIR:-/tmp}/tintype-faces-bench
COPIES=8
MEGAPIXELS=12
JOBS=2
FACES=100000
IDENTITIES=2000
CLUSTER=1
while [ $# -gt 0 ]; do
    case "$1" in
        --build) BUILD=$(cd "$2" && pwd); shift 2 ;;
        --samples) SAMPLES=$2; shift 2 ;;
        --work) WORK=$2; shift 2 ;;
        --copies) COPIES=$2; shift 2 ;;
        --megapixels) MEGAPIXELS=$2; shift 2 ;;
        --jobs) JOBS=$2; shift 2 ;;
        --faces) FACES=$2; shift 2 ;;
        --identities) IDENTITIES=$2; shift 2 ;;
        --no-cluster) CLUSTER=0; shift ;;
        --portable) export TINTYPE_NN_ISA=avx2 OPENCV_CPU_DISABLE=AVX512-SKX,AVX512-COMMON,AVX512F; shift ;;
        --generic) export TINTYPE_NN_ISA=generic OPENCV_CPU_DISABLE=AVX512-SKX,AVX512-COMMON,AVX512F; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done

CLI=$BUILD/app/cli/tintype-cli
BENCH=$BUILD/tests/bench/tintype-bench-faces
MEASURE=$BUILD/tests/bench/tintype-bench-measure
for tool in "$CLI" "$BENCH" "$MEASURE"; do
    [ -x "$tool" ] || die "$tool missing: cmake --build $BUILD --target tintype-cli tintype-bench-faces tintype-bench-measure"
done
[ -n "$SAMPLES" ] || die "set TINTYPE_SAMPLES (or --samples) to shared/data"
IMAGES=$SAMPLES/faces-faceapi-bbt/examples/images
[ -f "$IMAGES/bbt1.jpg" ] || die "no group shots in $IMAGES"
case "$WORK" in "$REPO"|"$REPO"/*) die "--work must be outside the repository" ;; esac
if [ -z "${TINTYPE_FACE_MODELS:-}" ] && [ -f "$REPO/build/models/face-api/ssd_mobilenetv1_model.bin" ]; then
    export TINTYPE_FACE_MODELS=$REPO/build/models/face-api
fi
export XDG_CACHE_HOME=$WORK/cache # face crops go here, not into the user's cache

# Each field of the measure tool's one-line report.
field() { sed -n "s/.*$2=\([^ ]*\).*/\1/p" "$1"; }

echo "faces benchmark: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
    "TINTYPE_NN_ISA=${TINTYPE_NN_ISA:-native} OPENCV_CPU_DISABLE=${OPENCV_CPU_DISABLE:-}"

photos=$WORK/photos-${MEGAPIXELS}mp-x$COPIES
if [ ! -f "$photos/.complete" ]; then
    rm -rf "$photos"
    "$BENCH" photos --out "$photos" --copies "$COPIES" --megapixels "$MEGAPIXELS" "$IMAGES"/bbt[1-5].jpg
    touch "$photos/.complete"
fi
count=$(find "$photos" -name '*.jpg' | wc -l)

catalog=$WORK/catalog.sqlite
rm -f "$catalog" "$catalog"-* && rm -rf "$XDG_CACHE_HOME"
"$CLI" --catalog "$catalog" roots add "$photos" >/dev/null
"$CLI" --catalog "$catalog" scan --no-hash >/dev/null
"$MEASURE" --out "$WORK/scan.measure" -- "$CLI" --catalog "$catalog" faces scan --jobs "$JOBS" >"$WORK/scan.log" 2>&1 ||
    { cat "$WORK/scan.log" >&2; die "faces scan failed"; }
faces=$(sed -n 's/.*photos: \([0-9]*\) faces.*/\1/p' "$WORK/scan.log" | tail -1)
wall=$(field "$WORK/scan.measure" wall_s)
cpu=$(awk -v u="$(field "$WORK/scan.measure" user_s)" -v s="$(field "$WORK/scan.measure" sys_s)" 'BEGIN { print u + s }')
echo
echo "== tintype-cli faces scan --jobs $JOBS: $count photos (${MEGAPIXELS} MP copies of the 5 group shots), $faces faces"
awk -v n="$count" -v f="$faces" -v w="$wall" -v c="$cpu" -v j="$JOBS" -v rss="$(field "$WORK/scan.measure" maxrss_kb)" 'BEGIN {
    printf "  wall %.1f s: %.2f photos/s, %.1f faces/s (process start, model load, crops, clustering included)\n", w, n / w, f / w
    printf "  CPU %.1f s: %.0f ms per photo, %.0f ms per face; CPU-bound on %d idle cores: %.1f photos/s\n", c, 1000 * c / n, 1000 * c / f, j, j * n / c
    printf "  peak RSS %.0f MB\n", rss / 1024 }'

echo
echo "== stages, one worker thread (tintype-bench-faces stages)"
OPENCV_FOR_THREADS_NUM=1 "$BENCH" stages "$photos"/bbt[1-5]_1.jpg

if [ "$CLUSTER" = 1 ]; then
    echo
    echo "== clustering (tintype-bench-faces cluster)"
    "$MEASURE" --out "$WORK/cluster.measure" -- "$BENCH" cluster --faces "$FACES" --identities "$IDENTITIES"
    echo "  process: wall $(field "$WORK/cluster.measure" wall_s) s, peak RSS $(( $(field "$WORK/cluster.measure" maxrss_kb) / 1024 )) MB"
fi
