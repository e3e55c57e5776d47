#!/usr/bin/env bash
# Prints the statement part of a schema.sql: the schema of a freshly migrated database, normalised, in the
# stable order testschema compares (by table: the table, then its indexes). desk → app/core/storage/schema.sql,
# server → server/storage/schema.sql. Merge it into the file by hand, keeping the comments that document the
# columns. Needs the test built: cmake --build build-ci --target testschema.
# Usage: scripts/dump-schema.sh desk|server [build dir, default build-ci]
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:?desk or server}
build=${2:-build-ci}
case "$which" in desk | server) ;; *) echo "usage: $0 desk|server [build dir]" >&2; exit 2 ;; esac
DOSSIER_SCHEMA_DUMP=$which QT_QPA_PLATFORM=offscreen "$build/bin/testschema"
