#!/usr/bin/env bash
# The second command: build everything and run the whole test suite
# (labels: unit, cli, slow, slurm) twice: in build/ (Release) and in
# build-sanitize/ (AddressSanitizer + UndefinedBehaviorSanitizer, the
# Sanitize build type; a sanitizer report fails the test that triggered it).
# Both builds treat warnings as errors (BAOKAN_WERROR).
# Extra arguments go to ctest, e.g. -L unit. BAOKAN_SANITIZE=0 skips the
# sanitizer pass (for a quick local run; CI always runs both).
# It installs nothing: scripts/setup.sh (or scripts/install-deps.sh) does.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! scripts/install-deps.sh --check; then
  echo "test.sh: the packages above are missing; install them with scripts/setup.sh" \
    "(or scripts/install-deps.sh alone), then run scripts/test.sh again" >&2
  exit 1
fi

# build_and_test DIR BUILD_TYPE [CMAKE_ARG...]
build_and_test() {
  local dir=$1 type=$2
  shift 2
  echo "== $type build in $dir/" >&2
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$type" -DBAOKAN_WERROR=ON "$@" >/dev/null
  cmake --build "$dir" -j"$(nproc)"
  ctest --test-dir "$dir" --output-on-failure -j"$(nproc)" "${ctest_args[@]}"
}

ctest_args=("$@")
build_and_test build Release
if [[ ${BAOKAN_SANITIZE:-1} != 0 ]]; then
  # Leaks, overflows and undefined behaviour end the process with a report
  # and exit status 86, which no test expects from baokan (it exits 0, 1 or
  # 2); the benchmarks are left out of this build.
  export ASAN_OPTIONS=${ASAN_OPTIONS:-exitcode=86:detect_leaks=1:strict_string_checks=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-exitcode=86:print_stacktrace=1:halt_on_error=1}
  # Leaks of system libraries that hold global state for the process's life.
  export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan.supp}
  # One unity source per 8 files (a third less compile time; the sources
  # are kept free of clashing file-local names for it).
  build_and_test build-sanitize Sanitize -DBAOKAN_BUILD_BENCH=OFF -DCMAKE_UNITY_BUILD=ON
fi
