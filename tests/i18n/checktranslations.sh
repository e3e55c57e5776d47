#!/usr/bin/env bash
# Fails when a user-visible string in the sources has no finished zh_CN translation (or the .ts is stale).
set -euo pipefail
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/dossier_zh_CN.ts" "$tmp/"
LUPDATE=$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)
LRELEASE=$(command -v lrelease6 || echo /usr/lib/qt6/bin/lrelease)
(cd "$src" && "$LUPDATE" -locations none -no-obsolete app ui plugins server -ts "$tmp/dossier_zh_CN.ts") >/dev/null
out=$("$LRELEASE" "$tmp/dossier_zh_CN.ts" -qm "$tmp/x.qm")
echo "$out"
if ! echo "$out" | grep -Eq "finished and 0 unfinished" || echo "$out" | grep -q "untranslated"; then
  echo "zh_CN has unfinished translations: run scripts/update-translations.sh and translate"; exit 1
fi
