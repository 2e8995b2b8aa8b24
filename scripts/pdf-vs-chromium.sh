#!/usr/bin/env bash
# Whole-process timings of the two print routes for the demo report, in one run: rijp writing
# the PDF itself, against rijp writing its HTML report and headless Chromium printing it (what
# a user did before). Median of five runs each, and the ratio. Needs Chromium for the second
# route (`apt-get install chromium`); without it, only the first row is printed.
#
#   scripts/pdf-vs-chromium.sh [WORKSPACE]   # the demo when no workspace is given
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
rijp=target/release/rijp
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
workspace=${1:-}
if [ -z "$workspace" ]; then
    workspace="$work/demo"
    "$rijp" demo --workspace "$workspace" >/dev/null
fi

median5() {
    local times=()
    for _ in 1 2 3 4 5; do
        local start=$EPOCHREALTIME
        "$@" >/dev/null 2>&1
        times+=("$(echo "$EPOCHREALTIME - $start" | bc -l)")
    done
    printf '%s\n' "${times[@]}" | sort -g | sed -n 3p
}

pdf_route() { "$rijp" report --workspace "$workspace" --out "$work/report.pdf"; }
chromium_route() {
    "$rijp" report --workspace "$workspace" --out "$work/report.html" &&
        chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
            --disable-component-update --disable-sync --no-first-run --no-pdf-header-footer \
            --user-data-dir="$work/profile" --print-to-pdf="$work/report.html.pdf" "$work/report.html"
}

pdf=$(median5 pdf_route)
printf 'rijp report --out .pdf               %6.2f s\n' "$pdf"
if command -v chromium >/dev/null; then
    html=$(median5 chromium_route)
    printf 'rijp report --out .html + Chromium   %6.2f s\n' "$html"
    printf 'ratio (Chromium route / PDF route)   %6.1f×\n' "$(echo "$html / $pdf" | bc -l)"
fi
