#!/usr/bin/env bash
# Configures and builds FrameFit into build/ (or $FRAMEFIT_BUILD_DIR).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FRAMEFIT_BUILD_DIR:-$ROOT/build}"
"$ROOT/scripts/deps.sh"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFRAMEFIT_WERROR=ON "$@" >/dev/null
cmake --build "$BUILD"
