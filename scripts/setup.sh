#!/usr/bin/env bash
# The first command: install what is missing, build, and run the main job on
# corpus/ (the seed pages): split -> dedup -> label, with its ledger printed.
# Results go to out/ (articles.jsonl, clusters.tsv, noise.jsonl, report.html).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target baokan_cli

build/baokan run corpus/seeds -o out
echo "open out/report.html for the report; out/articles.jsonl holds the articles"
