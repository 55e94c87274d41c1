#!/usr/bin/env bash
# The second command: build everything and run the whole test suite
# (labels: unit, cli, slow) twice: in build/ (Release) and in
# build-sanitize/ (AddressSanitizer + UndefinedBehaviorSanitizer, the
# Sanitize build type; a sanitizer report fails the test that triggered it).
# Extra arguments go to ctest, e.g. -L unit. BAOKAN_SANITIZE=0 skips the
# sanitizer pass (for a quick local run; CI always runs both).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

# build_and_test DIR BUILD_TYPE [CMAKE_ARG...]
build_and_test() {
  local dir=$1 type=$2
  shift 2
  echo "== $type build in $dir/" >&2
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
  cmake --build "$dir" -j"$(nproc)"
  ctest --test-dir "$dir" --output-on-failure -j"$(nproc)" "${ctest_args[@]}"
}

ctest_args=("$@")
build_and_test build Release
if [[ ${BAOKAN_SANITIZE:-1} != 0 ]]; then
  # Leaks, overflows and undefined behaviour abort with a report; the
  # benchmarks are left out of this build.
  export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1:strict_string_checks=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
  build_and_test build-sanitize Sanitize -DBAOKAN_BUILD_BENCH=OFF
fi
