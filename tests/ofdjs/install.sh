#!/usr/bin/env bash
# Installs the independent OFD reader (ofd.js and the runner that drives Debian's Chromium) into a build folder:
#   tests/ofdjs/install.sh SOURCE_DIR DEST_DIR
# Copies the runner and its page, and runs `npm ci` from the committed lock file when node_modules is missing or
# was installed from another lock file. No package script runs (--ignore-scripts); no browser is downloaded.
set -euo pipefail
src=$1
dest=$2
chromium=${CHROMIUM:-/usr/bin/chromium}
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "ofdjs: $tool is missing (scripts/deps.sh test installs it)" >&2; exit 1; }
done
[ -x "$chromium" ] || { echo "ofdjs: $chromium is missing (scripts/deps.sh test installs it)" >&2; exit 1; }
mkdir -p "$dest"
cp "$src/package.json" "$src/package-lock.json" "$src/page.html" "$src/render.mjs" "$dest/"
stamp="$dest/node_modules/.dossier-lock-sha256"
want=$(sha256sum "$src/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  (cd "$dest" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$want" >"$stamp"
fi
node --version
"$chromium" --version 2>/dev/null | grep -i chromium
echo "ofdjs: ofd.js $(node -p "require('$dest/node_modules/ofd.js/package.json').version") ready in $dest"
