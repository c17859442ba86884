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

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# Wall time and CPU time (user + sys): on a shared machine the CPU time is the steadier figure.
timed() { # <wall-file> <cpu-file> <command>...
    wall=$1 cpu=$2
    shift 2
    /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null
    awk '{print $1 * 1000}' "$work/t" >>"$wall"
    awk '{print ($2 + $3) * 1000}' "$work/t" >>"$cpu"
}

r=0
while [ $r -lt "$runs" ]; do
    rm -rf "$work/out-cli" "$work/out-gui"
    # Alternate the order so neither side always runs on a warmer cache or a quieter machine.
    if [ $((r % 2)) -eq 0 ]; then
        timed "$work/cli.wall" "$work/cli.cpu" "$cli" convert -o "$work/out-cli" "$work/in"
        timed "$work/gui.wall" "$work/gui.cpu" "$engine" "$work/out-gui" "$work"/in/*.jpg
    else
        timed "$work/gui.wall" "$work/gui.cpu" "$engine" "$work/out-gui" "$work"/in/*.jpg
        timed "$work/cli.wall" "$work/cli.cpu" "$cli" convert -o "$work/out-cli" "$work/in"
    fi
    r=$((r + 1))
done
# The same bytes, file for file.
diff -r "$work/out-cli" "$work/out-gui" >/dev/null && same=yes || same=NO

for kind in wall cpu; do
    c=$(median <"$work/cli.$kind")
    g=$(median <"$work/gui.$kind")
    echo "$kind ms, framefit-cli convert: $(tr '\n' ' ' <"$work/cli.$kind")-> median $c"
    echo "$kind ms, batch engine:         $(tr '\n' ' ' <"$work/gui.$kind")-> median $g"
    awk -v c="$c" -v g="$g" -v k="$kind" 'BEGIN {printf "%s: batch / cli = %.3f (%+.1f%%)\n", k, g / c, (g / c - 1) * 100}'
done
echo "outputs byte-identical: $same"
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), nproc $(nproc); $(date -u +%Y-%m-%d)"
