#!/usr/bin/env bash
# Desktop app benchmark: a catalog of N photos (100,000 by default) with
# cached thumbnails, then `tintype-scripted --benchmark` (the app, tests/scripted) offscreen, which prints the
# time from launch to the first screen of thumbnails, frame times while
# scrolling from top to bottom, a scrubber jump, and its peak RSS; the
# process's peak RSS is measured again from outside by tintype-bench-measure.
#
#   cmake --build build/dev --target tintype-scripted tintype-bench-app-library tintype-bench-measure
#   tests/bench/app_benchmark.sh [--count N] [--build DIR] [--work DIR] [--xvfb]
#
# By default the app runs offscreen: Qt Quick's software scene graph, which
# renders on the GUI thread (what a machine without OpenGL gets). --xvfb runs
# it under xvfb-run instead: the OpenGL (RHI) scene graph on Mesa's llvmpipe
# with the threaded render loop, the path a desktop with a GPU takes, but
# rasterised by the CPU here. Frame times are wall times and suffer from other
# load on the machine (the load average is printed); "GUI thread CPU per
# frame" does not.
#
# Targets: first screen < 0.5 s, scrolling p95 < 16 ms, RSS < 300 MB (printed, not asserted).
set -euo pipefail
count=100000
build=build/dev
work="${TMPDIR:-/tmp}/tintype-app-bench"
xvfb=0
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --xvfb) xvfb=1; shift ;;
    *) echo "usage: $0 [--count N] [--build DIR] [--work DIR] [--xvfb]"; exit 2 ;;
  esac
done
cd "$(dirname "$0")/../.."
lib="$work/$count"
export XDG_CACHE_HOME="$lib/cache" XDG_DATA_HOME="$lib/data" XDG_CONFIG_HOME="$lib/config"
export XDG_RUNTIME_DIR="$lib/runtime" && mkdir -p -m 700 "$XDG_RUNTIME_DIR"
if [ ! -f "$lib/catalog.sqlite" ]; then
  mkdir -p "$lib"
  "$build/tests/bench/tintype-bench-app-library" --catalog "$lib/catalog.sqlite" --count "$count"
fi
run=("$build/tests/bench/tintype-bench-measure" -- "$build/tests/scripted/tintype-scripted" --catalog "$lib/catalog.sqlite" --no-scan --benchmark)
if [ "$xvfb" = 1 ]; then
  echo "tintype-scripted --benchmark on $count photos (xvfb-run, OpenGL on Mesa llvmpipe, 1280x800); load: $(cut -d' ' -f1-3 /proc/loadavg)"
  xvfb-run -a -s "-screen 0 1920x1080x24" "${run[@]}"
else
  echo "tintype-scripted --benchmark on $count photos (offscreen, software rendering, 1280x800); load: $(cut -d' ' -f1-3 /proc/loadavg)"
  QT_QPA_PLATFORM=offscreen "${run[@]}"
fi
