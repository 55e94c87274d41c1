#!/usr/bin/env bash
# The first command: install what is missing, build, and run the main job on
# corpus/ (the seed pages), printing a summary. Output goes to out/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target baokan_cli

mkdir -p out
build/baokan split corpus/seeds -o out/articles.jsonl --noise out/noise.jsonl
echo "articles: out/articles.jsonl   noise: out/noise.jsonl"
