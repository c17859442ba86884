#!/usr/bin/env bash
# per_image.sh HARNESS PEER... -- CPU seconds per corpus image for each PEER, cover mode, one
# worker pinned to one CPU: each image converted alone by the harness's own "pass" command, the
# median of $PER_IMAGE_RUNS (default 3), minus the same tool's start-up cost (the median of a
# pass over a 16x16 JPEG), so the figure is the work the image itself costs.
# Prints: peer  file  megapixels  format  cpu_s
set -euo pipefail
HARNESS=$1; shift
RUNS=${PER_IMAGE_RUNS:-3}
MANIFEST="$HARNESS/corpus/MANIFEST.txt"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
/usr/bin/python3 -c 'import sys; from PIL import Image; Image.new("RGB", (16, 16), (90, 120, 60)).save(sys.argv[1], quality=95)' "$TMP/tiny.jpg"

cpu_of() {  # PEER FILE -> median user+sys seconds of one pass over FILE
  local peer=$1 file=$2 r t=() tf="$TMP/time"
  for ((r = 0; r < RUNS; r++)); do
    rm -rf "$TMP/out"
    OUT_DIR="$TMP/out" /usr/bin/time -f '%U %S' -o "$tf" taskset -c "${PIN_CPU:-1}" \
      "$HARNESS/run_peers.sh" pass "$peer" cover 1 "$file" >/dev/null 2>&1 || true
    t+=("$(tail -1 "$tf" | awk '{print $1 + $2}')")
  done
  printf '%s\n' "${t[@]}" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'
}

printf 'peer\tfile\tmegapixels\tformat\tcpu_s\n'
for peer in "$@"; do
  base=$(cpu_of "$peer" "$TMP/tiny.jpg")
  grep -v '^#' "$MANIFEST" | while IFS=$'\t' read -r file _ format _ mp _; do
    c=$(cpu_of "$peer" "$HARNESS/corpus/$file")
    printf '%s\t%s\t%s\t%s\t%s\n' "$peer" "$file" "$mp" "$format" \
      "$(awk -v c="$c" -v b="$base" 'BEGIN{d = c - b; printf "%.3f", d < 0 ? 0 : d}')"
  done
done
