#!/usr/bin/env python3
"""Lays hand-written articles out as text pages the way PDF extractors print them.

usage: layout_pages.py --out DIR --pages N --seed S ARTICLES.txt...

Each ARTICLES file holds articles written for this benchmark (see README.md for the format).
Every page takes all articles of one file in a random order and prints them with one set of
choices drawn from the seed: wrap width (12-22 characters, the column of a newspaper page),
blank lines between blocks or none (pdftotext default vs -raw), headlines above their bodies,
below them, or a mix, a title tag on the title's line or on its own. Writes DIR/text/<page>.txt,
DIR/gold.jsonl (the format of corpus/gold) and DIR/pages.tsv (each page's choices).
"""
import argparse
import json
import os
import random

# Where the headline goes relative to its body: probability of "below", per page.
HEADLINE_BELOW_CHOICES = (0.0, 0.0, 0.3, 1.0)
WIDTH_RANGE = (12, 22)
BLANK_LINES_SHARE = 0.6
ANCHOR_CHARS = 12


def parse_articles(path):
    """Items of one file: dicts of the @keys, with 'body' a list of paragraphs."""
    items, cur = [], None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line:
                continue
            if not line.startswith("@"):
                if cur is None or not cur.get("in_body"):
                    raise SystemExit(f"{path}:{n}: text outside @body")
                cur["body"].append(line)
                continue
            key, _, value = line[1:].partition(" ")
            if cur is None:
                cur = {"body": []}
            if key == "end":
                items.append(cur)
                cur = None
            elif key == "body":
                cur["in_body"] = True
            elif key == "photocredit":
                cur[key] = value
                items.append(cur)
                cur = None
            else:
                cur[key] = value
    if cur is not None:
        raise SystemExit(f"{path}: last item has no @end")
    return items


def wrap(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]


def headline_lines(a, rng):
    lines = [a["kicker"]] if "kicker" in a else []
    tag = a.get("tag", "")
    if "title2" in a:
        lines += [a["title"], a["title2"] + tag]
    elif tag and rng.random() < 0.5:
        lines += [a["title"], tag]  # the tag on a line of its own
    else:
        lines.append(a["title"] + tag)
    if "subtitle" in a:
        lines.append(a["subtitle"])
    return lines


def gold_record(page, a, first, last):
    title = a["title"] + a.get("title2", "") + a.get("tag", "")
    return {"page": page, "title": title, "subtitle": a.get("subtitle"),
            "kicker": a.get("kicker"), "column": None, "dateline": a.get("gold-dateline"),
            "byline": a.get("gold-byline"),
            "source": a["source"][3:-1] if "source" in a else None, "continued_from": None,
            "first": first[:ANCHOR_CHARS], "last": last[-ANCHOR_CHARS:], "region": None,
            "region_alt": None, "subjects": [], "layout": "normal", "optional": False,
            "note": None}


def render(page, a, width, blank, below, rng):
    """The lines of one item and its gold record (None for a photo without headline)."""
    gap = [""] if blank else []
    if "photo" in a:
        caption = wrap(a["photo"], width) + [a["photocredit"]]
        if "title" not in a:
            return caption, None
        # A photo story: headline, caption, credit.
        return [a["title"]] + gap + caption, gold_record(page, a, a["photo"], a["photo"])
    paras = list(a["body"])
    closing = paras.pop() if paras[-1].startswith("（") else None
    body = [a["byline"]] if "byline" in a else []
    opener = a.get("opener", "")
    if opener.startswith("本报记者"):
        body.append(opener)  # a byline line of its own
    elif opener:
        paras[0] = opener + paras[0]
    for i, p in enumerate(paras):
        body += (gap if i else []) + wrap(p, width)
    if closing:
        body += gap + [closing]
    if "source" in a:
        body.append(a["source"])
    head = headline_lines(a, rng)
    lines = body + gap + head if below else head + gap + body
    return lines, gold_record(page, a, a["body"][0], paras[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--pages", type=int, required=True, help="pages per articles file")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("articles", nargs="+")
    args = ap.parse_args()
    os.makedirs(os.path.join(args.out, "text"), exist_ok=True)
    golds, choices = [], []
    for path in args.articles:
        items = parse_articles(path)
        stem = os.path.splitext(os.path.basename(path))[0]
        for k in range(args.pages):
            rng = random.Random(f"{args.seed}/{stem}/{k}")
            width = rng.randint(*WIDTH_RANGE)
            blank = rng.random() < BLANK_LINES_SHARE
            below_share = rng.choice(HEADLINE_BELOW_CHOICES)
            page = f"{stem}-{k:04d}"
            order = items[:]
            rng.shuffle(order)
            lines = [f"2026年4月{rng.randint(1, 28)}日　星期{rng.choice('一二三四五')}",
                     f"{rng.choice(['要闻', '综合', '国内', '经济', '社会'])}　　{rng.randint(1, 20)}",
                     "责任编辑：张　明", ""]
            for a in order:
                item_lines, gold = render(page, a, width, blank, rng.random() < below_share, rng)
                lines += item_lines + [""]
                if gold:
                    golds.append(gold)
            if not blank:
                lines = [l for l in lines if l]
            with open(os.path.join(args.out, "text", page + ".txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            choices.append(f"{page}\t{width}\t{int(blank)}\t{below_share}")
    with open(os.path.join(args.out, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in golds:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "pages.tsv"), "w", encoding="utf-8") as f:
        f.write("page\twidth\tblank_lines\theadline_below_share\n" + "\n".join(choices) + "\n")


if __name__ == "__main__":
    main()
