#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer + UndefinedBehaviorSanitizer (the
# FRAMEFIT_SANITIZE option; also the "asan" CMake preset) into build-asan/ and runs every test.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FRAMEFIT_ASAN_BUILD_DIR:-$ROOT/build-asan}"
"$ROOT/scripts/deps.sh"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFRAMEFIT_SANITIZE=ON -DFRAMEFIT_WERROR=ON >/dev/null
cmake --build "$BUILD"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$ROOT/scripts/lsan-suppressions.txt:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
cd "$BUILD"
# A test that fails is run once more before the run fails: the machines are shared, and a
# few network-fault tests race against timers (see docs/reliability.md). Twice is a failure.
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --repeat until-pass:2 -j "$(nproc)" "$@"
