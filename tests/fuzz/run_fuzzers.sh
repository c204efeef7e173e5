#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz": clang, ASan + UBSan) and runs
# each for SECONDS (default 60). Seeds come from tests/fuzz/seeds/<target>/
# and, when TINTYPE_SAMPLES is set, from small files of the sample folders.
# With TINTYPE_FUZZ_RUNS=N each target stops after N inputs (SECONDS stays a
# cap) and TINTYPE_FUZZ_SEED fixes libFuzzer's seed: CI uses both, so its run
# is the same run a developer checked, and hunting for new crashes is done
# with a long run on a random seed (the default).
# A crash, leak, timeout or sanitizer report fails the run; the input that
# caused it is left in build/fuzz/artifacts/ — add it to tests/data/ under a
# name that says what it broke, with a regression test.
#   tests/fuzz/run_fuzzers.sh 600      # ten minutes per target
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

work=build/fuzz
mkdir -p "$work/artifacts"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

seed_samples() { # target folder, find expression: copies up to 300 small sample files
  local dest="$1"; shift
  [ -n "${TINTYPE_SAMPLES:-}" ] && [ -d "$TINTYPE_SAMPLES" ] || return 0
  local f n=0
  while IFS= read -r -d '' f && [ $n -lt 300 ]; do
    cp -n "$f" "$dest/$(printf '%s' "$f" | md5sum | cut -c1-16)" 2>/dev/null || true
    n=$((n + 1))
  done < <(find "$TINTYPE_SAMPLES" -type f -size -200k "$@" -print0 2>/dev/null)
}

status=0
for target in "$work"/tests/fuzz/fuzz_*; do
  [ -f "$target" ] && [ -x "$target" ] || continue
  name=$(basename "$target")
  corpus="$work/corpus/$name"
  mkdir -p "$corpus"
  [ -d "tests/fuzz/seeds/$name" ] && cp -n tests/fuzz/seeds/"$name"/* "$corpus"/ 2>/dev/null || true
  case "$name" in
    fuzz_metadata_reader|fuzz_thumbnail_decoder) seed_samples "$corpus" \( -iname '*.jpg' -o -iname '*.png' -o -iname '*.heic' -o -iname '*.tif' -o -iname '*.mp4' -o -iname '*.mov' -o -iname '*.xmp' -o -iname '*.dng' \) ;;
    fuzz_takeout_sidecar) seed_samples "$corpus" -iname '*.json' ;;
  esac
  echo "== $name: ${TINTYPE_FUZZ_RUNS:+${TINTYPE_FUZZ_RUNS} inputs, }at most ${seconds}s, seed ${TINTYPE_FUZZ_SEED:-random}, $(ls "$corpus" | wc -l) seeds"
  limits=(-max_total_time="$seconds" -seed="${TINTYPE_FUZZ_SEED:-0}")
  [ -n "${TINTYPE_FUZZ_RUNS:-}" ] && limits+=(-runs="$TINTYPE_FUZZ_RUNS")
  if ! "$target" "$corpus" "${limits[@]}" -timeout=20 -rss_limit_mb=3072 -max_len=1048576 \
       -artifact_prefix="$work/artifacts/$name-" -print_final_stats=1 > "$work/$name.log" 2>&1; then
    echo "!! $name failed; see $work/$name.log and $work/artifacts/"
    tail -n 40 "$work/$name.log"
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$work/$name.log" | tail -n 2
  fi
done
exit $status
