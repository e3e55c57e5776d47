#!/usr/bin/env bash
# AddressSanitizer + UndefinedBehaviorSanitizer over a documented subset of the tests (preset `asan`: g++, Debug,
# DOSSIER_ASAN, build dir build-asan): every test labelled `unit` (the fuzz replays among them) and the integration
# tests that read hostile input — testinputs (the bad corpus through dossier-cli), testsecurity (attacks on
# dossier-server), testserver (the server on SQLite; on PostgreSQL too when DOSSIER_TEST_POSTGRES is set).
# Left out: the OCR-heavy integration and GUI tests (hours under ASan on two cores). Not part of scripts/test.sh;
# CI does not run it: about 30 minutes on two cores (build 19, tests 12; see docs/architecture.md, Tests).
#   scripts/test-asan.sh [ctest arguments…]
set -euo pipefail
cd "$(dirname "$0")/.."
integration=(testinputs testsecurity testserver)
cmake --preset asan >/dev/null
# The executables of the subset only (and what they start: the CLI, the server, the plugins).
mapfile -t unit < <(ctest --test-dir build-asan -N -L unit | sed -n 's/^ *Test *#[0-9]*: //p')
targets=(dossier-cli dossier-server dossier_ocr_tesseract dossier_export_pdfa dossier_export_ofd "${integration[@]}")
for t in "${unit[@]}"; do
    case $t in
    fuzz_replay_*) targets+=("fuzzreplay_${t#fuzz_replay_}") ;;
    translations_complete | format_clean | layers_one_way) ;; # scripts, nothing to build
    *) targets+=("$t") ;;
    esac
done
start=$(date +%s)
cmake --build --preset asan -j"${ASAN_JOBS:-$(nproc)}" --target "${targets[@]}"
echo "asan build: $(( $(date +%s) - start )) s"
export QT_QPA_PLATFORM=offscreen
# Stop at the first report of either sanitizer, with its stack; leaks of the libraries underneath (fontconfig,
# Tesseract's globals) are suppressed by name in tests/asan/lsan.supp, never the project's own.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$PWD/tests/asan/lsan.supp:print_suppressions=0
start=$(date +%s)
regex="^($(IFS='|'; echo "${integration[*]}"))\$"
status=0
ctest --test-dir build-asan -L unit --output-on-failure -j1 "$@" || status=$?
ctest --test-dir build-asan -R "$regex" --output-on-failure -j1 "$@" || status=$?
echo "asan tests: $(( $(date +%s) - start )) s"
exit $status
