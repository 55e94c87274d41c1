#!/usr/bin/env bash
# make_corpus.sh [BUILD_DIR] OUT_DIR N SEED
#
# Generates N pages per template (gen_pages.py), prints each to PDF with headless Chromium and
# extracts the text with every extractor:
#   OUT_DIR/html/<page>.html           the generated page
#   OUT_DIR/pdf/<page>.pdf             printed by Chromium
#   OUT_DIR/text/<page>.txt            plain text straight from the generator (no PDF)
#   OUT_DIR/pdftotext/<page>.txt       pdftotext (poppler-utils), default mode
#   OUT_DIR/pdftotext-raw/<page>.txt   pdftotext -raw
#   OUT_DIR/pdfminer/<page>.txt        pdf2txt (python3-pdfminer)
#   OUT_DIR/gold.jsonl                 one line per article
# BUILD_DIR is accepted for symmetry with score.sh and not used. Environment: TEMPLATES=a,b
# (default all), EXTRACTORS="pdftotext pdftotext-raw pdfminer". A PDF newer than its HTML is
# not printed again, so a rerun after a generator change that leaves a page alone is quick.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[[ $# -eq 4 ]] && shift
[[ $# -eq 3 ]] || { echo "usage: $0 [BUILD_DIR] OUT_DIR N SEED" >&2; exit 2; }
out=$1 n=$2 seed=$3
extractors=${EXTRACTORS:-pdftotext pdftotext-raw pdfminer}
chromium=${CHROMIUM:-/usr/bin/chromium}
pdf2txt=$(command -v pdf2txt || command -v pdf2txt.py || true)

args=(--out "$out" --pages "$n" --seed "$seed")
[[ -n ${TEMPLATES:-} ]] && args+=(--templates "$TEMPLATES")
python3 "$here/gen_pages.py" "${args[@]}"

mkdir -p "$out/pdf"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
pages=()
for h in "$out"/html/*.html; do
  p=$(basename "$h" .html)
  if [[ -n ${TEMPLATES:-} ]] && ! [[ ",$TEMPLATES," == *",${p%-*},"* ]]; then continue; fi
  pages+=("$p")
done
start=$SECONDS
printed=0
for p in "${pages[@]}"; do
  pdf=$out/pdf/$p.pdf
  [[ -s $pdf && $pdf -nt $out/html/$p.html ]] && continue
  # sequential on purpose: the machine is shared
  "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --no-pdf-header-footer --print-to-pdf="$pdf" \
    "file://$(realpath "$out/html/$p.html")" >/dev/null 2>&1 || { echo "chromium failed on $p" >&2; exit 1; }
  printed=$((printed + 1))
done
echo "printed $printed PDFs in $((SECONDS - start)) s" >&2

start=$SECONDS
for x in $extractors; do
  mkdir -p "$out/$x"
  for p in "${pages[@]}"; do
    pdf=$out/pdf/$p.pdf txt=$out/$x/$p.txt
    [[ -s $txt && $txt -nt $pdf ]] && continue
    case $x in
      pdftotext) pdftotext -enc UTF-8 "$pdf" "$txt" ;;
      pdftotext-raw) pdftotext -enc UTF-8 -raw "$pdf" "$txt" ;;
      pdfminer) [[ -n $pdf2txt ]] || { echo "no pdf2txt (apt-get install python3-pdfminer)" >&2; exit 1; }
                "$pdf2txt" -o "$txt" "$pdf" ;;
      *) echo "unknown extractor $x" >&2; exit 2 ;;
    esac
  done
done
echo "extracted ($extractors) in $((SECONDS - start)) s" >&2
for p in "${pages[@]}"; do
  n=$(pdfinfo "$out/pdf/$p.pdf" 2>/dev/null | awk '/^Pages:/{print $2}')
  [[ $n == 1 ]] || echo "warning: $p printed on ${n:-?} PDF pages" >&2
done
echo "corpus in $out: ${#pages[@]} pages, $(wc -l < "$out/gold.jsonl") gold articles" >&2
