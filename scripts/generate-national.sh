#!/usr/bin/env bash
# Writes the national-scale test data: a workspace of 342 municipalities with about 10 000
# assessments over two rounds, and the same answers as one long-format CSV for `rijp import`.
# Deterministic: the same seed gives the same files.
#
#   scripts/generate-national.sh OUT_DIR [SEED]
set -euo pipefail
out="${1:?usage: scripts/generate-national.sh OUT_DIR [SEED]}"
seed="${2:-1}"
cd "$(dirname "$0")/.."
cargo build --release --quiet
mkdir -p "$out"
target/release/rijp generate --workspace "$out/national" --municipalities 342 --respondents 30 --seed "$seed"
target/release/rijp generate --csv "$out/national.csv" --municipalities 342 --respondents 30 --seed "$seed"
