#!/usr/bin/env bash
# The .deb as a user gets it (a CI step, after packaging/make-deb.sh):
#   1. lintian: no errors (warnings are printed);
#   2. apt-get install ./tintype_*.deb (dependencies from the archive);
#   3. /usr/bin/tintype-cli --version; a scan of a generated demo folder (photos,
#      RAWs, Live Photo clips, videos) with thumbnails, faces, things and place
#      names, all from the installed worker, plugin and data (no TINTYPE_* variables);
#   4. /usr/bin/tintype under Xvfb for 10 s: still running, and it drew;
#   5. apt-get purge: nothing of the package is left in /usr; the user's catalog
#      and cache are still there.
# Needs root or sudo (as packaging/install-deps.sh) and a dev build's photo
# generator (or TINTYPE_TEST_PHOTOS=FOLDER).
#   bash packaging/test-deb.sh [PACKAGE.deb]     # default: build/dev/tintype_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

deb="${1:-$(find build/dev -maxdepth 1 -name "tintype_*.deb" | head -1)}"
[ -f "$deb" ] || { echo "test-deb: no package; run packaging/make-deb.sh first" >&2; exit 1; }
deb="$(realpath "$deb")"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
work="$(mktemp -d "${TMPDIR:-/tmp}/tintype-test-deb.XXXXXX")"
xvfb_pid="" app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }
step() { echo "=== $* ($((SECONDS))s)"; }

step "lintian $(basename "$deb")"
# Errors fail; the rest is shown. (--fail-on: lintian >= 2.77.)
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian reports errors"

step "install"
if dpkg-query -W -f='${Status}' tintype 2>/dev/null | grep -q "install ok installed"; then
  $sudo apt-get purge -y -qq tintype >/dev/null # a package left by an earlier run
fi
$sudo apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt-install.log" 2>&1 ||
  { cat "$work/apt-install.log"; fail "apt-get install $deb"; }
dpkg-query -L tintype >"$work/files.txt"

# A user of our own: catalog, cache and settings in $work/home, never the real ones.
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache" \
  XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
for v in TINTYPE_WORKER TINTYPE_PLUGIN_DIR TINTYPE_FACE_MODELS TINTYPE_THING_MODELS TINTYPE_PLACES_INDEX TINTYPE_MAP_DATA; do
  unset "$v"
done
cli=/usr/bin/tintype-cli

step "tintype-cli --version"
version="$($cli --version)"
echo "$version"
[[ $version == "tintype-cli "[0-9]* ]] || fail "unexpected --version output"

photos="${TINTYPE_TEST_PHOTOS:-}"
if [ -z "$photos" ]; then
  generator=build/dev/tests/bench/tintype-bench-generate
  [ -x "$generator" ] || fail "no $generator (build the dev preset) and no TINTYPE_TEST_PHOTOS"
  photos="$work/photos"
  "$generator" --demo --count 24 --megapixels 0.5 --out "$photos" >"$work/generate.log" 2>&1 ||
    { cat "$work/generate.log"; fail "the photo generator failed"; }
fi
step "scan $(find "$photos" -type f | wc -l) files"
$cli roots add "$photos" >/dev/null
$cli scan >"$work/scan.log" 2>&1 || { cat "$work/scan.log"; fail "scan"; }
tail -3 "$work/scan.log"
video="$(find "$photos" -type f \( -iname '*.mp4' -o -iname '*.mov' \) | head -1)"
[ -n "$video" ] || fail "no video among the photos"
if ! $cli thumb "$video" --out "$work/video.jpg" >"$work/video.log" 2>&1 || [ ! -s "$work/video.jpg" ]; then
  cat "$work/video.log"
  fail "no frame from $video (the video plugin, /usr/lib/tintype)"
fi
$cli places --json >"$work/places.json"
grep -q '"country"' "$work/places.json" || { cat "$work/places.json"; fail "no place names (/usr/share/tintype/models/places)"; }
$cli thumbs >"$work/thumbs.log" 2>&1 || { cat "$work/thumbs.log"; fail "thumbs"; }
$cli faces scan >"$work/faces.log" 2>&1 || { cat "$work/faces.log"; fail "faces scan (/usr/share/tintype/models/face-api)"; }
$cli things scan >"$work/things.log" 2>&1 || { cat "$work/things.log"; fail "things scan (/usr/share/tintype/models/things)"; }
catalog="$XDG_DATA_HOME/tintype/libraries/default/catalog.sqlite"
[ -s "$catalog" ] || fail "no catalog at $catalog"
[ -n "$(find "$XDG_CACHE_HOME" -type f -print -quit)" ] || fail "no thumbnails in $XDG_CACHE_HOME"

step "tintype under Xvfb for 10 s"
display=":${TINTYPE_TEST_DISPLAY:-$(for n in $(seq 90 119); do [ -e "/tmp/.X$n-lock" ] || { echo "$n"; break; }; done)}"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY="$display" QT_QPA_PLATFORM=xcb /usr/bin/tintype >"$work/app.log" 2>&1 &
app_pid=$!
sleep 10
kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; fail "tintype exited within 10 s"; }
xwd -root -silent -display "$display" >"$work/screen.xwd"
# The 32-bit pixels at the end of the dump: a window that drew has many colours.
colours="$(tail -c $((1280 * 800 * 4)) "$work/screen.xwd" | od -An -v -tx4 -w4 | sort -u | wc -l)"
echo "distinct colours on screen: $colours"
[ "$colours" -ge 16 ] || fail "the screen is (nearly) one colour: tintype did not draw"
grep -E "module .* is not installed|plugin .* not found|Could not load the Qt platform plugin" "$work/app.log" &&
  fail "tintype is missing a run-time piece (see above)"
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
kill "$xvfb_pid"
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""

step "purge"
$sudo apt-get purge -y -qq tintype >"$work/apt-purge.log" 2>&1 || { cat "$work/apt-purge.log"; fail "apt-get purge"; }
left=""
while IFS= read -r path; do
  [ "$path" = /. ] && continue
  [ -f "$path" ] || [ -L "$path" ] && left+="$path"$'\n'
done <"$work/files.txt"
for dir in /usr/share/tintype /usr/lib/tintype /usr/libexec/tintype /usr/share/doc/tintype; do
  [ -e "$dir" ] && left+="$dir"$'\n'
done
left+="$(find /usr -name '*tintype*' 2>/dev/null || true)"
left+="$(grep -l 'org.tintype' /usr/share/applications/mimeinfo.cache 2>/dev/null || true)"
[ -z "$left" ] || fail "left in /usr after purge:"$'\n'"$left"
[ -s "$catalog" ] || fail "the purge took the user's catalog"
[ -n "$(find "$XDG_CACHE_HOME" -type f -print -quit)" ] || fail "the purge took the user's cache"
step "passed: installed, used, drew, removed cleanly"
