#!/usr/bin/env bash
# Builds Tintype and packs it as a .deb with CPack (cmake/Packaging.cmake); the
# last line printed is the package's path.
#   bash packaging/make-deb.sh            # the dev build (CI has built it already: cpack only)
#   bash packaging/make-deb.sh release    # a Release build without tests (a full build of its own)
# Depends: what dpkg-shlibdeps finds in the binaries and the video plugin, plus
# the QML modules and Qt plugins loaded at run time (packaging/deb/runtime-depends.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
build="build/$preset"

bash packaging/install-deps.sh >&2
bash packaging/fetch-models.sh >&2 # the models and place data go into the package
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset "$preset" >/dev/null # again: the models' install rules need them present
# What the package holds (CI's dev build has them already: nothing to do).
cmake --build --preset "$preset" --target tintype tintype-cli tintype-worker tintype-video \
  tintype-app-icons tintype-installed-docs >&2

depends="$(bash packaging/deb/runtime-depends.sh)"
echo "make-deb: run-time Depends: $depends" >&2
rm -f "$build"/tintype_*.deb
(cd "$build" && cpack -G DEB -D CPACK_DEBIAN_PACKAGE_DEPENDS="$depends" >&2)
deb="$(find "$build" -maxdepth 1 -name "tintype_*.deb")"

# What an installed Tintype cannot do without.
contents="$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|')"
missing=()
for f in /usr/bin/tintype /usr/bin/tintype-cli /usr/libexec/tintype/tintype-worker /usr/lib/tintype/libtintype-video.so \
  /usr/share/applications/org.tintype.Tintype.desktop /usr/share/metainfo/org.tintype.Tintype.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/org.tintype.Tintype.svg /usr/share/icons/hicolor/512x512/apps/org.tintype.Tintype.png \
  /usr/share/icons/hicolor/16x16/apps/org.tintype.Tintype.png /usr/share/man/man1/tintype-cli.1.gz \
  /usr/share/bash-completion/completions/tintype-cli /usr/share/zsh/vendor-completions/_tintype-cli \
  /usr/share/doc/tintype/copyright /usr/share/doc/tintype/changelog.gz /usr/share/tintype/models/face-api/face_recognition_model.bin \
  /usr/share/tintype/models/things/centernet.bin /usr/share/tintype/models/places/places.bin \
  /usr/share/tintype/models/places/map.bin; do
  grep -qxF "$f" <<<"$contents" || missing+=("$f")
done
[ ${#missing[@]} -eq 0 ] || { echo "make-deb: the package lacks ${missing[*]}" >&2; exit 1; }
echo "make-deb: $(du -h "$deb" | cut -f1), $(wc -l <<<"$contents") entries" >&2
realpath "$deb"
