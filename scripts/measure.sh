#!/usr/bin/env bash
# Whole-process timings of rijp at national scale (342 municipalities × 30 respondents), each
# row with its goal and, where there is one, the ratio to its baseline measured in the same
# run: pandas scoring the same answers from the one CSV (scripts/scores_pandas.py; needs
# `pip install pandas pyyaml`) for the scores, matplotlib drawing the same chart set
# (scripts/charts_matplotlib.py; needs `pip install matplotlib`) for the charts. Without
# them, those ratios stay empty. Elapsed time from the shell's clock, peak memory from
# `/usr/bin/time -v`; "later" rows are the median of five runs.
#
#   scripts/measure.sh            # builds the release binary first
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
scripts/generate-national.sh "$work" >/dev/null
rijp=target/release/rijp

# Runs a command; prints "SECONDS PEAK_MB".
run() {
    local start end
    start=$EPOCHREALTIME
    /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt"
    end=$EPOCHREALTIME
    local rss
    rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
    echo "$(echo "$end - $start" | bc -l) $((rss / 1024))"
}

# Runs a command five times; prints the median "SECONDS PEAK_MB".
median5() {
    for _ in 1 2 3 4 5; do run "$@"; done | sort -n | sed -n 3p
}

row() { # label, goal, "SECONDS MB", baseline seconds (or empty)
    local label="$1" goal="$2" seconds mb ratio=""
    read -r seconds mb <<<"$3"
    if [[ -n "${4:-}" ]]; then
        ratio=$(printf '%.1f× faster than the baseline' "$(echo "$4 / $seconds" | bc -l)")
    fi
    printf '%-58s %8.3f s %6d MB  %-9s %s\n' "$label" "$seconds" "$mb" "$goal" "$ratio"
}

pandas=""
if python3 -c 'import pandas, yaml' 2>/dev/null; then
    python3 scripts/scores_pandas.py "$work/national.csv" >/dev/null # warm the disk cache
    read -r pandas pandas_mb <<<"$(median5 python3 scripts/scores_pandas.py "$work/national.csv")"
    printf '%-58s %8.3f s %6d MB\n' "baseline: pandas scores the same answers from the CSV" "$pandas" "$pandas_mb"
else
    echo "baseline: pandas not installed (pip install pandas pyyaml); no ratios"
fi
printf '%-58s %10s %9s  %-9s %s\n' "" "elapsed" "peak" "goal" "vs baseline"

sync
# `rijp generate` writes through the store's batch save, which tells the cache every file.
row "rijp scores --format json, first run after rijp generate" "≤ 0.3 s" \
    "$(run "$rijp" scores --format json --workspace "$work/national")" "$pandas"
import_new=$(run "$rijp" import "$work/national.csv" --workspace "$work/imported")
sync
row "rijp scores --format json, first run after an import" "≤ 0.3 s" \
    "$(run "$rijp" scores --format json --workspace "$work/imported")" "$pandas"
row "rijp scores --format json, later runs" "≤ 0.1 s" \
    "$(median5 "$rijp" scores --format json --workspace "$work/imported")" "$pandas"

rm -rf "$work/national/.cache"
sync
row "rijp scores --format json, no cache (parses every file)" "" \
    "$(run "$rijp" scores --format json --workspace "$work/national")" "$pandas"
"$rijp" scores --workspace "$work/national" >/dev/null
import_cached=$(run "$rijp" import "$work/national.csv" --workspace "$work/national")
row "rijp scores --format json, first run after re-importing" "≤ 0.3 s" \
    "$(run "$rijp" scores --format json --workspace "$work/national")" "$pandas"

row "rijp import, national CSV (970 000 rows), new workspace" "≤ 3 s" "$import_new"
row "rijp import, the same CSV again, cached workspace" "" "$import_cached"

"$rijp" demo --workspace "$work/demo" >/dev/null
"$rijp" export --workspace "$work/demo" --out "$work/charts-warm" >/dev/null
matplotlib=""
if python3 -c 'import matplotlib' 2>/dev/null; then
    "$rijp" scores --format json --workspace "$work/demo" >"$work/demo-scores.json"
    python3 scripts/charts_matplotlib.py "$work/demo-scores.json" "$work/mpl-warm"
    read -r matplotlib matplotlib_mb <<<"$(median5 python3 scripts/charts_matplotlib.py \
        "$work/demo-scores.json" "$work/mpl")"
    printf '%-58s %8.3f s %6d MB\n' "baseline: matplotlib draws the same chart set" \
        "$matplotlib" "$matplotlib_mb"
else
    echo "baseline: matplotlib not installed (pip install matplotlib); no ratio for charts"
fi
row "rijp export, full demo chart set (PNG + SVG)" "≤ 0.08 s" \
    "$(median5 "$rijp" export --workspace "$work/demo" --out "$work/charts")" "$matplotlib"
