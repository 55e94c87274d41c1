# Shared by the bench scripts: setting up, and timing a command beside its
# reference. Source it from the repository root, then call bench_setup.

# bench_setup BUILD_DIR: sets $baokan (BUILD_DIR/baokan, which must be built)
# and $work (a scratch directory removed when the script exits).
bench_setup() {
  baokan=$1/baokan
  [[ -x $baokan ]] || { echo "build $baokan first (scripts/test.sh)" >&2; exit 1; }
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
}

# bench_header: the column heads of bench_measure's rows.
bench_header() {
  printf '%-24s %9s %10s %12s %8s %9s\n' run "MB/s/core" "items/s" "records/s" "wall s" "peak MB"
}

# bench_measure NAME BYTES ITEMS COMMAND...: runs COMMAND (stdout counted as
# records, one per line) and prints one row: MB/s and items/s per core (user +
# system CPU time), output records/s, wall seconds and peak memory (max RSS).
bench_measure() {
  local name=$1 bytes=$2 items=$3; shift 3
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/out" 2>/dev/null
  local wall user sys rss
  read -r wall user sys rss < "$work/time"
  python3 - "$name" "$bytes" "$items" "$wall" "$user" "$sys" "$rss" "$(wc -l < "$work/out")" <<'PY'
import sys
name, nbytes, items, wall, user, sys_, rss, lines = sys.argv[1:]
cpu = max(float(user) + float(sys_), 0.001)
print(f"{name:24} {int(nbytes)/1e6/cpu:9.1f} {int(items)/cpu:10.0f} {int(lines)/cpu:12.0f} "
      f"{float(wall):8.2f} {int(rss)/1024:9.1f}")
PY
}

# region_beside_reference IN: `baokan region` over IN into $work/out.jsonl
# and, when $ref (another baokan; $ref_models its models, may be empty) is
# set, the reference's into $work/ref.jsonl; sets outs to the files written.
region_beside_reference() {
  "$baokan" region --quiet "$1" -o "$work/out.jsonl"
  outs=("$work/out.jsonl")
  if [[ -n $ref ]]; then
    "$ref" region --quiet ${ref_models:+--gazetteer "$ref_models"} "$1" -o "$work/ref.jsonl"
    outs+=("$work/ref.jsonl")
  fi
}
