#!/usr/bin/env bash
# Scan benchmark: Tintype's first scan, content hashing and rescan against
# exiv2 -pa and exiftool on the same generated camera library, in one run.
# Builds nothing and writes nothing into the repository; see README.md.
# shellcheck disable=SC2317 # setup functions are called indirectly, through best_of
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: tests/bench/scan_benchmark.sh [OPTIONS]

  --build DIR            build folder with tintype-cli and the bench tools (default: build/dev)
  --count N              number of photos (default 10000)
  --large                100000 photos (needs about 260 GB of disk at 12 MP)
  --work DIR             work folder outside the repository, reused between runs
                         (default: ${TMPDIR:-/tmp}/tintype-scan-bench)
  --seed S               library seed (default 1)
  --megapixels MP        image size (default 12)
  --jobs N               pass --jobs N to 'tintype-cli scan' (default: its own choice)
  --exiftool-sample N    run exiftool on N evenly spread files and scale
                         (default: all files up to 10000, else 10000)
  --repeat N             run the short measurements (first scan, rescan, exiv2) N times,
                         report the fastest (default 1; use 3 on a busy machine)
  --no-peers             skip exiv2 and exiftool
  --clean                delete the generated photos afterwards (default: keep for reuse)
  -h, --help             this text
EOF
}

die() { echo "scan_benchmark: $*" >&2; exit 2; }
note() { echo "== $*" >&2; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=$REPO/build/dev
COUNT=10000
WORK=${TMPDIR:-/tmp}/tintype-scan-bench
SEED=1
MEGAPIXELS=12
JOBS=()
EXIFTOOL_SAMPLE=""
REPEAT=1
PEERS=1
CLEAN=0
while (($#)); do
    case $1 in
        --build) BUILD=${2:?--build needs a folder}; shift ;;
        --count) COUNT=${2:?--count needs a number}; shift ;;
        --large) COUNT=100000 ;;
        --work) WORK=${2:?--work needs a folder}; shift ;;
        --seed) SEED=${2:?--seed needs a number}; shift ;;
        --megapixels) MEGAPIXELS=${2:?--megapixels needs a number}; shift ;;
        --jobs) JOBS=(--jobs "${2:?--jobs needs a number}"); shift ;;
        --exiftool-sample) EXIFTOOL_SAMPLE=${2:?--exiftool-sample needs a number}; shift ;;
        --repeat) REPEAT=${2:?--repeat needs a number}; shift ;;
        --no-peers) PEERS=0 ;;
        --clean) CLEAN=1 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
    shift
done
[[ $COUNT =~ ^[1-9][0-9]*$ ]] || die "--count must be a positive number, got '$COUNT'"
[[ $REPEAT =~ ^[1-9][0-9]*$ ]] || die "--repeat must be a positive number"
[[ -z $EXIFTOOL_SAMPLE || $EXIFTOOL_SAMPLE =~ ^[1-9][0-9]*$ ]] || die "--exiftool-sample must be a positive number"
[[ $BUILD = /* ]] || BUILD=$REPO/$BUILD

GENERATE=$BUILD/tests/bench/tintype-bench-generate
MEASURE=$BUILD/tests/bench/tintype-bench-measure
CLI=$BUILD/app/cli/tintype-cli
for tool in "$GENERATE" "$MEASURE" "$CLI"; do
    [[ -x $tool ]] || die "$tool not found; build it first: cmake --build ${BUILD#"$REPO"/} --target $(basename "$tool")"
done

# --- work folder: outside the repository, marked as ours before we delete anything in it
WORK=$(realpath -m "$WORK")
case $WORK/ in "$REPO"/*) die "--work $WORK is inside the repository; choose a folder outside it" ;; esac
MARKER=$WORK/.tintype-scan-bench
if [[ -d $WORK && ! -e $MARKER && -n $(ls -A "$WORK") ]]; then
    die "$WORK exists, is not empty and was not made by this script; choose another --work"
fi
mkdir -p "$WORK" && touch "$MARKER"
PHOTOS=$WORK/photos
STAMP=$WORK/photos.stamp
LOGS=$WORK/logs
CATALOG=$WORK/catalog.sqlite
LIST=$WORK/files.list0
rm -rf "$LOGS" && mkdir -p "$LOGS"

# --- the library: generated once per (count, seed, megapixels), then reused
WANT="count=$COUNT seed=$SEED megapixels=$MEGAPIXELS"
if [[ -d $PHOTOS && -f $STAMP && $(cat "$STAMP") == "$WANT" ]]; then
    note "reusing $PHOTOS ($WANT)"
else
    rm -rf "$PHOTOS" "$STAMP"
    note "generating $COUNT photos into $PHOTOS"
    "$GENERATE" --count "$COUNT" --seed "$SEED" --megapixels "$MEGAPIXELS" --out "$PHOTOS" \
        || die "the generator failed (see above); nothing to measure"
    echo "$WANT" > "$STAMP"
fi
find "$PHOTOS" -type f -print0 | sort -z > "$LIST"
FILES=$(tr -cd '\0' < "$LIST" | wc -c)
BYTES=$(find "$PHOTOS" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.0f", s}')
FOLDERS=$(find "$PHOTOS" -mindepth 2 -type d | wc -l)
((FILES == COUNT)) || note "warning: $PHOTOS holds $FILES files, expected $COUNT"

# --- page cache: everything if it fits comfortably, else each file's head and tail
# (all a metadata reader touches), so every reader below starts equally warm.
MEM_AVAILABLE=$(awk '/^MemAvailable:/ {printf "%.0f", $2 * 1024}' /proc/meminfo)
if awk -v b="$BYTES" -v m="$MEM_AVAILABLE" 'BEGIN {exit !(b < m / 2)}'; then
    CACHE_MODE="warm (all files read once before each reader)"
    warm() { xargs -0 -a "$LIST" cat > /dev/null; }
else
    CACHE_MODE="warm heads (first 256 KiB + last 64 KiB of each file; the library is larger than half the free RAM)"
    warm() {
        xargs -0 -a "$LIST" head -q -c 262144 > /dev/null
        xargs -0 -a "$LIST" tail -q -c 65536 > /dev/null
    }
fi

# measure NAME CMD...: runs CMD under tintype-bench-measure, output to $LOGS/NAME.log,
# figures (wall_s user_s sys_s maxrss_kb exit) to $LOGS/NAME.time.
measure() {
    local name=$1; shift
    "$MEASURE" --out "$LOGS/$name.time" -- "$@" > "$LOGS/$name.log" 2>&1 || true
}
# measure_quiet NAME CMD...: the same with CMD's stdout thrown away (peers print a lot).
measure_quiet() {
    local name=$1; shift
    "$MEASURE" --out "$LOGS/$name.time" -- "$@" > /dev/null 2> "$LOGS/$name.log" || true
}
fig() { sed -n "s/.*\b$2=\([^ ]*\).*/\1/p" "$LOGS/$1.time" 2>/dev/null; }
# cpu NAME FILES: CPU milliseconds (user + sys) per file
cpu() { awk -v u="$(fig "$1" user_s)" -v s="$(fig "$1" sys_s)" -v n="$2" 'BEGIN {printf "%.2f", (u + s) * 1000 / n}'; }
calc() { awk "BEGIN {printf \"$1\", $2}"; }
failed_run() {
    local name=$1 code
    code=$(fig "$name" exit)
    [[ $code == 0 ]] && return 1
    note "tintype-cli ${name} failed (exit ${code:-?}); last lines of $LOGS/$name.log:"
    tail -n 5 "$LOGS/$name.log" >&2
    return 0
}

cli() { "$CLI" --catalog "$CATALOG" "$@"; }

# best_of NAME SETUP CMD...: SETUP then CMD, --repeat times; keeps the fastest run as
# NAME (or the first failed one, so a failure is never hidden).
best_of() {
    local name=$1 setup=$2 i best=""
    shift 2
    for ((i = 1; i <= REPEAT; i++)); do
        $setup
        measure "$name.$i" "$@"
        if [[ $(fig "$name.$i" exit) != 0 && $name != exiv2 ]]; then best=$i; break; fi
        if [[ -z $best ]] || awk -v a="$(fig "$name.$i" wall_s)" -v b="$(fig "$name.$best" wall_s)" 'BEGIN {exit !(a < b)}'; then
            best=$i
        fi
    done
    cp "$LOGS/$name.$best.time" "$LOGS/$name.time"
    cp "$LOGS/$name.$best.log" "$LOGS/$name.log"
}
fresh_catalog() { # $1: catalog file
    rm -f "$1" "$1-wal" "$1-shm"
    "$CLI" --catalog "$1" roots add "$PHOTOS" > "$LOGS/roots-add.log" 2>&1 \
        || { cat "$LOGS/roots-add.log" >&2; die "tintype-cli roots add failed"; }
    warm
}
fresh_main() { fresh_catalog "$CATALOG"; }
ONE=$WORK/catalog-1job.sqlite
fresh_one() { fresh_catalog "$ONE"; }

# --- Tintype: first scan (metadata only), then content hashes, then an unchanged rescan
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
note "cache: $CACHE_MODE"
note "tintype-cli scan --no-hash ${JOBS[*]} (fresh catalog, x$REPEAT)"
best_of first-scan fresh_main "$CLI" --catalog "$CATALOG" scan --no-hash "${JOBS[@]}"
note "tintype-cli scan ${JOBS[*]} (content hashes)"
measure hash-scan "$CLI" --catalog "$CATALOG" scan "${JOBS[@]}"
note "tintype-cli scan ${JOBS[*]} (rescan, nothing changed, x$REPEAT)"
best_of rescan : "$CLI" --catalog "$CATALOG" scan "${JOBS[@]}"
best_of startup : "$CLI" --catalog "$CATALOG" roots list # process start + catalog open, for the projection
cli stats --json > "$LOGS/stats.json" 2>&1 || true
# What the tintype-worker processes cost: the first scan with the parsers in the CLI's process.
note "TINTYPE_WORKER=off tintype-cli scan --no-hash ${JOBS[*]} (parsers in the CLI's process, x$REPEAT)"
best_of first-scan-inproc fresh_one env TINTYPE_WORKER=off "$CLI" --catalog "$ONE" scan --no-hash "${JOBS[@]}"
# For a same-core comparison with the single-process peers: a first scan on one thread.
note "tintype-cli scan --no-hash --jobs 1 (same-core reference, x$REPEAT)"
best_of first-scan-1job fresh_one "$CLI" --catalog "$ONE" scan --no-hash --jobs 1
rm -f "$ONE" "$ONE-wal" "$ONE-shm"
STATUS=0
for run in first-scan hash-scan rescan; do failed_run "$run" && STATUS=1; done

# --- peers on the same files, same cache state
EXIFTOOL_NOTE=""
if ((PEERS)) && command -v exiv2 > /dev/null; then
    note "exiv2 -pa on all $FILES files (batched by xargs, one process at a time, x$REPEAT)"
    # exiv2 exits non-zero for files lacking some metadata: its exit code means nothing here.
    # shellcheck disable=SC2016 # $1 is expanded by the inner bash
    best_of exiv2 warm bash -c 'xargs -0 -a "$1" exiv2 -pa > /dev/null 2>&1; exit 0' _ "$LIST"
fi
if ((PEERS)) && command -v exiftool > /dev/null; then
    SAMPLE=${EXIFTOOL_SAMPLE:-$((FILES <= 10000 ? FILES : 10000))}
    ((SAMPLE > FILES)) && SAMPLE=$FILES
    warm
    if ((SAMPLE == FILES)); then
        note "exiftool -fast2 -json -r on all $FILES files (slow: minutes)"
        measure_quiet exiftool exiftool -fast2 -json -r "$PHOTOS"
    else
        # Every k-th file of the sorted list, so the sample spans all folders and cameras.
        tr '\0' '\n' < "$LIST" | awk -v n="$FILES" -v s="$SAMPLE" 'int(NR * s / n) != int((NR - 1) * s / n)' \
            > "$WORK/exiftool-sample.txt"
        SAMPLE=$(wc -l < "$WORK/exiftool-sample.txt")
        EXIFTOOL_NOTE=" (sample of $SAMPLE files, rate scaled)"
        note "exiftool -fast2 -json on $SAMPLE of $FILES files"
        measure_quiet exiftool exiftool -fast2 -json -@ "$WORK/exiftool-sample.txt"
    fi
fi

# --- figures
MB=$(calc "%.1f" "$BYTES / 1e6")
T_FIRST=$(fig first-scan wall_s); T_HASH=$(fig hash-scan wall_s); T_RESCAN=$(fig rescan wall_s)
R_FIRST=$(calc "%.0f" "$FILES / $T_FIRST")
HASH_MBS=$(calc "%.0f" "$BYTES / 1e6 / $T_HASH")
RSS_MAX=0
for run in first-scan hash-scan rescan; do
    kb=$(fig "$run" maxrss_kb); ((kb > RSS_MAX)) && RSS_MAX=$kb
done
RSS_MB=$(calc "%.0f" "$RSS_MAX / 1024")
CAT_BYTES=$(stat -c %s "$CATALOG" 2> /dev/null || echo 0)
WAL_BYTES=$(stat -c %s "$CATALOG-wal" 2> /dev/null || echo 0)
# Projection: start-up (roots list) once, plus the per-file part of the rescan times 100k.
T_STARTUP=$(fig startup wall_s)
RESCAN_100K=$(calc "%.2f" "$T_STARTUP + ($T_RESCAN - $T_STARTUP) * 100000 / $FILES")
# The same from CPU time (user + system): on a loaded machine the wall time is
# mostly waiting for a core; the CPU time is what an idle machine would wait.
cpu_s() { calc "%.3f" "$(fig "$1" user_s) + $(fig "$1" sys_s)"; }
C_RESCAN=$(cpu_s rescan); C_STARTUP=$(cpu_s startup)
RESCAN_100K_CPU=$(calc "%.2f" "$C_STARTUP + ($C_RESCAN - $C_STARTUP) * 100000 / $FILES")
AT=$([[ $FILES -ge 100000 ]] && echo "" || echo " (measured at $FILES files)")
runstatus() { local c; c=$(fig "$1" exit); [[ $c == 0 ]] || echo "FAILED (exit $c)"; }
verdict() { awk "BEGIN {exit !($1)}" && echo "met${2-}" || echo "NOT MET${2-}"; }
row() { printf "%-38s %-44s %-17s %s\n" "$1" "${2-}" "${3-}" "${4-}"; }

{
    echo
    echo "Tintype scan benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $(uname -sr)"
    echo "library: $FILES files, $MB MB ($(calc "%.2f" "$BYTES / 1e6 / $FILES") MB/file, ${MEGAPIXELS} MP JPEG with Exif,"
    echo "         maker notes, GPS, thumbnail) in $FOLDERS day folders: $PHOTOS"
    echo "cache:   $CACHE_MODE"
    echo "load:    $LOAD_BEFORE (1/5/15 min) before the runs; other work on the machine skews the figures"
    echo "runs:    short measurements best of $REPEAT (--repeat)"
    echo "tintype: $CLI scan ${JOBS[*]:-(default jobs)}"
    echo
    row "measure" "result" "target" "status"
    row "first scan (scan --no-hash)" "$R_FIRST files/s ($T_FIRST s, $(cpu first-scan "$FILES") ms CPU/file)" \
        "" "$(runstatus first-scan)"
    if [[ -f $LOGS/first-scan-inproc.time ]]; then
        T_IN=$(fig first-scan-inproc wall_s)
        row "  same, parsers in the CLI's process" "$(calc "%.0f" "$FILES / $T_IN") files/s ($T_IN s, $(cpu first-scan-inproc "$FILES") ms CPU/file)" "" \
            "$(runstatus first-scan-inproc)"
        row "  cost of the worker processes" "$(calc "%+.1f" "($T_FIRST / $T_IN - 1) * 100")% wall, $(calc "%+.1f" "($(cpu_s first-scan) / $(cpu_s first-scan-inproc) - 1) * 100")% CPU"
    fi
    if [[ -f $LOGS/first-scan-1job.time ]]; then
        R_ONE=$(calc "%.0f" "$FILES / $(fig first-scan-1job wall_s)")
        row "  same, --jobs 1 (for reference)" "$R_ONE files/s ($(fig first-scan-1job wall_s) s)" "" \
            "$(runstatus first-scan-1job)"
    fi
    if [[ -f $LOGS/exiv2.time ]]; then
        T_EXIV2=$(fig exiv2 wall_s); R_EXIV2=$(calc "%.0f" "$FILES / $T_EXIV2")
        RATIO_RAW="$T_EXIV2 / $T_FIRST"; RATIO=$(calc "%.2f" "$RATIO_RAW")
        row "exiv2 -pa (batched, 1 process)" "$R_EXIV2 files/s ($T_EXIV2 s, $(cpu exiv2 "$FILES") ms CPU/file)"
        row "  tintype / exiv2" "${RATIO}x" ">= 2x" "$(verdict "$RATIO_RAW >= 2")"
        [[ -n ${R_ONE-} ]] && row "  tintype --jobs 1 / exiv2 (reference)" "$(calc "%.2f" "$T_EXIV2 / $(fig first-scan-1job wall_s)")x"
    fi
    if [[ -f $LOGS/exiftool.time ]]; then
        T_ET=$(fig exiftool wall_s); R_ET=$(calc "%.1f" "$SAMPLE / $T_ET")
        RATIO_RAW="($FILES / $T_FIRST) / ($SAMPLE / $T_ET)"; RATIO=$(calc "%.1f" "$RATIO_RAW")
        row "exiftool -fast2 -json" "$R_ET files/s ($T_ET s, $(cpu exiftool "$SAMPLE") ms CPU/file)"
        [[ -n $EXIFTOOL_NOTE ]] && row "  ${EXIFTOOL_NOTE# }" "$(calc "%.0f" "$FILES / $R_ET") s for all $FILES"
        row "  tintype / exiftool" "${RATIO}x" ">= 30x" "$(verdict "$RATIO_RAW >= 30")"
    fi
    row "content hashes (scan after --no-hash)" "$HASH_MBS MB/s ($T_HASH s)" "" "$(runstatus hash-scan)"
    row "rescan, library unchanged" "$T_RESCAN s" "< 3 s at 100k" \
        "$(runstatus rescan)$([[ $(fig rescan exit) == 0 ]] && verdict "$RESCAN_100K < 3" "$AT")"
    [[ -n $AT ]] && row "  projected to 100k files" "$RESCAN_100K s"
    row "  rescan CPU (user + system)" "$(calc "%.0f" "$C_RESCAN * 1000") ms (start-up alone $(calc "%.0f" "$C_STARTUP * 1000") ms)" \
        "< 60 ms at 1000" "$([[ $FILES == 1000 ]] && verdict "$C_RESCAN < 0.060" || echo "(run with --count 1000)")"
    [[ -n $AT ]] && row "  projected to 100k from CPU" "$RESCAN_100K_CPU s" "< 3 s at 100k" "$(verdict "$RESCAN_100K_CPU < 3")"
    row "catalog size" "$(calc "%.1f" "$CAT_BYTES / 1e6") MB + $(calc "%.1f" "$WAL_BYTES / 1e6") MB wal"
    row "peak RSS (first / hash / rescan)" \
        "$(for r in first-scan hash-scan rescan; do printf '%s ' "$(calc "%.0f" "$(fig $r maxrss_kb) / 1024")"; done)MB" \
        "< 200 MB at 100k" "$(verdict "$RSS_MB < 200" "$AT")"
    echo
    echo "tintype-cli's own summaries:"
    grep -hE '^(Scanned|  new|Content hashes)' "$LOGS/first-scan.log" "$LOGS/hash-scan.log" "$LOGS/rescan.log" | sed 's/^/  /'
    echo "stats: $(tr -d ' \n' < "$LOGS/stats.json")"
    echo "disk: $(du -sh "$PHOTOS" | cut -f1) in $PHOTOS; logs in $LOGS"
} | tee "$WORK/result.txt"

# --- sanity: the counts tintype reports must match the library
grep -q "^  new $FILES," "$LOGS/first-scan.log" || { note "warning: first scan did not report $FILES new files"; STATUS=1; }
grep -q "^Content hashes: $FILES files" "$LOGS/hash-scan.log" || { note "warning: hash scan did not hash $FILES files"; STATUS=1; }
grep -q "unchanged $FILES," "$LOGS/rescan.log" || { note "warning: rescan did not report $FILES unchanged files"; STATUS=1; }

if ((CLEAN)); then
    rm -rf "$PHOTOS" "$STAMP" "$LIST" "$CATALOG" "$CATALOG-wal" "$CATALOG-shm"
    note "deleted the generated photos and catalog"
fi
exit $STATUS
