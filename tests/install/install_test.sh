#!/usr/bin/env bash
# `cmake --install BUILD --prefix P` gives a baokan that runs the seed pages end
# to end from another directory: it finds its models in P/share/baokan/models,
# not in the source tree, whose models/ path is nowhere in the binary's data.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR BUILD_TYPE. Removes everything
# it writes.
set -euo pipefail
build=$1 src=$(cd "$2" && pwd) build_type=${3:-}

fail() {
  echo "install_test: $*" >&2
  exit 1
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/baokan-install-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
bin=$prefix/bin/baokan
[[ -x $bin ]] || fail "no executable $bin"
for f in "$src"/models/*; do
  cmp -s "$f" "$prefix/share/baokan/models/${f##*/}" || fail "${f##*/} not installed as it is"
done

# No path into the source tree is compiled in: not its models/ as a
# fallback, nor any other. (Sanitizer reports and a Debug build's asserts
# name source files: there, only models/ is looked for.)
objcopy -O binary --only-section=.rodata "$bin" "$tmp/rodata"
[[ -s $tmp/rodata ]] || fail "no .rodata read from $bin"
if grep -qF "$src/models" "$tmp/rodata"; then fail "$bin holds the path $src/models"; fi
if [[ $build_type =~ ^(Release|RelWithDebInfo|MinSizeRel)$ ]] && grep -qF "$src/" "$tmp/rodata"; then
  fail "$bin holds a path into $src: $(grep -aoF "$src/" "$tmp/rodata" | head -1)"
fi

# Seeds copied out of the source tree, run from an unrelated directory, with
# the source tree moved away: where the kernel lets this test (root may
# unshare a mount namespace), an empty folder is mounted over it for the run
# (and the build tree inside it with it); elsewhere the run goes on beside it
# and the checks above and below stand for the move.
cp -r "$src/corpus/seeds" "$tmp/pages"
mkdir "$tmp/elsewhere" "$tmp/empty"
cd "$tmp/elsewhere"
unset BAOKAN_MODELS
if unshare -m --propagation private true 2>/dev/null; then
  unshare -m --propagation private bash -c \
    'mount --bind "$1" "$2" && [[ -z $(ls -A "$2") ]] && exec "$3" run ../pages -o out' \
    hide "$tmp/empty" "$src" "$bin" 2>run.log || { cat run.log >&2; fail "run failed with $src hidden"; }
  echo "install_test: ran with $src hidden"
else
  "$bin" run ../pages -o out 2>run.log || { cat run.log >&2; fail "run failed"; }
fi
for f in articles.jsonl clusters.tsv noise.jsonl report.html; do
  [[ -s out/$f ]] || fail "out/$f missing or empty"
done
grep -q '^baokan run: ledger:' run.log || fail "no ledger printed: $(cat run.log)"
grep -Eq 'articles written +[1-9]' run.log || fail "no article written: $(cat run.log)"
grep -q '"region":{"province":{"code"' out/articles.jsonl || fail "no article placed"

# The models are the prefix's: without its regions.tsv the run fails naming it.
rm "$prefix/share/baokan/models/regions.tsv"
if "$bin" run ../pages -o out2 2>run2.log; then fail "ran without $prefix/share/baokan/models"; fi
grep -qF "$prefix/share/baokan/models/regions.tsv" run2.log ||
  fail "the error does not name the installed models: $(cat run2.log)"
echo "install_test: ok"
