#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster on loopback for the server tests (Debian's postgresql-15 binaries).
#   scripts/test-postgres.sh start DIR   → prints the connection URL
#   scripts/test-postgres.sh stop DIR
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
cmd=$1 dir=$2
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case $cmd in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    port=$(shuf -i 20000-60000 -n 1)
    as_pg "$PGBIN/initdb" -D "$dir/data" -A trust -U dossier >/dev/null
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -o "-h 127.0.0.1 -p $port -k $dir" -l "$dir/log" -w start >/dev/null
    echo "postgresql://dossier@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
esac
