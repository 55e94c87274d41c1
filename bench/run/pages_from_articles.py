#!/usr/bin/env python3
"""Lays article records out as newspaper page text files, for bench/run.

Reads an articles JSONL (bench/dedup/gen_corpus.py writes one) and writes one
PAGE.txt per `page`: for each article its headline, a byline line (□ + byline),
the body wrapped at --width characters per line as PDF extraction leaves it,
paragraphs separated by blank lines, a 摘自《…》 line when `source` is set, and
a blank line before the next article. Python 3 standard library only.
"""

import argparse
import json
import os


def wrap(paragraph, width):
    return [paragraph[i:i + width] for i in range(0, len(paragraph), width)] or [""]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("articles")
    ap.add_argument("--out", required=True, help="directory for the page files")
    ap.add_argument("--width", type=int, default=22)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    pages = {}
    with open(args.articles, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            pages.setdefault(r["page"], []).append(r)
    for page, records in pages.items():
        records.sort(key=lambda r: int(r["id"].split("#")[1]))
        lines = []
        for r in records:
            if r.get("title"):
                lines += [r["title"], ""]
            if r.get("byline"):
                lines.append("□" + r["byline"])
            for para in (r.get("text") or "").split("\n"):
                lines += wrap(para.strip(), args.width) + [""]
            if r.get("source"):
                lines += ["摘自《%s》" % r["source"], ""]
            lines.append("")
        with open(os.path.join(args.out, page + ".txt"), "w", encoding="utf-8") as out:
            out.write("\n".join(lines))
    print("%d pages" % len(pages))


if __name__ == "__main__":
    main()
