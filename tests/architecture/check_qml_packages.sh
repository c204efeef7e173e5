#!/usr/bin/env bash
# Every QML module the app's views need at run time — found by qmlimportscanner,
# dependencies included — comes from a Debian package that
# packaging/install-deps.sh installs. Exit 77 (ctest: skipped, shown) off Debian.
set -euo pipefail
src="$1"
scanner=$(ls /usr/lib/qt6/libexec/qmlimportscanner 2>/dev/null || command -v qmlimportscanner || true)
qmldir=/usr/lib/$(gcc -dumpmachine 2>/dev/null || echo x86_64-linux-gnu)/qt6/qml
if [ -z "$scanner" ] || ! command -v dpkg >/dev/null || [ ! -d "$qmldir" ]; then
  echo "SKIP: needs Debian's qmlimportscanner and dpkg"; exit 77
fi
paths=$("$scanner" -rootPath "$src/ui" -importPath "$qmldir" 2>/dev/null | python3 -c '
import json, sys
for e in json.load(sys.stdin):
    if e.get("type") == "module" and e.get("path", "").startswith("/usr"):
        print(e["path"])')
[ -n "$paths" ] || { echo "qmlimportscanner found no modules"; exit 1; }
fail=0
for p in $paths; do
  for pkg in $(dpkg -S "$p" 2>/dev/null | cut -d: -f1 | tr ',' ' '); do
    if ! grep -qw -- "$pkg" "$src/packaging/install-deps.sh"; then
      echo "missing from packaging/install-deps.sh: $pkg (for $p)"; fail=1
    fi
  done
done
[ $fail -eq 0 ] && echo "all QML modules come from installed packages: $(echo $paths | wc -w) modules"
exit $fail
