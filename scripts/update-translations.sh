#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (every tr()/QT_TRANSLATE_NOOP string).
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)
"$LUPDATE" -locations none -no-obsolete app ui plugins server -ts translations/dossier_zh_CN.ts translations/dossier_en.ts
