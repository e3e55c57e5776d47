#!/usr/bin/env bash
# Prints the house-keeping counts issue 12 measures: SQL outside the storage layers, includes against the
# layer order, the longest function and the largest file of product code, (void) discards, and files
# clang-format would change. Read-only; run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
product=(app ui server plugins)
mapfile -t files < <(find "${product[@]}" \( -name '*.cpp' -o -name '*.h' \) -type f | sort)

sql_re='"[[:space:]]*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|PRAGMA|WITH|REPLACE)[[:space:]]'
sql_files=$(grep -lE "$sql_re" "${files[@]}" | grep -vE '^(app/core/storage|server/storage)/' || true)
echo "files with SQL outside storage: $(printf '%s' "$sql_files" | grep -c . || true)"
printf '%s\n' "$sql_files" | sed '/^$/d; s/^/  /'

# Layer order of app/core (lower may not include higher); ui, cli and workstation sit on top.
layers=(common domain plugin storage imaging pipeline archive sync station)
rank() { local i; for i in "${!layers[@]}"; do [ "${layers[$i]}" = "$1" ] && echo "$i" && return; done; echo -1; }
against=0
violations=""
for f in $(find app/core -name '*.cpp' -o -name '*.h' | sort); do
  own=$(rank "$(echo "$f" | cut -d/ -f3)")
  while read -r inc; do
    r=$(rank "$inc")
    if [ "$r" -gt "$own" ]; then violations+="  $f includes $inc/"$'\n'; against=$((against + 1)); fi
  done < <(sed -n 's|^#include "\([a-z]*\)/.*|\1|p' "$f")
done
echo "includes against the layers: $against"
printf '%s' "$violations"

# Functions: clang-formatted code opens a function body with "{" alone at column 0 and closes it with "}".
awk 'FNR==1{start=0} /^\{$/ && prev !~ /^(class|struct|enum|union|namespace)/ && prev !~ /=$/ {start=FNR; sig=prev}
     /^\}$/ && start {n=FNR-start+2; print n "\t" FILENAME ":" start-1 "\t" sig; start=0} {prev=$0}' \
  $(printf '%s\n' "${files[@]}" | grep '\.cpp$') | sort -rn > /tmp/house-functions.txt
echo "functions over 100 lines: $(awk -F'\t' '$1>100' /tmp/house-functions.txt | wc -l)"
awk -F'\t' '$1>100 {print "  " $1 " lines  " $2 "  " $3}' /tmp/house-functions.txt | cut -c1-150
echo "longest function: $(head -1 /tmp/house-functions.txt | cut -f1,2 | tr '\t' ' ')"
echo ".cpp files over 700 lines: $(wc -l $(printf '%s\n' "${files[@]}" | grep '\.cpp$') | grep -v total | awk '$1>700' | wc -l)"
wc -l $(printf '%s\n' "${files[@]}" | grep '\.cpp$') | grep -v total | awk '$1>700 {print "  " $0}' | sort -rn
echo "(void) discards: $(grep -hE '\(void\)' "${files[@]}" | grep -vcE '^\s*//' || true)"
CLANG_FORMAT=$(command -v clang-format-14 || command -v clang-format)
diffs=0
for f in "${files[@]}"; do
  n=$("$CLANG_FORMAT" --dry-run "$f" 2>&1 | grep -c 'warning:' || true)
  diffs=$((diffs + n))
done
echo "clang-format differences: $diffs"
