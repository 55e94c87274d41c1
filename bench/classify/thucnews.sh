#!/usr/bin/env bash
# Subject classification on THUCNews headlines (10 classes): trains on dev.txt,
# tests on test.txt, side by side:
#   1. the fastText command line on raw text (its defaults, then baokan's options)
#   2. the fastText command line on baokan's tokens (its defaults, then the very
#      options `baokan train` used, read back from MODEL.json)
#   3. `baokan train` with its defaults
# and prints accuracy and training time of each, then the speed of
# `baokan predict` (tokenize + classify) on headlines and on article-length text.
#
# usage: bench/classify/thucnews.sh [BAOKAN_BIN]
#   env: DATA (default ../shared/data/thucnews-titles beside the repository),
#        THREADS (default 1), FASTTEXT (default fasttext)
# The data is read in place and never copied into the repository.
set -euo pipefail

name=thucnews.sh
source "$(dirname "$0")/setup.sh"
threads=${THREADS:-1}

# title<TAB>label_id -> fastText lines (raw text) and JSONL.
to_fasttext() { awk -F'\t' '{print "__label__" $2 " " $1}' "$1"; }
to_fasttext "$data/dev.txt" > "$tmp/dev.raw"
to_fasttext "$data/test.txt" > "$tmp/test.raw"
to_jsonl "$data/dev.txt" > "$tmp/dev.jsonl"
to_jsonl "$data/test.txt" > "$tmp/test.jsonl"

# seconds (wall) and CPU seconds (user + sys) of a command, as "wall cpu".
timed() {
  /usr/bin/time -f "%e %U %S" -o "$tmp/time" "$@" > /dev/null
  awk '{printf "%.2f %.2f", $1, $2 + $3}' "$tmp/time"
}
accuracy() { "$fasttext" test "$1" "$2" | awk '/^P@1/ {print $2}'; }

printf '%-44s %9s %8s %8s\n' run accuracy wall_s cpu_s
row() { printf '%-44s %9s %8s %8s\n' "$1" "$2" $3; }

# 3 first: its options are the ones the "same options" runs use.
t=$(timed "$baokan" train "$tmp/dev.jsonl" -o "$tmp/baokan" --threads "$threads" --quiet)
b_acc=$("$baokan" eval "$tmp/baokan.bin" "$tmp/test.jsonl" --json "$tmp/eval.json" --quiet \
          > /dev/null && python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["accuracy"])' "$tmp/eval.json")
read -r -a opts < <(python3 -c 'import json,sys
o = json.load(open(sys.argv[1]))["options"]
print("-epoch", o["epoch"], "-lr", o["lr"], "-dim", o["dim"], "-wordNgrams", o["word_ngrams"],
      "-minCount", o["min_count"], "-minn", o["minn"], "-maxn", o["maxn"], "-loss", o["loss"],
      "-bucket", o["bucket"], "-seed", o["seed"])' "$tmp/baokan.json")

"$baokan" tokenize --labelled "$tmp/dev.jsonl" -o "$tmp/dev.tok" --quiet
"$baokan" tokenize --labelled "$tmp/test.jsonl" -o "$tmp/test.tok" --quiet

ft() {  # name input test [options...]
  local name=$1 input=$2 test=$3; shift 3
  local tt
  tt=$(timed "$fasttext" supervised -input "$input" -output "$tmp/$name" -thread "$threads" \
         -verbose 0 "$@")
  row "$name" "$(accuracy "$tmp/$name.bin" "$test")" "$tt"
}
ft "fasttext raw, fasttext defaults" "$tmp/dev.raw" "$tmp/test.raw"
ft "fasttext raw, baokan options" "$tmp/dev.raw" "$tmp/test.raw" "${opts[@]}"
ft "fasttext baokan tokens, fasttext defaults" "$tmp/dev.tok" "$tmp/test.tok"
ft "fasttext baokan tokens, baokan options" "$tmp/dev.tok" "$tmp/test.tok" "${opts[@]}"
row "baokan train (defaults)" "$b_acc" "$t"
echo "  baokan options: ${opts[*]}"
echo "  (baokan train's time includes reading JSONL and tokenizing; the fastText command line's"
echo "   includes writing NAME.vec, every word vector as text, which baokan does not; cpu = user + sys)"

# Predict speed: headlines, and pseudo-articles of 20 headlines (~450 characters),
# 50,000 and 10,000 records so that start-up (loading the model) weighs little.
make_speed_inputs "$tmp/test.jsonl"
speed() {  # name file [predict options...]
  local name=$1 file=$2; shift 2
  local n tt
  n=$(wc -l < "$file")
  tt=$(timed "$baokan" predict "$@" "$file" --threads 1 --quiet -o "$tmp/out.jsonl")
  awk -v n="$n" -v t="$tt" -v name="$name" 'BEGIN {split(t, a, " ");
      printf "%-44s %8d records %7.2f s  %9.0f records/s per core\n", name, n, a[2], n / a[2]}'
}
echo
speed "predict model, headlines" "$tmp/heads.jsonl" "$tmp/baokan.bin"
speed "predict model, ~450-char articles" "$tmp/articles.jsonl" "$tmp/baokan.bin"
speed "predict --lexicon, ~450-char articles" "$tmp/articles.jsonl" --lexicon
