#!/usr/bin/env bash
# Fails when a C++ source of the project is not formatted by the repository's .clang-format (Debian 12's
# clang-format 14). Fix with: clang-format -i <file>, or scripts/format.sh for the whole tree.
set -euo pipefail
src=$1
cd "$src"
CLANG_FORMAT=$(command -v clang-format-14 || command -v clang-format)
mapfile -t files < <(find app ui server plugins tests \( -name '*.cpp' -o -name '*.h' \) -type f | sort)
bad=0
for f in "${files[@]}"; do
  if ! "$CLANG_FORMAT" --dry-run --Werror "$f" >/dev/null 2>&1; then
    echo "not formatted: $f"
    bad=$((bad + 1))
  fi
done
echo "${#files[@]} files checked, $bad not formatted"
[ "$bad" -eq 0 ]
