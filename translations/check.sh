#!/usr/bin/env bash
# Every translation is complete (translations/README.md): for each
# translations/tintype_<lang>.ts, lupdate (the README's command) is run into a
# temporary copy, which must find no new string, and lrelease must count no
# unfinished and no untranslated message in the file — so a language fails both
# when a string is left open in it and when the sources have strings lupdate
# has not added to it yet. tintype_en.ts holds
# only the English plural forms and is checked with `lupdate -pluralonly`.
#
# Usage: translations/check.sh [SOURCE_DIR]   (LUPDATE, LRELEASE: the tools)
# Prints one line per language; exits 1 naming each file and its counts.
set -euo pipefail
src=$(cd "${1:-$(dirname "$0")/..}" && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
lrelease=${LRELEASE:-/usr/lib/qt6/bin/lrelease}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# "unfinished untranslated" as lrelease counts them in $1.
counts() {
  "$lrelease" "$1" -qm "$tmp/out.qm" | awk '
    /Generated/ { sub(/.*and /, ""); unfinished = $1 + 0 }
    /Ignored .* untranslated/ { untranslated = $2 + 0 }
    END { print unfinished + 0, untranslated + 0 }'
}

cd "$src"
fail=0
shopt -s nullglob
files=(translations/tintype_*.ts)
[ ${#files[@]} -gt 0 ] || { echo "no translations/tintype_*.ts in $src"; exit 1; }
for ts in "${files[@]}"; do
  copy="$tmp/$(basename "$ts")"
  cp "$ts" "$copy"
  pluralonly=()
  [ "$(basename "$ts")" = tintype_en.ts ] && pluralonly=(-pluralonly)
  "$lupdate" "${pluralonly[@]}" ui app/gui core -extensions cpp,h,qml -ts "$copy" >"$tmp/lupdate.log" 2>&1 ||
    { cat "$tmp/lupdate.log"; echo "$ts: lupdate failed"; fail=1; continue; }
  read -r unfinished untranslated < <(counts "$ts")
  open_now=$((unfinished + untranslated))
  if [ ${#pluralonly[@]} -gt 0 ]; then # lupdate's "new" counts the strings it then strips
    read -r unfinished_after untranslated_after < <(counts "$copy")
    missing=$((unfinished_after + untranslated_after - open_now))
  else
    missing=$(sed -n 's/.*Found [0-9]* source text(s) (\([0-9]*\) new.*/\1/p' "$tmp/lupdate.log")
    [ -n "$missing" ] || { cat "$tmp/lupdate.log"; echo "$ts: lupdate printed no count"; fail=1; continue; }
  fi
  if [ $open_now -gt 0 ] || [ $missing -gt 0 ]; then
    echo "$ts: $unfinished unfinished, $untranslated untranslated, $missing missing (lupdate would add them)"
    fail=1
  else
    echo "$ts: complete"
  fi
done
exit $fail
