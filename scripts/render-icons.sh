#!/usr/bin/env bash
# Renders packaging/icons/framefit.svg into the PNG sizes the desktop uses. Run it after changing
# the SVG and commit the PNGs: the build itself never needs an SVG renderer.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
ICONS="$(cd "$(dirname "${BASH_SOURCE[0]}")/../packaging/icons" && pwd)"
for size in 16 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" "$ICONS/framefit.svg" -o "$ICONS/framefit-$size.png"
done
