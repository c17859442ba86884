#!/usr/bin/env bash
# Builds the fuzz targets with clang (libFuzzer + AddressSanitizer + UBSan) and runs each for
# FUZZ_SECONDS (default 60) from a seed corpus made now. A crash fails the run; its input is
# copied to fuzz/regressions/<target>/ so ctest replays it in every build from then on.
# FUZZ_SEED fixes libFuzzer's random seed (CI sets it so a run can be repeated); unset, each
# run explores differently.
# Writes a summary line per target to build-fuzz/fuzz-summary.txt (for docs/reliability.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FRAMEFIT_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
SECONDS_PER_TARGET="${FUZZ_SECONDS:-60}"
"$ROOT/scripts/deps.sh"
"$ROOT/scripts/deps.sh" clang libclang-rt-14-dev
CXX=clang++ CC=clang cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DFRAMEFIT_FUZZ=ON >/dev/null
TARGETS=(${FUZZ_TARGETS:-$(cd "$ROOT/fuzz" && ls fuzz_*.cpp | sed 's/^fuzz_//; s/\.cpp$//')})
cmake --build "$BUILD" --target make_fuzz_seeds $(printf 'fuzz_%s ' "${TARGETS[@]}")
SEEDS="$BUILD/fuzz/seeds"
QT_QPA_PLATFORM=offscreen "$BUILD/fuzz/make_fuzz_seeds" "$SEEDS/loader" "$SEEDS/args" "$SEEDS/api"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
summary="$BUILD/fuzz-summary.txt"; : > "$summary"
status=0
for t in "${TARGETS[@]}"; do
  work="$BUILD/fuzz-run/$t"; rm -rf "$work"; mkdir -p "$work/corpus" "$work/crashes"
  seeds=("$SEEDS/$t"); [[ -d "$SEEDS/$t" ]] || seeds=()
  log="$work/log.txt"
  echo "fuzzing $t for ${SECONDS_PER_TARGET}s" >&2
  result="no crash"
  seed_arg=(); [[ -n "${FUZZ_SEED:-}" ]] && seed_arg=(-seed="$FUZZ_SEED")
  if ! "$BUILD/fuzz/fuzz_$t" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 \
        -max_len=262144 -artifact_prefix="$work/crashes/" -print_final_stats=1 "${seed_arg[@]}" \
        "$work/corpus" "${seeds[@]}" "$ROOT/fuzz/regressions/$t" > "$log" 2>&1; then
    status=1
    result="CRASH"
    mkdir -p "$ROOT/fuzz/regressions/$t"
    cp "$work"/crashes/* "$ROOT/fuzz/regressions/$t/" 2>/dev/null || true
    echo "fuzz_$t FOUND A PROBLEM: see $log; inputs kept in fuzz/regressions/$t/" >&2
    tail -40 "$log" >&2
  fi
  execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | awk '{print $2}')
  printf '%s\t%s s\t%s executions\t%s edges covered\t%s\n' "fuzz_$t" "$SECONDS_PER_TARGET" "${execs:-?}" \
    "${cov:-?}" "$result" | tee -a "$summary"
done
exit $status
