#!/usr/bin/env bash
# The command-line tool and the app start without loading FFmpeg (~130 shared
# libraries, loaded from the video plugin on the first video) or OpenCV's
# imgcodecs (GDAL, HDF5, netCDF...): `ldd` of each binary must name none of them,
# and the plugin must exist and carry FFmpeg.
#   check_startup_libraries.sh PLUGIN BINARY...
set -euo pipefail
plugin="$1"; shift
heavy='libavformat|libavcodec|libswscale|libavutil|libopencv_imgcodecs|libgdal'
status=0
for binary in "$@"; do
  libraries=$(ldd "$binary")
  if found=$(grep -E "$heavy" <<<"$libraries"); then
    echo "FAIL: $(basename "$binary") loads at start: $(echo "$found" | awk '{print $1}' | tr '\n' ' ')"
    status=1
  else
    echo "ok: $(basename "$binary") starts with $(wc -l <<<"$libraries") shared libraries, no FFmpeg"
  fi
done
# (ldd's output first: `ldd | grep -q` under pipefail fails when grep stops reading early)
plugin_libraries=$(ldd "$plugin")
grep -q libavformat <<<"$plugin_libraries" || { echo "FAIL: $plugin does not link FFmpeg"; status=1; }
exit $status
