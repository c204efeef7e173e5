#!/usr/bin/env bash
# App start on an empty library: the time from process start (exec) to the
# first frame on screen, measured by the app itself (`tintype-scripted
# --first-frame`, the same AppSession as `tintype`), over several runs; the
# median and the best are printed with the load average. Offscreen (Qt Quick's
# software scene graph) by default; --xvfb runs it under xvfb-run (OpenGL on
# Mesa llvmpipe, what a desktop takes). CPU time of the whole process comes
# from tintype-bench-measure, which does not suffer from other load.
#
#   cmake --build build/dev --target tintype-scripted tintype-bench-measure
#   tests/bench/app_start.sh [--runs N] [--build DIR] [--xvfb]
#
# Target: first frame < 300 ms (printed, not asserted).
set -euo pipefail
runs=7
build=build/dev
xvfb=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --xvfb) xvfb=1; shift ;;
    *) echo "usage: $0 [--runs N] [--build DIR] [--xvfb]"; exit 2 ;;
  esac
done
cd "$(dirname "$0")/../.."
work=$(mktemp -d "${TMPDIR:-/tmp}/tintype-app-start.XXXXXX")
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export XDG_RUNTIME_DIR="$work/runtime" && mkdir -p -m 700 "$XDG_RUNTIME_DIR"
run=("$build/tests/bench/tintype-bench-measure" -- "$build/tests/scripted/tintype-scripted"
  --catalog "$work/catalog.sqlite" --no-scan --first-frame)
if [ "$xvfb" = 1 ]; then
  mode="xvfb-run, OpenGL on Mesa llvmpipe"
  run=(xvfb-run -a -s "-screen 0 1920x1080x24" "${run[@]}")
else
  mode="offscreen, software rendering"
  export QT_QPA_PLATFORM=offscreen
fi
echo "tintype-scripted --first-frame on an empty library ($mode), $runs runs; load: $(cut -d' ' -f1-3 /proc/loadavg)"
"${run[@]}" >/dev/null 2>&1 || true # the first run creates the catalog and warms the page cache
for _ in $(seq "$runs"); do
  "${run[@]}" 2>&1 | tr '\n' ' ' | sed 's/ *$/\n/'
done | tee "$work/runs.txt"
sed -n 's/.*first frame from process start: \([0-9.]*\) ms.*/\1/p' "$work/runs.txt" | sort -n |
  awk '{v[NR]=$1} END {if (NR == 0) {print "no figures"; exit 1}
       printf "first frame: median %.1f ms, best %.1f ms over %d runs (target < 300)\n", v[int((NR+1)/2)], v[1], NR}'
sed -n 's/.*process CPU by then \([0-9.]*\) ms.*/\1/p' "$work/runs.txt" | sort -n |
  awk '{v[NR]=$1} END {if (NR > 0) printf "process CPU until the first frame: median %.1f ms (what an idle machine waits, roughly)\n", v[int((NR+1)/2)]}'
