#!/usr/bin/env bash
# Fuzzes the importers (tests/fuzz) for a bounded time: builds the `fuzz` preset (clang, libFuzzer, ASan + UBSan)
# and runs each target for SECONDS (default 60), niced, from its seeds, its regressions and the shared corpus's
# bad inputs. Prints per target: executions, executions per second, coverage (cov: edges, ft: features), corpus
# size and the crashes found (kept in build-fuzz/fuzz-run/<target>/artifacts/). A benchmark, not a test: not in
# the default test run. A crash found: reproduce with build-fuzz/bin/fuzz_<target> <file>, fix the code, and keep
# the file in tests/fuzz/regressions/<target>/ (replayed by CTest, fuzz_replay_<target>).
#   scripts/fuzz.sh [SECONDS] [TARGET...]     targets: image pdf qrpayload casenumber syncfeed template
# Environment: FUZZ_JOBS (build jobs, default 2), FUZZ_RSS_MB (default 2048), DOSSIER_CORPUS (default
# ../shared/corpus).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(image pdf qrpayload casenumber syncfeed template)
corpus=${DOSSIER_CORPUS:-$PWD/../shared/corpus}
rss=${FUZZ_RSS_MB:-2048}

cmake --preset fuzz >/dev/null
nice cmake --build --preset fuzz -j"${FUZZ_JOBS:-2}" >/dev/null

# Longest input per target: room for a small scan or PDF, a feed page, a template; a 案号 or payload is a line.
declare -A maxlen=([image]=131072 [pdf]=65536 [qrpayload]=1024 [casenumber]=256 [syncfeed]=32768 [template]=32768)
export QT_QPA_PLATFORM=offscreen
# Leptonica and Qt report broken files on stderr; UBSan stops at the first report (a crash for libFuzzer).
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
# Leaks inside the libraries underneath (Qt 6.4's QtPdf on every PDF it cannot load): tests/asan/lsan.supp.
export LSAN_OPTIONS=suppressions=$PWD/tests/asan/lsan.supp:print_suppressions=0

printf '%-11s %8s %12s %9s %7s %8s %7s %8s\n' target seconds executions exec/s cov ft corpus crashes
for t in "${targets[@]}"; do
    exe=build-fuzz/bin/fuzz_$t
    run=build-fuzz/fuzz-run/$t
    mkdir -p "$run/corpus" "$run/artifacts"
    dirs=("$run/corpus" "tests/fuzz/seeds/$t" "tests/fuzz/regressions/$t")
    [ "$t" = image ] || [ "$t" = pdf ] && [ -d "$corpus/bad" ] && dirs+=("$corpus/bad")
    dict=()
    [ -f "tests/fuzz/dict/$t.dict" ] && dict=(-dict="tests/fuzz/dict/$t.dict")
    before=$(find "$run/artifacts" -type f | wc -l)
    execs=0 cov=0 ft=0 left=$secs start=$(date +%s)
    # libFuzzer stops at a crash: go on with the time left, so that one crash does not end the run.
    while [ "$left" -gt 0 ]; do
        log=$run/last.log
        nice "$exe" "${dirs[@]}" "${dict[@]}" -max_total_time="$left" -rss_limit_mb="$rss" -max_len="${maxlen[$t]}" \
            -timeout=20 -artifact_prefix="$run/artifacts/" -print_final_stats=1 -close_fd_mask=1 >"$log" 2>&1 || true
        n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        execs=$((execs + ${n:-0}))
        line=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1 || true)
        if [ -n "$line" ]; then
            cov=$(sed -E 's/.*cov: ([0-9]+).*/\1/' <<<"$line")
            ft=$(sed -E 's/.* ft: ([0-9]+).*/\1/' <<<"$line")
        fi
        if grep -q -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|fuzz invariant broken' "$log"; then
            cp "$log" "$run/artifacts/crash-$(date +%s).log"
            grep -q INITED "$log" || { echo "$t: a seed or regression crashes: see $run/artifacts/" >&2; break; }
        fi
        left=$((secs - ($(date +%s) - start)))
    done
    elapsed=$(( $(date +%s) - start ))
    crashes=$(( $(find "$run/artifacts" -type f ! -name '*.log' | wc -l) - before ))
    printf '%-11s %8d %12d %9d %7s %8s %7d %8d\n' "$t" "$elapsed" "$execs" $((execs / (elapsed > 0 ? elapsed : 1))) \
        "$cov" "$ft" "$(find "$run/corpus" -type f | wc -l)" "$crashes"
done
echo "Crashes, leaks and timeouts found: build-fuzz/fuzz-run/<target>/artifacts/ (logs beside them)."
