#!/usr/bin/env bash
# Installs the Debian packages baokan needs to build, test and run, if any
# are missing. Idempotent and non-interactive; works as root or through sudo.
# With --check it installs nothing: it names the missing packages on stderr
# and exits 1 if there are any, 0 if none (scripts/test.sh runs this).
set -euo pipefail

check_only=0
case "${1:-}" in
  --check) check_only=1 ;;
  "") ;;
  *)
    echo "usage: install-deps.sh [--check]" >&2
    exit 2
    ;;
esac

packages=(
  g++ cmake make pkg-config python3
  python3-dev pybind11-dev python3-numpy  # the Python module (python/, docs/python.md)
  libicu-dev libsimdjson-dev zlib1g-dev libzstd-dev libxxhash-dev
  libfasttext-dev fasttext libboost-program-options-dev libgtest-dev
  libopencc-dev
  opencc  # opencc_dict for scripts/gen_fold_table.py; opencc for bench/dedup/gen_corpus.py and scripts/build_foreign.py
  python3-scipy  # bench/dedup/fingerprint_bench.sh runs datasketch (../shared/peers) beside fingerprint
  libpoppler-cpp-dev  # split reads PDF pages
  fonts-wqy-zenhei  # the PDF test prints its pages in a TrueType CJK font
  python3-jieba unicode-cldr-core  # scripts/build_region_words.py, scripts/build_foreign.py
  chromium fonts-noto-cjk  # the report test renders report.html in a real browser
  slurmctld slurmd slurm-client munge  # run --slurm; its tests start scripts/local-slurm.sh
  valgrind  # bench/run/instructions_bench.sh counts instructions with callgrind
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
if ((check_only)); then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  exit 1
fi

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null; then
  sudo=(sudo)
else
  echo "install-deps: missing packages (${missing[*]}) and neither root nor sudo" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
