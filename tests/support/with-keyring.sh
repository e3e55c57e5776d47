#!/usr/bin/env bash
# Runs a command in its own D-Bus session with an unlocked GNOME keyring (Secret Service), as a desktop has:
# the sync client keeps its session token there and never in a file.
#   with-keyring.sh COMMAND [ARGS…]
set -euo pipefail
if [ -z "${DOSSIER_KEYRING_INNER:-}" ]; then
  export DOSSIER_KEYRING_INNER=1
  exec dbus-run-session -- "$0" "$@"
fi
export XDG_DATA_HOME=${XDG_DATA_HOME:-$(mktemp -d)}
mkdir -p "$XDG_DATA_HOME/keyrings"
eval "$(echo -n 'test-keyring' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
exec "$@"
