#!/usr/bin/env bash
# Elapsed time and peak memory of rijp at national scale, measured with `/usr/bin/time -v`:
# `rijp scores` on the first load (every file parsed) and on later loads (parsed files
# cached), and importing the national CSV into a new workspace.
#
#   scripts/measure.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
scripts/generate-national.sh "$work" >/dev/null
rijp=target/release/rijp

measure() {
    local label="$1"
    shift
    /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt"
    local elapsed rss
    elapsed=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
    printf '%-44s %10s  %6d MB\n' "$label" "$elapsed" "$((rss / 1024))"
}

printf '%-44s %10s  %9s\n' "" "elapsed" "peak RSS"
rm -rf "$work/national/.cache"
# The generator's writes reach the disk first, so they are not counted against the load.
sync
measure "rijp scores, first load (10 548 files)" "$rijp" scores --workspace "$work/national"
for run in 1 2 3; do
    measure "rijp scores, later load ($run)" "$rijp" scores --workspace "$work/national"
done
measure "rijp import, national CSV, new workspace" "$rijp" import "$work/national.csv" --workspace "$work/imported"
