#!/usr/bin/env bash
# Prints the Debian packages Tintype needs at run time that dpkg-shlibdeps
# cannot see, as a Depends list ("pkg (>= version), ..."):
#  - the QML modules the UI imports: qmlimportscanner over ui/, plus the Qt
#    Quick Controls style the app picks in C++ (QQuickStyle::setStyle);
#  - the Qt plugins in packaging/deb/runtime-plugins.txt.
# Each is mapped to the package that owns it on this machine with dpkg -S (the
# module's qmldir, the plugin's .so), so nothing here names a package by hand.
# Fails when a module or plugin is not installed here (packaging/install-deps.sh).
#   bash packaging/deb/runtime-depends.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

qml_dir="$(qtpaths6 -query QT_INSTALL_QML)"
plugin_dir="$(qtpaths6 -query QT_INSTALL_PLUGINS)"
scanner=""
for candidate in "$(qtpaths6 -query QT_HOST_LIBEXECS 2>/dev/null)/qmlimportscanner" \
  /usr/lib/qt6/libexec/qmlimportscanner "$(command -v qmlimportscanner6 || true)"; do
  [ -x "$candidate" ] && { scanner="$candidate"; break; }
done
[ -n "$scanner" ] || { echo "runtime-depends: qmlimportscanner not found (qt6-declarative-dev-tools)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The style chosen in C++ is imported by no QML file: a stand-in file imports it.
{
  sed -n 's/.*QQuickStyle::setStyle(QStringLiteral("\([A-Za-z]*\)")).*/import QtQuick.Controls.\1/p' app/gui/*.cpp
  echo "QtObject {}"
} >"$work/Style.qml"
# (It says "qmldir file not found" for QtQml, built into libQt6Qml on Debian 12: see below.)
"$scanner" -rootPath ui -rootPath "$work" -importPath "$qml_dir" >"$work/imports.json" 2>"$work/scanner.log"

files=()
# Every module found in Qt's QML folder (our own module, Tintype, is compiled in):
# its qmldir; a module without one (QtQml) by its folder, whose packages are
# the modules it brings in (QtQml.Models, QtQml.WorkerScript).
while IFS= read -r module; do
  if [ -f "$module/qmldir" ]; then
    files+=("$module/qmldir")
  elif [ -d "$module" ]; then
    files+=("$module")
  fi
done < <(grep -o '"path": *"[^"]*"' "$work/imports.json" | sed 's/.*"\([^"]*\)"$/\1/' | grep "^$qml_dir/" | sort -u)
[ ${#files[@]} -gt 0 ] || { echo "runtime-depends: qmlimportscanner found no QML module" >&2; exit 1; }

while read -r plugin _; do
  [ -z "$plugin" ] || [ "${plugin#\#}" != "$plugin" ] && continue
  [ -f "$plugin_dir/$plugin" ] || { echo "runtime-depends: $plugin_dir/$plugin is not installed" >&2; exit 1; }
  files+=("$plugin_dir/$plugin")
done <packaging/deb/runtime-plugins.txt

# dpkg -S: "package[:arch][, package...]: /path"
packages="$(dpkg -S "${files[@]}" | sed 's/: \/.*//' | tr ',' '\n' | sed 's/^ *//; s/:.*//' | sort -u)"
depends=()
for p in $packages; do
  version="$(dpkg-query -W -f='${Version}' "$p")"
  version="${version#*:}"          # no epoch
  version="${version%%[-+~]*}"     # the upstream version: 6.4.2+dfsg-10 -> 6.4.2
  depends+=("$p (>= $version)")
done
joined="$(IFS=','; echo "${depends[*]}")"
echo "${joined//,/, }"
