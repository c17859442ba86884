#!/usr/bin/env bash
# bench/run.sh -- FrameFit side by side with the tools users reach for today, in ONE session:
#   1. builds framefit-cli Release into build-bench/ (its own build dir)
#   2. copies the peer harness (/work/shared/bench, or $BENCH_SOURCE) to bench/work/harness and
#      builds the corpus there with its make_corpus.sh (which apt-installs the wallpaper packages
#      and the peer tools: benchmark-only, not FrameFit dependencies)
#   3. runs run_peers.sh with framefit-cli on PATH (every peer, cover and pad, 1 and 2 workers)
#   4. times each corpus image alone for FrameFit and two peers (bench/per_image.sh) and checks
#      FrameFit's peak RSS is flat in the number of files
#   5. writes docs/benchmarks.md and docs/bench-time-vs-megapixels.png (bench/report.py)
#
#   bench/run.sh                         everything: RUNS=3 passes per cell for FrameFit and the peers
#                                        the ratios use, RUNS_OTHERS=1 for the rest (~30 min)
#   RUNS=1 PEERS="framefit pillow-draft limit-jpegturbo" bench/run.sh     a quicker subset
#   SKIP_PEERS=1 bench/run.sh            re-make the report from the last results only
# PEERS, MODES, JOBS_LIST, RUNS, QUIET_WAIT are passed to run_peers.sh (see its header).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FRAMEFIT_BENCH_BUILD:-$ROOT/build-bench}"
SOURCE="${BENCH_SOURCE:-/work/shared/bench}"
WORK="$ROOT/bench/work"
HARNESS="$WORK/harness"
export RUNS="${RUNS:-3}"

log() { echo "[bench $(date -u +%T)] $*" >&2; }

# Benchmark-only tools of our own (the harness installs the peers' tools itself).
need=()
for p in python3-matplotlib python3-numpy python3-pil time; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if ((${#need[@]})); then
  log "installing ${need[*]}"
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

log "building framefit-cli (Release) in $BUILD"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFRAMEFIT_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" --target framefit-cli
export PATH="$BUILD/bin:$PATH"
command -v framefit-cli >/dev/null

# The harness is read-only where it is shared: run a private copy. The corpus is rebuilt only
# when missing (make_corpus.sh copies the same package files every time).
mkdir -p "$HARNESS"
printf '*\n' > "$WORK/.gitignore"
for f in README.md make_corpus.sh quality.py run_peers.sh; do
  install -m 0755 "$SOURCE/$f" "$HARNESS/$f"
done
mkdir -p "$HARNESS/peers"
install -m 0755 "$SOURCE"/peers/* "$HARNESS/peers/"
if [[ ! -f "$HARNESS/corpus/MANIFEST.txt" ]] ||
  (($(ls "$HARNESS/corpus" | grep -vc MANIFEST) < $(grep -vc '^#' "$SOURCE/corpus/MANIFEST.txt"))); then
  log "building the corpus"
  (cd "$HARNESS" && ./make_corpus.sh)
fi
if ! cmp -s <(grep -v '^#' "$HARNESS/corpus/MANIFEST.txt") <(grep -v '^#' "$SOURCE/corpus/MANIFEST.txt"); then
  log "warning: the corpus built here differs from the shared MANIFEST.txt"
fi

RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"
if [[ "${SKIP_PEERS:-0}" != 1 ]]; then
  rm -f "$HARNESS/work/quiet.log"
  if [[ -n "${PEERS:-}" ]]; then
    log "run_peers.sh (RUNS=$RUNS PEERS=$PEERS MODES=${MODES:-cover pad} JOBS_LIST=${JOBS_LIST:-1 2})"
    (cd "$HARNESS" && ./run_peers.sh)
  else
    # The rows the headline ratios come from get $RUNS passes per cell; the slower peers, which
    # no ratio depends on, $RUNS_OTHERS (default 1), appended to the same session's results.
    KEY="framefit pillow-draft limit-jpegturbo vips-lib vips-lib-shrink pillow"
    OTHERS=$(cd "$HARNESS" && ./run_peers.sh list | grep -vxF -f <(tr ' ' '\n' <<< "$KEY") | tr '\n' ' ')
    log "run_peers.sh (RUNS=$RUNS PEERS=$KEY)"
    (cd "$HARNESS" && PEERS="$KEY" ./run_peers.sh)
    log "run_peers.sh (RUNS=${RUNS_OTHERS:-1} PEERS=$OTHERS, appended)"
    (cd "$HARNESS" && APPEND=1 RUNS="${RUNS_OTHERS:-1}" PEERS="$OTHERS" ./run_peers.sh)
  fi
  cp "$HARNESS/results/peers.tsv" "$HARNESS/results/quality.tsv" "$HARNESS/results/peers.md" "$RESULTS/"
  cp "$HARNESS/work/quiet.log" "$RESULTS/" 2>/dev/null || rm -f "$RESULTS/quiet.log"

  log "per-image times (framefit, pillow-draft, vips-lib)"
  "$ROOT/bench/per_image.sh" "$HARNESS" framefit pillow-draft vips-lib > "$RESULTS/per_image.tsv"

  log "memory flatness: the corpus once vs three times over, 2 workers"
  "$ROOT/bench/rss_flat.sh" "$HARNESS/corpus" > "$RESULTS/rss_flat.tsv"
fi

mkdir -p "$ROOT/docs"
log "writing docs/benchmarks.md and docs/bench-time-vs-megapixels.png"
/usr/bin/python3 "$ROOT/bench/report.py" --results "$RESULTS" --manifest "$HARNESS/corpus/MANIFEST.txt" \
  --notes "$ROOT/bench/notes.md" --out "$ROOT/docs/benchmarks.md" --plot "$ROOT/docs/bench-time-vs-megapixels.png"
log "done"
