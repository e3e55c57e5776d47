#!/usr/bin/env bash
# Installs what is missing (Debian packages), builds, starts the local dossier-server on loopback and the
# workstation with its embedded defaults (profile under ~/.local/share/dossier, SQLite).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
cmake --preset default -DDOSSIER_BUILD_TESTS=OFF >/dev/null
cmake --build --preset default -j"$(nproc)"
BIN=build/bin
"$BIN/dossier-server" --listen 127.0.0.1:8765 --data "${XDG_DATA_HOME:-$HOME/.local/share}/dossier-server" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
"$BIN/dossier" "$@"
