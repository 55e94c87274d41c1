#!/usr/bin/env bash
# The bootstrap loop (issue 16): does a model learnt from the lexicon's sure
# labels alone label more articles than the lexicon, at the same precision?
#
# Corpus: pseudo-articles of PER_ARTICLE THUCNews headlines of one class
# (headline_articles.py; the classes map to baokan subjects, games to none).
# `baokan train --bootstrap` runs on the articles made from dev.txt, without
# their classes; the lexicon and the bootstrapped model then label the
# articles made from test.txt, and coverage_at_precision.py compares them at
# the lexicon's precision.
#
# usage: bench/classify/bootstrap_loop.sh [BAOKAN_BIN]
#   env: DATA (default ../shared/data/thucnews-titles beside the repository),
#        PER_ARTICLE (headlines per article, default 4), LEXICON_MIN_PROB (0.6)
# The data is read in place and never copied into the repository.
set -euo pipefail

name=bootstrap_loop.sh
needs_fasttext=0
source "$(dirname "$0")/setup.sh"
per=${PER_ARTICLE:-4}
min_prob=${LEXICON_MIN_PROB:-0.6}
python3 "$here/headline_articles.py" "$data/dev.txt" "$per" > "$tmp/train.jsonl"
python3 "$here/headline_articles.py" "$data/test.txt" "$per" > "$tmp/test.jsonl"

echo "baokan train --bootstrap on $(wc -l < "$tmp/train.jsonl") unlabelled articles" \
     "($per headlines each, from dev.txt):"
/usr/bin/time -f "%e s wall, %U s user" "$baokan" train --bootstrap "$tmp/train.jsonl" \
  -o "$tmp/boot" --threads 1 --lexicon-min-prob "$min_prob" 2>&1 | sed 's/^/  /'
echo
"$baokan" predict --lexicon "$tmp/test.jsonl" --k 1 --quiet -o "$tmp/lexicon.jsonl"
"$baokan" predict "$tmp/boot" "$tmp/test.jsonl" --k 1 --quiet -o "$tmp/model.jsonl"
python3 "$here/coverage_at_precision.py" "$tmp/lexicon.jsonl" "$tmp/model.jsonl" "$min_prob"
