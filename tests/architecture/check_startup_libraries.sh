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
  if found=$(ldd "$binary" | grep -E "$heavy"); then
    echo "FAIL: $(basename "$binary") loads at start: $(echo "$found" | awk '{print $1}' | tr '\n' ' ')"
    status=1
  else
    echo "ok: $(basename "$binary") starts with $(ldd "$binary" | wc -l) shared libraries, no FFmpeg"
  fi
done
ldd "$plugin" | grep -q libavformat || { echo "FAIL: $plugin does not link FFmpeg"; status=1; }
exit $status
