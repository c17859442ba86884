#!/usr/bin/env bash
# Takes the README's screenshots: the real window under Xvfb on a real photo, with a landscape
# and a portrait target. Needs xvfb and imagemagick (not test dependencies: installed here).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FRAMEFIT_BUILD_DIR:-$ROOT/build}"
PHOTO="${1:-/usr/share/wallpapers/ColorfulCups/contents/images/2560x1600.jpg}"
"$ROOT/scripts/deps.sh" xvfb xauth imagemagick plasma-workspace-wallpapers
shot() { # target, output
  local config; config=$(mktemp -d)
  mkdir -p "$config/FrameFit"
  printf '[picture]\ntarget=%s\n' "$1" > "$config/FrameFit/FrameFit.conf"
  XDG_CONFIG_HOME="$config" xvfb-run -a -s '-screen 0 1300x880x24' bash -c \
    "'$BUILD/bin/framefit' '$PHOTO' & sleep 5; import -window root '$2'; kill %1" >/dev/null 2>&1 || true
  rm -rf "$config"
  echo "wrote $2"
}
shot 1280x720 "$ROOT/docs/screenshot-landscape.png"
shot 720x1280 "$ROOT/docs/screenshot-portrait.png"
