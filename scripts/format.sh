#!/usr/bin/env bash
# Formats every C++ source of the project with the repository's .clang-format (what tests/style checks).
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=$(command -v clang-format-14 || command -v clang-format)
find app ui server plugins tests \( -name '*.cpp' -o -name '*.h' \) -type f -print0 | xargs -0 "$CLANG_FORMAT" -i
