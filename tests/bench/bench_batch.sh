#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The batch engine (what the GUI's batch panel runs) against framefit-cli convert on the same 200
# generated 3000x2000 JPEG photos, same settings (1280x720 cover JPEG q95), all cores, median of
# RUNS runs each. Needs ImageMagick for the photos (bench only, not a project dependency).
# Usage: tests/bench/bench_batch.sh [build-dir] [runs]
set -eu
build=${1:-build}
runs=${2:-5}
cli="$build/bin/framefit-cli"
engine="$build/bin/bench_batch"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"

# 10 different plasma photos, each copied 20 times: every file is decoded and encoded on its own,
# and the generation stays quick.
for i in 0 1 2 3 4 5 6 7 8 9; do
    convert -seed $((i + 1)) -size 3000x2000 plasma:fractal -blur 0x1 -quality 92 "$work/src$i.jpg"
done
n=0
while [ $n -lt 200 ]; do
    cp "$work/src$((n % 10)).jpg" "$work/in/$(printf 'photo%03d.jpg' $n)"
    n=$((n + 1))
done

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

: >"$work/cli.txt"
: >"$work/gui.txt"
r=0
while [ $r -lt "$runs" ]; do
    # Alternate so neither side always runs on a warmer cache.
    rm -rf "$work/out-cli" "$work/out-gui"
    t0=$(now_ms)
    "$cli" convert -o "$work/out-cli" "$work/in" >/dev/null
    t1=$(now_ms)
    "$engine" "$work/out-gui" "$work"/in/*.jpg >/dev/null
    t2=$(now_ms)
    echo $((t1 - t0)) >>"$work/cli.txt"
    echo $((t2 - t1)) >>"$work/gui.txt"
    r=$((r + 1))
done
# The same bytes, file for file.
diff -r "$work/out-cli" "$work/out-gui" >/dev/null && same=yes || same=NO

cli_ms=$(median <"$work/cli.txt")
gui_ms=$(median <"$work/gui.txt")
echo "framefit-cli convert: $(tr '\n' ' ' <"$work/cli.txt")-> median $cli_ms ms"
echo "batch engine:         $(tr '\n' ' ' <"$work/gui.txt")-> median $gui_ms ms"
awk -v c="$cli_ms" -v g="$gui_ms" 'BEGIN {printf "batch / cli: %.3f (%+.1f%%)\n", g / c, (g / c - 1) * 100}'
echo "outputs byte-identical: $same"
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), nproc $(nproc); $(date -u +%Y-%m-%d)"
