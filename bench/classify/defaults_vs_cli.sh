#!/usr/bin/env bash
# `baokan train` with its defaults against the fastText command line with its
# best settings, on the THUCNews headlines in three directions, in one run:
#   dev->test      train on dev.txt (lines in random order), test on test.txt;
#   test->dev      train on test.txt shuffled (fixed seed), test on dev.txt;
#   sorted->dev    train on test.txt as published (1,000 lines of one class,
#                  then the next ...), test on dev.txt.
# For each: the CLI on baokan's tokens over the grid beat_cli.sh uses, its
# most accurate setting is "CLI best" and its CPU time the budget; then
# `baokan train` with its defaults (a character model, a words member and a
# naive Bayes member) and with `--ensemble words` (the two fastText models
# only). Scored by score_predictions.py against CLI best: paired accuracy
# difference, bootstrap 95 % interval, McNemar. Then prediction speed of
# both on one core, and of the CLI best on the same records (its tokens
# given ready-made, so the figure leaves out tokenizing).
#
# usage: bench/classify/defaults_vs_cli.sh [BAOKAN_BIN]
#   env: DATA (default ../shared/data/thucnews-titles beside the repository),
#        FASTTEXT (default fasttext),
#        SEEDS (default none): further seeds, e.g. "1 2"; for each, the CLI
#        best setting with -seed N and the defaults with --seed N are scored
#        too, against the same CLI best (seed 0)
# The data is read in place and never copied into the repository.
set -euo pipefail

name=defaults_vs_cli.sh
source "$(dirname "$0")/setup.sh"

# title<TAB>label -> JSONL; "shuffle" puts the lines in a fixed random order.
to_jsonl() {
  python3 -c 'import json, random, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
if sys.argv[2] == "shuffle":
    random.Random(7).shuffle(rows)
for t, l in rows:
    print(json.dumps({"text": t, "label": l}, ensure_ascii=False))' "$1" "$2"
}
to_jsonl "$data/dev.txt" keep > dev.jsonl
to_jsonl "$data/test.txt" keep > test.jsonl
to_jsonl "$data/test.txt" shuffle > test_shuffled.jsonl
for s in dev test test_shuffled; do
  "$baokan" tokenize --labelled $s.jsonl -o $s.chars --quiet
done

# baokan predict --k 20 output -> fastText predict-prob lines
to_prob() {
  python3 -c 'import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    s = json.loads(line).get("subject") or {"labels": []}
    print(" ".join("__label__%s %.6f" % (l["label"], l["prob"]) for l in s["labels"]))' "$1"
}

run() {  # name train test
  local name=$1 train=$2 test=$3 best="" best_acc=0 budget=0
  declare -A secs grids
  for grid in "e10:-epoch 10 -lr 0.5 -dim 64" "e25:-epoch 25 -lr 0.5 -dim 64" \
              "w2_e10:-epoch 10 -lr 1.0 -dim 64 -wordNgrams 2 -bucket 2000000" \
              "w2_e15:-epoch 15 -lr 1.0 -dim 64 -wordNgrams 2 -bucket 2000000"; do
    local g=${grid%%:*}
    grids[$g]=${grid#*:}
    read -r -a opts <<< "${grid#*:}"
    secs[$g]=$(cpu "$fasttext" supervised -input $train.chars -output cli_$g -thread 1 -verbose 0 "${opts[@]}")
    "$fasttext" predict-prob cli_$g.bin $test.chars 20 > cli_$g.prob
    local acc
    acc=$(python3 "$here/score_predictions.py" $test.chars cli_$g.prob | awk 'NR == 2 {print $2}')
    if awk -v a="$acc" -v b="$best_acc" 'BEGIN {exit !(a > b)}'; then best=$g; best_acc=$acc; fi
  done
  budget=${secs[$best]}
  local t_def t_two
  t_def=$(cpu "$baokan" train $train.jsonl -o defaults_$name --threads 1 --quiet)
  t_two=$(cpu "$baokan" train $train.jsonl -o words_$name --threads 1 --quiet --ensemble words)
  [[ $name == dev_to_test ]] && cp cli_$best.bin cli_best_dev_to_test.bin
  local more=()
  for seed in ${SEEDS:-}; do
    read -r -a opts <<< "${grids[$best]}"
    "$fasttext" supervised -input $train.chars -output cli_seed$seed -thread 1 -verbose 0 \
      -seed "$seed" "${opts[@]}"
    "$fasttext" predict-prob cli_seed$seed.bin $test.chars 20 > cli_seed$seed.prob
    "$baokan" train $train.jsonl -o seed${seed}_$name --threads 1 --quiet --seed "$seed"
    more+=("cli_best_seed$seed=cli_seed$seed.prob" "baokan_defaults_seed$seed=seed$seed.prob")
  done
  for m in defaults words ${SEEDS:+$(printf 'seed%s ' $SEEDS)}; do
    "$baokan" predict ${m}_$name.bin $test.jsonl --k 20 --threads 1 --quiet -o $m.jsonl
    to_prob $m.jsonl > $m.prob
  done
  echo "== $name: train on $train, test on $test; CLI best: $best ($budget CPU s, one thread)"
  python3 "$here/score_predictions.py" $test.chars cli_$best.prob \
    "baokan_defaults=defaults.prob" "baokan_ensemble_words=words.prob" ${more[@]+"${more[@]}"}
  awk -v d="$t_def" -v w="$t_two" -v b="$budget" 'BEGIN {
    printf "training CPU s: defaults %.2f (%.2fx CLI best), --ensemble words %.2f (%.2fx)\n\n",
           d, d / b, w, w / b}'
}
run dev_to_test dev test
run test_to_dev test_shuffled dev
run sorted_to_dev test dev

# Prediction speed, one core: headlines, and pseudo-articles
# of 20 headlines (~450 characters), as beat_cli.sh measures it.
make_speed_inputs test.jsonl
for f in heads.jsonl articles.jsonl; do
  n=$(wc -l < $f)
  python3 -c 'import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    text = "\n".join(r[k] for k in ("title", "text") if r.get(k))
    print(json.dumps({"text": text}, ensure_ascii=False))' $f > joined.jsonl
  "$baokan" tokenize --field text joined.jsonl -o ${f%.jsonl}.tok --quiet
  for m in defaults words cli; do
    if [[ $m == cli ]]; then
      t=$(cpu "$fasttext" predict-prob cli_best_dev_to_test.bin ${f%.jsonl}.tok 1)
    else
      t=$(cpu "$baokan" predict ${m}_dev_to_test.bin $f --threads 1 --quiet -o out.jsonl)
    fi
    awk -v n="$n" -v t="$t" -v f="$f" -v m="$m" 'BEGIN {
      printf "predict (%-8s) %-15s %6d records %6.2f CPU s %8.0f records/s per core\n",
             m, f, n, t, n / t}'
  done
done
