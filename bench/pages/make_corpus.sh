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
#   OUT_DIR/pages.txt                  the pages of this run
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
mapfile -t pages < "$out/pages.txt"   # this run's pages (older ones may lie around)
start=$SECONDS
todo=()
for p in "${pages[@]}"; do
  pdf=$out/pdf/$p.pdf
  [[ -s $pdf && $pdf -nt $out/html/$p.html ]] && continue
  todo+=("$out/html/$p.html:$pdf")
done
printed=${#todo[@]}
# One browser for all pages (print_pdfs.py drives it over the DevTools pipe); if that fails,
# one Chromium run per page. Sequential on purpose: the machine is shared.
if (( printed )) && ! python3 "$here/print_pdfs.py" --chromium "$chromium" --profile "$profile" "${todo[@]}"; then
  echo "print_pdfs.py failed; printing one Chromium run per page" >&2
  for job in "${todo[@]}"; do
    html=${job%:*} pdf=${job##*:}
    [[ -s $pdf && $pdf -nt $html ]] && continue
    "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$profile" --no-pdf-header-footer --print-to-pdf="$pdf" \
      "file://$(realpath "$html")" >/dev/null 2>&1 || { echo "chromium failed on $html" >&2; exit 1; }
  done
fi
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
