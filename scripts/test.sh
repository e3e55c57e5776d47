#!/usr/bin/env bash
# Installs what is missing (Debian packages, test tools included), builds with warnings as errors and runs
# every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --preset ci -j1 "$@"
