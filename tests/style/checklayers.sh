#!/usr/bin/env bash
# Fails when a file of app/core includes a header of a layer above its own. The layers, lowest first:
#   common, domain, plugin → storage → imaging → pipeline → archive → sync → station
# (common, domain and plugin form the base and may include one another); ui, the CLI, the workstation
# executable and the server sit on top. The server may use only the base and storage.
set -euo pipefail
cd "$1"
rank() {
  case "$1" in
    common | domain | plugin) echo 0 ;;
    storage) echo 1 ;;
    imaging) echo 2 ;;
    pipeline) echo 3 ;;
    archive) echo 4 ;;
    sync) echo 5 ;;
    station) echo 6 ;;
    *) echo -1 ;;
  esac
}
bad=0
check() { # file, its rank, the highest layer it may include
  local f=$1 limit=$2 inc r
  while read -r inc; do
    r=$(rank "$inc")
    [ "$r" -lt 0 ] && continue
    if [ "$r" -gt "$limit" ]; then
      echo "$f includes $inc/ (a layer above it)"
      bad=$((bad + 1))
    fi
  done < <(sed -n 's|^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([a-z]*\)/.*|\1|p' "$f")
}
while read -r f; do
  check "$f" "$(rank "$(echo "$f" | cut -d/ -f3)")"
done < <(find app/core -name '*.cpp' -o -name '*.h' | sort)
while read -r f; do
  check "$f" "$(rank storage)"
done < <(find server -name '*.cpp' -o -name '*.h' | sort)
echo "include direction: $bad against the layers"
[ "$bad" -eq 0 ]
