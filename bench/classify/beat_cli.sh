#!/usr/bin/env bash
# Can baokan beat the fastText command line at the same training budget?
# THUCNews headlines (10 classes): train on dev.txt, test on test.txt, one
# thread, in one run:
#   1. the fastText CLI on baokan's default tokens (character uni+bigrams) over
#      a grid of its settings; the most accurate is "CLI best", its CPU time the
#      budget (candidates may use up to 1.3 times it);
#   2. candidates (issue 16): baokan train's defaults; ICU words with word
#      bigrams; one bag of words + character n-grams; vectors pretrained
#      (skipgram) on the unlabelled training text; an ensemble of a
#      character-token model and a word-token model averaged at predict time;
#   3. each against CLI best on the same examples: accuracy, macro-F1, the
#      paired difference with its bootstrap 95 % interval and McNemar's test
#      (score_predictions.py), and `baokan eval` on the single-model candidate
#      trained by baokan itself.
#
# usage: bench/classify/beat_cli.sh [BAOKAN_BIN]
#   env: DATA (default ../shared/data/thucnews-titles beside the repository),
#        FASTTEXT (default fasttext)
# The data is read in place and never copied into the repository.
set -euo pipefail

name=beat_cli.sh
source "$(dirname "$0")/setup.sh"

for s in dev test; do
  to_jsonl "$data/$s.txt" > $s.jsonl
  "$baokan" tokenize --labelled $s.jsonl -o $s.chars --quiet
  "$baokan" tokenize --labelled --scheme words $s.jsonl -o $s.words --quiet
  # One bag: the character n-grams, then the ICU words, of each headline.
  paste -d' ' $s.chars <(cut -d' ' -f2- $s.words) > $s.mixed
done
sed 's/__label__[^ ]* //' dev.chars > dev.chars.text  # unlabelled, for skipgram

declare -A secs
ft() {  # name tokens [options...]: trains with the CLI, writes name.prob
  local name=$1 tok=$2; shift 2
  secs[$name]=$(cpu "$fasttext" supervised -input dev.$tok -output $name -thread 1 -verbose 0 "$@")
  "$fasttext" predict-prob $name.bin test.$tok 20 > $name.prob
}
accuracy() {
  python3 "$here/score_predictions.py" test.chars "$1.prob" | awk 'NR == 2 {print $2}'
}

# 1. The CLI on baokan's tokens: baokan's options, then more epochs / word bigrams.
ft cli_e10 chars -epoch 10 -lr 0.5 -dim 64
ft cli_e25 chars -epoch 25 -lr 0.5 -dim 64
ft cli_w2_e10 chars -epoch 10 -lr 1.0 -dim 64 -wordNgrams 2 -bucket 2000000
ft cli_w2_e15 chars -epoch 15 -lr 1.0 -dim 64 -wordNgrams 2 -bucket 2000000
best=cli_e10
for n in cli_e25 cli_w2_e10 cli_w2_e15; do
  if awk -v a="$(accuracy $n)" -v b="$(accuracy $best)" 'BEGIN {exit !(a > b)}'; then best=$n; fi
done
budget=${secs[$best]}

# 2. Candidates, trained with the CLI on the tokens baokan would give it.
ft words_w2 words -epoch 15 -lr 1.0 -dim 64 -wordNgrams 2 -bucket 1000000
ft words_w2_d32 words -epoch 15 -lr 1.0 -dim 32 -wordNgrams 2 -bucket 1000000
ft mixed_e10 mixed -epoch 10 -lr 0.5 -dim 64
ft mixed_w2 mixed -epoch 15 -lr 1.0 -dim 64 -wordNgrams 2 -bucket 2000000
ft chars_w2_b1m chars -epoch 10 -lr 1.0 -dim 64 -wordNgrams 2 -bucket 1000000
sg=$(cpu "$fasttext" skipgram -input dev.chars.text -output vectors -dim 64 -epoch 5 \
       -minCount 1 -minn 0 -maxn 0 -thread 1 -verbose 0)
ft pretrained chars -epoch 10 -lr 0.5 -dim 64 -pretrainedVectors vectors.vec
secs[pretrained]=$(awk -v a="${secs[pretrained]}" -v b="$sg" 'BEGIN {printf "%.2f", a + b}')
secs[ens_chars_words]=$(awk -v a="${secs[cli_e10]}" -v b="${secs[words_w2_d32]}" \
                          'BEGIN {printf "%.2f", a + b}')
secs[ens_charsw2_words]=$(awk -v a="${secs[chars_w2_b1m]}" -v b="${secs[words_w2_d32]}" \
                            'BEGIN {printf "%.2f", a + b}')

echo "CLI best on baokan's tokens: $best (${budget} CPU s, one thread) = baseline below"
echo
python3 "$here/score_predictions.py" test.chars $best.prob \
  cli_e10=cli_e10.prob cli_e25=cli_e25.prob cli_w2_e10=cli_w2_e10.prob \
  cli_w2_e15=cli_w2_e15.prob words_w2=words_w2.prob words_w2_d32=words_w2_d32.prob \
  mixed_e10=mixed_e10.prob mixed_w2=mixed_w2.prob chars_w2_b1m=chars_w2_b1m.prob \
  pretrained=pretrained.prob ens_chars_words=cli_e10.prob+words_w2_d32.prob \
  ens_charsw2_words=chars_w2_b1m.prob+words_w2_d32.prob | tee scores.txt
echo
echo "training CPU seconds (ensembles: both models; pretrained: skipgram + supervised),"
echo "and as a share of CLI best's:"
for n in cli_e10 cli_e25 cli_w2_e10 cli_w2_e15 words_w2 words_w2_d32 mixed_e10 mixed_w2 \
         chars_w2_b1m pretrained ens_chars_words ens_charsw2_words; do
  awk -v n=$n -v s="${secs[$n]}" -v b="$budget" 'BEGIN {printf "  %-20s %6.2f s  %5.2fx\n", n, s, s / b}'
done

# 2b. The default's two fastText models as baokan trains them (dim 16; the
# default adds a naive Bayes member, which the CLI has no form of), variants
# of the words member, and other ways of combining probabilities, each
# against the mean of the two fastText models' probabilities.
ft d_chars chars -epoch 10 -lr 0.5 -dim 16
ft d_words words -epoch 15 -lr 1.0 -dim 16 -wordNgrams 2 -bucket 200000
ft d_words_e25 words -epoch 25 -lr 1.0 -dim 16 -wordNgrams 2 -bucket 200000
ft d_words_d32 words -epoch 15 -lr 1.0 -dim 32 -wordNgrams 2 -bucket 200000
ft d_words_ova words -epoch 15 -lr 1.0 -dim 16 -wordNgrams 2 -bucket 200000 -loss ova
ft d_words_sub words -epoch 15 -lr 1.0 -dim 16 -wordNgrams 2 -bucket 200000 -minn 1 -maxn 2
ft d_mixed mixed -epoch 10 -lr 0.5 -dim 16
echo
echo "the default's fastText models (dim 16) and variants, against their mean:"
python3 "$here/score_predictions.py" test.chars d_chars.prob+d_words.prob \
  geometric=geo:d_chars.prob+d_words.prob weighted_0.4_0.6=0.4*d_chars.prob+0.6*d_words.prob \
  words_e25=d_chars.prob+d_words_e25.prob geo_words_e25=geo:0.4*d_chars.prob+0.6*d_words_e25.prob \
  words_d32=d_chars.prob+d_words_d32.prob geo_words_ova=geo:d_chars.prob+d_words_ova.prob \
  words_subword=d_chars.prob+d_words_sub.prob mixed_for_chars=d_mixed.prob+d_words.prob \
  three_members=d_chars.prob+d_words.prob+d_words_sub.prob
for n in d_chars d_words d_words_e25 d_words_d32 d_words_ova d_words_sub d_mixed; do
  awk -v n=$n -v s="${secs[$n]}" -v b="$budget" 'BEGIN {printf "  %-20s %6.2f s  %5.2fx\n", n, s, s / b}'
done

# 3. baokan itself: its defaults (a character-token model, a word-token
# member and a naive Bayes member, averaged) and its main model alone,
# trained by `baokan train`,
# against CLI best's recipe trained by baokan (the same libfasttext on the
# same tokens, one model), scored side by side by `baokan eval`.
read -r -a best_opts < <(case $best in
  cli_e10) echo "--epoch 10 --lr 0.5 --dim 64" ;;
  cli_e25) echo "--epoch 25 --lr 0.5 --dim 64" ;;
  cli_w2_e10) echo "--epoch 10 --lr 1.0 --dim 64 --word-ngrams 2 --bucket 2000000" ;;
  cli_w2_e15) echo "--epoch 15 --lr 1.0 --dim 64 --word-ngrams 2 --bucket 2000000" ;;
esac)
t_best=$(cpu "$baokan" train dev.jsonl -o cli_recipe --threads 1 --quiet --ensemble none \
           "${best_opts[@]}")
t_def=$(cpu "$baokan" train dev.jsonl -o defaults --threads 1 --quiet)
t_main=$(cpu "$baokan" train dev.jsonl -o main_only --threads 1 --quiet --ensemble none)
echo
echo "baokan train, CPU s (reading, tokenizing and training): CLI best's recipe $t_best," \
     "defaults $t_def, defaults' main model alone $t_main; CLI best (fasttext) $budget"
"$baokan" eval cli_recipe.bin defaults.bin main_only.bin test.jsonl --quiet | sed -n '1,14p'

# Prediction speed of the defaults, one core: headlines, and pseudo-articles of
# 20 headlines (~450 characters), as thucnews.sh measures it.
make_speed_inputs test.jsonl
echo
for f in heads.jsonl articles.jsonl; do
  n=$(wc -l < $f)
  t=$(cpu "$baokan" predict defaults.bin $f --threads 1 --quiet -o out.jsonl)
  awk -v n="$n" -v t="$t" -v f="$f" 'BEGIN {printf "predict (defaults) %-15s %6d records %6.2f CPU s %8.0f records/s per core\n", f, n, t, n / t}'
done
