#!/usr/bin/env bash
# Installs the built Debian packages in a fresh Debian 12 root and uses them as a court would:
#   apt-get install ./dossier-*.deb (Depends only: no Recommends, so the declared dependencies must suffice),
#   dossier-cli version and plugins, two corpus pages through dossier-cli process, the server started as the unit
#   would (its ExecStart line, as the dossier user), dossier-server user add as root, a sign-in over HTTP with curl,
#   and the window under Xvfb — timed from the start of apt-get install to the first window mapped.
# Prints figures: Installed-Size of each package, the dependencies pulled (count, download and disk MB) and the
# install → first window seconds.
#   tests/install/run.sh [DEBS_DIR]     (default: scripts/package.sh builds them into out/packages)
# Needs root (debootstrap, chroot, mounts), the Debian archive, Xvfb and xwininfo on the host. The clean root is
# cached in $DOSSIER_INSTALL_CACHE (default /var/cache/dossier-install-test), so re-runs skip debootstrap; the
# downloaded .debs are kept there too. CTest: install_packages (label install, not in the ci run): ctest -L install
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
cache=${DOSSIER_INSTALL_CACHE:-/var/cache/dossier-install-test}
corpus=${DOSSIER_CORPUS:-$src/../shared/corpus}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
debs=${1:-}
say() { printf 'install-test: %s\n' "$*" >&2; }
die() { say "FAIL: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot and mounts need it)"
for tool in debootstrap chroot Xvfb xwininfo curl python3; do
  command -v "$tool" >/dev/null || die "$tool is missing on the host"
done
if [ -z "$debs" ]; then
  "$src/scripts/package.sh" "$src/out/packages" >&2
  debs=$src/out/packages
fi
debs=$(cd "$debs" && pwd)
ls "$debs"/dossier-workstation_*.deb "$debs"/dossier-server_*.deb >/dev/null || die "no dossier-*.deb in $debs"

# --- a clean bookworm root, made once and cached as a tarball
mkdir -p "$cache/archives/partial"
clean=$cache/bookworm-minbase-root.tar
if [ ! -f "$clean" ]; then
  say "debootstrap bookworm (once; cached in $clean)"
  tmp=$(mktemp -d /tmp/dossier-debootstrap.XXXXXX)
  if [ -f "$cache/bookworm-minbase.tgz" ]; then
    debootstrap --variant=minbase --unpack-tarball="$cache/bookworm-minbase.tgz" bookworm "$tmp" "$mirror" >&2
  else
    debootstrap --variant=minbase bookworm "$tmp" "$mirror" >&2
  fi
  rm -f "$tmp"/var/cache/apt/archives/*.deb
  tar -C "$tmp" -cf "$clean.part" . && mv "$clean.part" "$clean"
  rm -rf "$tmp"
fi

work=$(mktemp -d /tmp/dossier-install.XXXXXX)
root=$work/root
xvfb_pid=""
server_pid=""
cleanup() {
  set +e
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  for m in tmp/.X11-unix var/cache/apt/archives dev/pts dev sys proc; do
    mountpoint -q "$root/$m" && umount -l "$root/$m"
  done
  [ -z "${KEEP_ROOT:-}" ] && rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$root"
tar -C "$root" -xf "$clean"
chmod 0755 "$root" # the tarball's "." is the 0700 folder debootstrap filled
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cat > "$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d" && chmod 755 "$root/usr/sbin/policy-rc.d"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
say "apt-get update in the root"
in_root apt-get update -qq >&2
mkdir -p "$root/root/debs"
cp "$debs"/dossier-workstation_*.deb "$debs"/dossier-server_*.deb "$root/root/debs/"

# --- the display the window will map on (the root's X clients use the host's Xvfb socket)
display=:$((70 + RANDOM % 20))
mkdir -p "$root/tmp/.X11-unix"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"

# --- install, timed to the first window
say "apt-get install ./dossier-*.deb (no Recommends)"
t0=$(date +%s.%N)
in_root sh -c 'cd /root/debs && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ./dossier-*.deb' \
  > "$work/apt.log" 2>&1 || { tail -30 "$work/apt.log" >&2; die "apt-get install failed"; }
t_installed=$(date +%s.%N)
in_root useradd --create-home --shell /bin/bash clerk
as_user() { # user: numeric ids, looked up in the root's passwd
  local u=$1; shift
  chroot --userspec="$(in_root id -u "$u"):$(in_root id -g "$u")" "$root" /usr/bin/env -i PATH=/usr/bin:/bin "$@"
}
as_user clerk HOME=/home/clerk LANG=C.UTF-8 \
  DISPLAY="$display" dossier > "$work/window.log" 2>&1 &
window_pid=$!
mapped=""
for _ in $(seq 1200); do
  for id in $(xwininfo -display "$display" -root -tree 2>/dev/null | awk '/\("dossier" / {print $1}'); do
    if xwininfo -display "$display" -id "$id" 2>/dev/null | grep -q "Map State: IsViewable"; then mapped=$id; break 2; fi
  done
  kill -0 "$window_pid" 2>/dev/null || break
  sleep 0.05
done
t_window=$(date +%s.%N)
[ -n "$mapped" ] || { cat "$work/window.log" >&2; die "the window never mapped"; }
title=$(xwininfo -display "$display" -id "$mapped" | sed -n 's/^xwininfo: Window id: [^ ]* //p')
say "window mapped: $title"
if command -v import >/dev/null; then import -display "$display" -window root "$work/window.png" 2>/dev/null || true; fi
kill "$window_pid" 2>/dev/null || true

# --- the command line: version, plugins found without DOSSIER_PLUGIN_PATH, two corpus pages
in_root dossier-cli version | tee "$work/version.txt" >&2
grep -q '^dossier-cli ' "$work/version.txt" || die "dossier-cli version printed no version"
in_root dossier-cli plugins > "$work/plugins.txt" 2>&1 || true # exit code: whether any was skipped
grep -q tesseract "$work/plugins.txt" || { cat "$work/plugins.txt" >&2; die "the OCR plugin was not found"; }
mkdir -p "$root/tmp/pages" "$root/tmp/out"
cp "$corpus/plain/batch-01/0002.jpg" "$corpus/plain/batch-01/0003.jpg" "$root/tmp/pages/"
in_root sh -c 'cd /tmp/out && DOSSIER_LANG=en dossier-cli process --profile /tmp/profile /tmp/pages/0002.jpg /tmp/pages/0003.jpg' \
  > "$work/process.log" 2>&1 || { cat "$work/process.log" >&2; die "dossier-cli process failed"; }
[ -s "$root/tmp/out/report.json" ] || die "dossier-cli process wrote no report.json"
python3 - "$root/tmp/out/report.json" <<'PY' || die "the pages' text was not recognised"
import json, sys
text = json.dumps(json.load(open(sys.argv[1])), ensure_ascii=False)
found = [w for w in ("起诉状", "受理案件通知书") if w in text]
print("install-test: recognised in report.json:", ", ".join(found) or "nothing", file=sys.stderr)
sys.exit(0 if len(found) == 2 else 1)
PY

# --- the server as its unit runs it, on a free port (set in the config file, as an administrator would)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sed -i "s/^listen = .*/listen = 127.0.0.1:$port/" "$root/etc/dossier-server/dossier-server.conf"
exec_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/dossier-server.service")
[ -n "$exec_start" ] || die "the unit has no ExecStart"
dossier_uid=$(in_root id -u dossier) # the root's user: the host has none of that name
[ "$(stat -c %u "$root/var/lib/dossier-server")" = "$dossier_uid" ] || die "/var/lib/dossier-server is not the dossier user's"
[ "$(stat -c %a "$root/var/lib/dossier-server")" = 700 ] || die "/var/lib/dossier-server is not private (0700)"
[ "$(stat -c '%u:%g %a' "$root/etc/dossier-server/dossier-server.conf")" = "0:$(in_root id -g dossier) 640" ] ||
  die "the config file is not root:dossier 0640"
say "unit command as dossier: $exec_start"
# shellcheck disable=SC2086 # the unit's command line splits into words as systemd splits it (no quotes in it)
as_user dossier HOME=/var/lib/dossier-server LANG=C.UTF-8 $exec_start > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do grep -q '^listening on' "$work/server.log" && break; sleep 0.1; done
grep -q '^listening on' "$work/server.log" || { cat "$work/server.log" >&2; die "the server did not start"; }
echo 'a long enough password' | in_root dossier-server user add 王法官 --role judge --password-stdin >&2 \
  || die "dossier-server user add failed"
strays=$(find "$root/var/lib/dossier-server" ! -uid "$dossier_uid" | wc -l)
[ "$strays" -eq 0 ] || die "$strays files in /var/lib/dossier-server are not the dossier user's"
reply=$(curl -sS -X POST -H 'Content-Type: application/json' \
  --data '{"user":"王法官","password":"a long enough password"}' "http://127.0.0.1:$port/api/v1/session")
echo "$reply" | grep -q '"token"' || die "sign-in failed: $reply"
say "signed in over HTTP as 王法官"
health=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/health")
[ "$health" = 200 ] || die "health answered $health"

# --- figures
size() { dpkg-deb -f "$1" Installed-Size; }
newly=$(sed -n 's/.* \([0-9]*\) newly installed.*/\1/p' "$work/apt.log")
download=$(sed -n 's/^Need to get \(.*\) of archives.*/\1/p' "$work/apt.log")
disk=$(sed -n 's/^After this operation, \(.*\) of additional disk space.*/\1/p' "$work/apt.log")
echo "=== dossier packages on a fresh Debian 12 (bookworm, minbase) ==="
for d in "$debs"/dossier-workstation_*.deb "$debs"/dossier-server_*.deb; do
  printf '%-40s Installed-Size %6s KiB, .deb %6s KiB\n' "$(basename "$d")" "$(size "$d")" $(($(stat -c %s "$d") / 1024))
done
echo "packages installed by apt-get: $newly (the 2 dossier packages and $((newly - 2)) dependencies)"
echo "download: ${download:-0 B (all cached)}; disk after install: $disk"
# shellcheck disable=SC2016 # ${…} is dpkg-query's format, not the shell's
echo "largest packages in the root (KiB): $(in_root dpkg-query -W -f='${Installed-Size} ${Package}\n' | sort -rn | head -8 |
  awk '{printf "%s%s %s", (NR > 1 ? ", " : ""), $2, $1}')"
printf 'apt-get install: %.1f s; install start -> first window mapped: %.1f s (window alone: %.1f s)\n' \
  "$(echo "$t_installed - $t0" | bc)" "$(echo "$t_window - $t0" | bc)" "$(echo "$t_window - $t_installed" | bc)"
echo "install-test: PASS"
