#!/usr/bin/env bash
# Builds the FrameFit packages into build/packages/ (or $FRAMEFIT_BUILD_DIR/packages/):
#   framefit_<version>-1_<arch>.deb      install with: sudo apt install ./framefit_*.deb
#   framefit-<version>-linux-<arch>.tar.gz
# Arguments go to cpack (for example -G DEB for the .deb alone).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FRAMEFIT_BUILD_DIR:-$ROOT/build}"
"$ROOT/scripts/build.sh"
cpack --config "$BUILD/CPackConfig.cmake" -B "$BUILD/packages" "$@"
rm -rf "$BUILD/packages/_CPack_Packages"
ls -l "$BUILD"/packages/*.deb "$BUILD"/packages/*.tar.gz
