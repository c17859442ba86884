#!/usr/bin/env bash
# rss_flat.sh CORPUS -- framefit-cli's peak RSS (GNU time maxrss) converting the corpus once and
# three times over (symlinks under other names, given as file arguments: folder inputs skip
# symlinks) with 2 workers: one process holds one
# picture per worker, so memory must not grow with the number of files.
# Prints: files  peak_rss_mb  wall_s
set -euo pipefail
CORPUS=$(cd "$1" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/in1" "$TMP/in3"
for f in "$CORPUS"/*.jpg "$CORPUS"/*.png "$CORPUS"/*.webp; do
  b=$(basename "$f")
  ln -s "$f" "$TMP/in1/$b"
  for k in 1 2 3; do ln -s "$f" "$TMP/in3/c${k}_$b"; done
done
printf 'files\tpeak_rss_mb\twall_s\n'
for set in in1 in3; do
  rm -rf "$TMP/out"
  /usr/bin/time -f '%M %e' -o "$TMP/time" framefit-cli convert -s 1280x720 -m cover -q 95 -j 2 \
    --overwrite -o "$TMP/out" "$TMP/$set"/* >/dev/null
  printf '%s\t%s\t%s\n' "$(ls "$TMP/$set" | wc -l)" \
    "$(awk '{printf "%.0f", $1 / 1024}' "$TMP/time")" "$(awk '{print $2}' "$TMP/time")"
done
