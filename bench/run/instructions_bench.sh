#!/usr/bin/env bash
# Instructions per MB of text of `normalize`, `region` and `label` on one long
# text, counted by valgrind's callgrind: on a machine shared with others the
# CPU seconds of long_text_bench.sh vary by 10-20 % from run to run, while the
# count of instructions does not (it leaves out cache misses and the kernel's
# time, so it is the figure for changes to the work done, not for memory
# traffic). Each stage runs on the text and on an empty record; the
# difference is the text's cost, without loading the models. With REF_BUILD
# the reference runs beside it (it reads this checkout's models).
#
#   bench/run/instructions_bench.sh [BUILD_DIR] [MB] [REF_BUILD] [STAGES]
#   (default: build, 1 MB of text, no reference, "normalize region label")
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
build=${1:-build}
mb=${2:-1}
ref=${3:-}
stages=${4:-normalize region label}
bench_setup "$build"
command -v valgrind > /dev/null || { echo "needs valgrind (Debian package valgrind)" >&2; exit 1; }

python3 - "$mb" "$work" <<'PY'
import glob, json, sys
mb, work = float(sys.argv[1]), sys.argv[2]
pages = "".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob("corpus/seeds/*.txt")))
n = int(mb * 1000000)
text = (pages * (n // len(pages.encode()) + 1)).encode()[:n].decode("utf-8", "ignore")
for name, t in (("long", text), ("empty", "")):
    open(f"{work}/{name}.txt", "w", encoding="utf-8").write(t)
    with open(f"{work}/{name}.jsonl", "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": name, "page": name, "text": t}, ensure_ascii=False) + "\n")
PY

# instructions BIN ARGS...: the instructions callgrind counts for `BIN ARGS... -o /dev/null`.
instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" -o /dev/null 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

printf '%-14s %14s %14s\n' stage "M instr/MB" "x normalize"
declare -A per_mb
for who in "" ${ref:+ref}; do
  bin=$baokan
  [[ -n $who ]] && bin=$ref/baokan
  for stage in $stages; do
    input=$work/long.jsonl none=$work/empty.jsonl models=(--gazetteer models)
    [[ $stage == normalize ]] && input=$work/long.txt none=$work/empty.txt models=()
    text=$(instructions "$bin" "$stage" "${models[@]}" --quiet "$input")
    empty=$(instructions "$bin" "$stage" "${models[@]}" --quiet "$none")
    per_mb[$who$stage]=$(python3 -c "print(($text - $empty) / 1e6 / $mb)")
    python3 -c "
v = ${per_mb[$who$stage]}
n = ${per_mb[${who}normalize]:-0}
print('%-14s %14.1f %14s' % ('${who:+ref }$stage', v, '%.2f' % (v / n) if n else '-'))"
  done
done
