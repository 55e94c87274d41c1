# Sourced by the THUCNews benchmarks (beat_cli.sh, defaults_vs_cli.sh,
# thucnews.sh, bootstrap_loop.sh, predict_speed.sh) after `set -euo pipefail`,
# with the script's name in $name and its arguments: sets here, repo, baokan
# ($1 or build/baokan), data ($DATA or ../shared/data/thucnews-titles),
# fasttext ($FASTTEXT or fasttext; not checked when $needs_fasttext is 0),
# checks them, defines to_jsonl, cpu and make_speed_inputs, and moves into a
# temporary directory $tmp removed on exit.
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
baokan=$(realpath "${1:-$repo/build/baokan}")
data=${DATA:-$repo/../shared/data/thucnews-titles}
fasttext=${FASTTEXT:-fasttext}
for f in "$data/dev.txt" "$data/test.txt"; do
  [[ -r $f ]] || { echo "$name: cannot read $f (set DATA)" >&2; exit 1; }
done
if [[ ${needs_fasttext:-1} != 0 ]]; then
  command -v "$fasttext" >/dev/null || { echo "$name: no '$fasttext' on PATH" >&2; exit 1; }
fi
[[ -x $baokan ]] || { echo "$name: no baokan at $baokan" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

cpu() {  # CPU seconds (user + sys) of a command
  /usr/bin/time -f "%U %S" -o time.txt "$@" > /dev/null
  awk '{printf "%.2f", $1 + $2}' time.txt
}

# THUCNews lines (title<TAB>label id) in file $1 -> JSONL {"text", "label"}.
to_jsonl() {
  python3 -c 'import json,sys
for line in sys.stdin:
    t, l = line.rstrip("\n").split("\t")
    print(json.dumps({"text": t, "label": l}, ensure_ascii=False))' < "$1"
}

# heads.jsonl: JSONL file $1 five times; articles.jsonl: pseudo-articles of 20
# of its headlines (~450 characters: the first as title, 19 as text): the 500
# articles 10,000 headlines make, each 20 times (10,000 records). For prediction speed, as thucnews.sh measures it.
make_speed_inputs() {
  for i in 1 2 3 4 5; do cat "$1"; done > heads.jsonl
  python3 -c 'import json,sys
titles = [json.loads(l)["text"] for l in open(sys.argv[1])]
for r in range(20):
    for i in range(0, len(titles) - 19, 20):
        print(json.dumps({"title": titles[i], "text": "。".join(titles[i+1:i+20]) + "。"}, ensure_ascii=False))' \
    "$1" > articles.jsonl
}
