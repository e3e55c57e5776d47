#!/usr/bin/env bash
# Installs what is missing (Debian packages, test tools included), builds with warnings as errors and runs
# every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen
# The server tests also run against PostgreSQL 15, on a throwaway cluster on loopback.
pgdir=$(mktemp -d /tmp/dossier-pg.XXXXXX)
trap 'scripts/test-postgres.sh stop "$pgdir"' EXIT
DOSSIER_TEST_POSTGRES=$(scripts/test-postgres.sh start "$pgdir")
export DOSSIER_TEST_POSTGRES
ctest --preset ci -j1 "$@"
