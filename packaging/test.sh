#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test and quality gate:
#   1. the Qt Test suite (ctest, preset dev)
#   2. the same suite under AddressSanitizer + UndefinedBehaviorSanitizer (preset asan)
#   3. formatting (clang-format) and clang-tidy over core/
#   4. every libFuzzer target: 40,000 inputs from seed 1 each (at most 90 s)
#   5. the .deb made from the dev build: lintian, installed, used, removed
#      (packaging/make-deb.sh, packaging/test-deb.sh)
# The core/UI boundary check and the fuzz regression replays are ctest tests.
# The real-world sample suite runs when TINTYPE_SAMPLES points at shared/data.
#   bash packaging/test.sh           # everything (what CI runs)
#   bash packaging/test.sh --quick   # only 1.
set -uo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true

bash packaging/build.sh || exit 1

passed=0 failed=0 failures=()
gate() { # name, command...
  local name="$1"; shift
  echo; echo "=== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

gate "tests" ctest --preset dev
if [ "${1:-}" != "--quick" ]; then
  gate "tests under ASan+UBSan" bash -c 'cmake --preset asan >/dev/null && cmake --build --preset asan && ctest --preset asan'
  gate "format" bash tests/style/check_format.sh
  gate "clang-tidy" bash tests/style/run_clang_tidy.sh build/dev
  # A fixed seed and input count: the fuzz gate replays the run that was
  # checked before landing instead of failing at random on a new find.
  gate "fuzzing" env TINTYPE_FUZZ_SEED="${TINTYPE_FUZZ_SEED:-1}" TINTYPE_FUZZ_RUNS="${TINTYPE_FUZZ_RUNS:-40000}" \
    bash tests/fuzz/run_fuzzers.sh "${TINTYPE_FUZZ_SECONDS:-90}"
  gate "package" bash -c 'bash packaging/make-deb.sh >/dev/null && bash packaging/test-deb.sh'
fi

echo
[ $failed -gt 0 ] && echo "failed: ${failures[*]}"
echo "gates: $passed passed, $failed failed"
[ $failed -eq 0 ]
