#!/usr/bin/env bash
# Photographs every screen of the workstation in Chinese under Xvfb into docs/screenshots/ (scaled PNGs).
#   scripts/screenshots.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
cmake --preset default >/dev/null
cmake --build --preset default -j"$(nproc)" --target dossier_screens
out=${1:-docs/screenshots}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Own settings and a Chinese desktop font set; nothing of the user's is touched.
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/share" XDG_CACHE_HOME="$tmp/cache"
export DOSSIER_PLUGIN_PATH="$PWD/build/lib/dossier/plugins"
export QT_QPA_PLATFORM=xcb LANG=zh_CN.UTF-8
# SANE's test backend as the desk's scanner.
mkdir -p "$tmp/sane" && echo test > "$tmp/sane/dll.conf" && export SANE_CONFIG_DIR="$tmp/sane"
xvfb-run -a -s "-screen 0 1400x900x24" build/bin/dossier_screens --out "$out"
