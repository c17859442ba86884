#!/usr/bin/env bash
# Installs the Debian 12 packages FrameFit needs to build, run and test, when any is missing.
# Sourced or run by scripts/run-app and scripts/run-tests; safe to run again.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# With arguments: those packages; without: the project's list.
if (($#)); then
  wanted=("$@")
else
  mapfile -t wanted < <(grep -v '^\s*#' "$HERE/debian-packages.txt" | tr -s ' \t' '\n' | grep -v '^$')
fi
missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "FrameFit: installing Debian packages: ${missing[*]}" >&2
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO=sudo
  for try in 1 2 3; do   # another apt run may hold the lock: wait and retry
    if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
         --no-install-recommends "${missing[@]}" >&2; then exit 0; fi
    echo "apt-get failed (try $try), retrying in 15 s" >&2; sleep 15
  done
  exit 1
fi
