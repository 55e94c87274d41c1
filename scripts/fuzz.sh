#!/usr/bin/env bash
# Builds and runs the libFuzzer targets of tests/fuzz (docs/fuzzing.md).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# SECONDS_PER_TARGET defaults to 600; TARGET is split, json, normalize,
# region, signature or model (default: all). Builds with clang into
# build-fuzz/ (BAOKAN_FUZZ_BUILD_DIR overrides), seeds each target's corpus
# from corpus/seeds and tests/data, runs it, and prints its exec count and
# whether it crashed. Crash inputs are kept in BUILD/crashes/TARGET/.
# The exit status is 1 when any target crashed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BAOKAN_FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${1:-600}
[[ $# -gt 0 ]] && shift
all=(split json normalize region signature model)
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${all[@]}")
cxx=${CXX_FUZZ:-clang++}
jobs=${FUZZ_BUILD_JOBS:-2}

for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz.sh: unknown target '$t' (${all[*]})" >&2; exit 2; }
done

# ---- Build: the library with ASan/UBSan and fuzzer coverage, the targets
# linked with libFuzzer (tests/fuzz/CMakeLists.txt).
mkdir -p "$build"
cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DBAOKAN_BUILD_FUZZ=ON -DBAOKAN_BUILD_TESTS=OFF -DBAOKAN_BUILD_BENCH=OFF \
  "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-omit-frame-pointer" \
  >"$build/configure.log" 2>&1 || { cat "$build/configure.log" >&2; exit 1; }
cmake --build "$build" -j"$jobs" --target "${targets[@]/%/_fuzz}" >"$build/build.log" 2>&1 ||
  { tail -50 "$build/build.log" >&2; exit 1; }

# A built `baokan` (BAOKAN_BIN, else build/baokan) adds seeds made from the
# seed pages' split output: JSONL article lines and signature files.
bin=${BAOKAN_BIN:-$root/build/baokan}
[[ -x $bin ]] || bin=

# ---- Seeds: tests/data/fuzz-regressions/TARGET (past crashes) for every
# target; page texts for the text targets; JSONL lines cut from the seed
# pages for json.
seed_dir() {  # seed_dir TARGET: fills $build/corpus/TARGET
  local t=$1 dir=$build/corpus/$1
  mkdir -p "$dir"
  if [[ -d $root/tests/data/fuzz-regressions/$t ]]; then
    find "$root/tests/data/fuzz-regressions/$t" -type f -exec cp -t "$dir" {} +
  fi
  case $t in
    split|normalize|region)
      cp -t "$dir" "$root"/corpus/seeds/*.txt
      find "$root/tests/data" -maxdepth 2 -type f -size -64k \( -name '*.txt' -o -name '*.tsv' \) \
        -exec cp -t "$dir" {} + 2>/dev/null || true ;;
    json)
      python3 - "$root/corpus/seeds" "$dir" <<'PY'
import json, pathlib, sys
seeds, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
n = 0
for page in sorted(seeds.glob("*.txt")):
    paras = [p.strip() for p in page.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    for i, para in enumerate(paras[:6]):
        lines = para.splitlines()
        rec = {"id": f"{page.stem}#{i + 1}", "page": page.stem, "title": lines[0][:40],
               "text": "\n".join(lines[1:])[:300], "first_line": i + 1, "prob": 0.5,
               "region": None, "labels": ["economy"], "ok": True}
        (out / f"{page.stem}_{i}.jsonl").write_text(
            json.dumps(rec, ensure_ascii=False), encoding="utf-8")
        n += 1
PY
      if [[ -n $bin ]]; then  # split records that fit in -max_len
        for page in "$root"/corpus/seeds/*.txt; do
          "$bin" split "$page" 2>/dev/null | awk -v d="$dir" -v p="$(basename "$page" .txt)" \
            'length($0) < 4000 && n < 8 { print > (d "/" p "_split" n++ ".jsonl") }' || true
        done
      fi
      find "$root/tests/data" -type f \( -name '*.jsonl' -o -name '*.json' \) -size -16k \
        -exec cp -t "$dir" {} + 2>/dev/null || true ;;
    signature)
      if [[ -n $bin ]]; then  # 3 articles of a seed page, K = 128 and K = 8
        page=$(ls "$root"/corpus/seeds/*.txt | head -1)
        "$bin" split "$page" 2>/dev/null | head -3 >"$dir/../articles.jsonl" || true
        "$bin" fingerprint "$dir/../articles.jsonl" -o "$dir/seed128.sig" --quiet || true
        "$bin" fingerprint "$dir/../articles.jsonl" --num-perm 8 -o "$dir/seed8.sig" --quiet || true
      fi
      find "$root/tests/data" -type f -name '*.sig' -size -256k -exec cp -t "$dir" {} + 2>/dev/null || true ;;
    model)
      find "$root/tests/data" -type f \( -name '*.bin' -o -name '*.ftz' \) -size -256k \
        -exec cp -t "$dir" {} + 2>/dev/null || true ;;
  esac
  # libFuzzer needs at least one input; an empty file will do.
  [[ -n $(ls -A "$dir") ]] || : >"$dir/empty"
}

max_len() {  # pages are 5-20 kB; JSONL lines and models are small
  case $1 in
    split|normalize|region) echo 32768 ;;
    json) echo 4096 ;;
    *) echo 16384 ;;
  esac
}

# ---- Run.
status=0
summary=()
for t in "${targets[@]}"; do
  seed_dir "$t"
  crashes=$build/crashes/$t
  mkdir -p "$crashes"
  log=$build/logs/$t.log
  mkdir -p "$(dirname "$log")"
  before=$(find "$crashes" -type f | wc -l)
  echo "== $t: ${seconds}s, max_len $(max_len "$t")" >&2
  set +e
  "$build/${t}_fuzz" "$build/corpus/$t" -max_total_time="$seconds" -max_len="$(max_len "$t")" \
    -timeout=25 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$crashes/" \
    >"$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  if [[ -z $execs ]]; then  # a crash ends the run before the final stats
    execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
  fi
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || true)
  found=$(( $(find "$crashes" -type f | wc -l) - before ))  # new this run
  if [[ $rc -ne 0 || $found -gt 0 ]]; then
    verdict="CRASHED (exit $rc, $found new input(s) in $crashes, log $log)"
    status=1
  else
    verdict="no crash"
  fi
  summary+=("$(printf '%-10s %12s execs  cov %-6s %s' "$t" "${execs:-?}" "${cov:-?}" "$verdict")")
done
printf '%s\n' "${summary[@]}"
exit $status
