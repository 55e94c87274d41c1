#!/usr/bin/env python3
"""Builds a synthetic article corpus with planted reprints, for bench/dedup.

The text is synthesized from the seed pages (corpus/seeds): their running
text is cut into 2-4 character pieces, and sentences are random sequences of
pieces, so every article is new text with the seeds' character statistics.
Planted into it:

  * reprints: an original's body kept at 30-90 % (sentences dropped or the
    end cut), punctuation style changed, re-wrapped, a few characters edited,
    a new headline and byline, and (mostly) a 摘自《PAPER》 trailer, either in
    the text or in the `source` field; the original's `paper` is PAPER;
  * hard negatives: topic groups whose articles share topic vocabulary and
    one of a few boilerplate paragraphs (at most a third of an article);
  * traditional-character reprints: a share of the reprints (--traditional)
    printed as a Hong Kong or Taiwan paper would, converted by OpenCC's
    `opencc` command (s2hk or s2tw, phrases and characters).

Writes OUT/articles.jsonl (records shuffled over pages) and OUT/truth.tsv:
id, group (the original's id; the article's own id when it has no copy),
role (original, reprint, single), kept (fraction of the original kept) and
script (traditional for converted reprints, else simplified).

Python 3 standard library and the `opencc` command (Debian package opencc).
Deterministic for a given --seed.
"""

import argparse
import json
import os
import random
import re
import subprocess
import sys

PAPERS = ["安徽日报", "浙江日报", "重庆日报", "西藏日报", "云南日报", "湖南日报", "四川日报",
          "贵州日报", "河北日报", "广西日报", "江西日报", "福建日报", "吉林日报", "甘肃日报"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红玲"


def load_pieces(seeds_dir):
    """2-4 character pieces of the seed pages' running text, with repeats."""
    text = []
    for name in sorted(os.listdir(seeds_dir)):
        if name.endswith(".txt"):
            with open(os.path.join(seeds_dir, name), encoding="utf-8", errors="replace") as f:
                text.append(f.read())
    runs = re.findall(r"[\u4e00-\u9fff0-9]+", "".join(text))
    rng = random.Random(1)
    pieces = []
    for run in runs:
        i = 0
        while i < len(run):
            n = rng.choice((2, 2, 3, 3, 4))
            pieces.append(run[i:i + n])
            i += n
    return pieces


class Synth:
    def __init__(self, pieces, rng, topics):
        self.pieces = pieces
        self.rng = rng
        # Each topic favours its own few hundred pieces.
        self.topic_pieces = [rng.sample(pieces, 300) for _ in range(topics)]
        self.boiler = [[self.paragraph(t, 2) for _ in range(3)] for t in range(topics)]

    def sentence(self, topic):
        rng = self.rng
        n = rng.randint(6, 16)
        vocab = self.topic_pieces[topic] if rng.random() < 0.3 else self.pieces
        parts = rng.choices(vocab, k=n)
        out = []
        for i, p in enumerate(parts):
            out.append(p)
            if 0 < i < n - 1 and rng.random() < 0.12:
                out.append("，")
        return "".join(out) + "。"

    def paragraph(self, topic, sentences):
        return [self.sentence(topic) for _ in range(sentences)]

    def article(self, topic, chars, boiler):
        """A list of paragraphs, each a list of sentences."""
        paras, total = [], 0
        while total < chars:
            p = self.paragraph(topic, self.rng.randint(2, 5))
            paras.append(p)
            total += sum(len(s) for s in p)
        if boiler:
            b = self.rng.choice(self.boiler[topic])
            if sum(len(s) for s in b) * 3 <= total:
                paras.insert(self.rng.randrange(len(paras) + 1), list(b))
        return paras


def abridge(paras, keep, rng):
    """Keeps about `keep` of the characters, in order."""
    sents = [(i, s) for i, p in enumerate(paras) for s in p]
    total = sum(len(s) for _, s in sents)
    target = keep * total
    if rng.random() < 0.4:  # cut the end
        out, n = [], 0
        for i, s in sents:
            if n >= target:
                break
            out.append((i, s))
            n += len(s)
    else:  # drop sentences, keeping the first
        order = list(range(1, len(sents)))
        rng.shuffle(order)
        chosen, n = {0}, len(sents[0][1])
        for j in order:
            if n >= target:
                break
            chosen.add(j)
            n += len(sents[j][1])
        out = [sents[j] for j in sorted(chosen)]
    result, last = [], None
    for i, s in out:
        if i != last:
            result.append([])
            last = i
        result[-1].append(s)
    return result, n / total


def restyle(text, rng):
    style = rng.randrange(3)
    if style == 0:
        table = {"，": ",", "。": ".", "“": "\"", "”": "\"", "：": ":", "、": ","}
    elif style == 1:
        table = {"“": "『", "”": "』", "，": "，", "。": "。"}
    else:
        table = {"，": ", ", "。": ". "}
    return "".join(table.get(c, c) for c in text)


def rewrap(text, rng):
    width = rng.randint(12, 30)
    lines = []
    for para in text.split("\n"):
        lines.extend(para[i:i + width] for i in range(0, len(para), width))
    return "\n".join(lines)


def edit(text, rng, pieces):
    chars = list(text)
    for _ in range(rng.randint(0, 4)):
        pos = rng.randrange(len(chars))
        if "\u4e00" <= chars[pos] <= "\u9fff":
            chars[pos] = rng.choice(rng.choice(pieces))
    return "".join(chars)


def person(rng):
    return rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2)))


def to_traditional(texts, config):
    """Converts texts with `opencc -c CONFIG` in one call (a separator line between them)."""
    sep = "\n=====\n"
    out = subprocess.run(["opencc", "-c", config], input=sep.join(texts), capture_output=True,
                         text=True, check=True).stdout
    parts = out.split(sep)
    if len(parts) != len(texts):
        sys.exit("opencc changed the separator lines: %d texts in, %d out" % (len(texts), len(parts)))
    return parts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10000, help="total articles")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--seeds-dir", default=os.path.join(os.path.dirname(__file__), "..", "..",
                                                        "corpus", "seeds"))
    ap.add_argument("--originals", type=float, default=0.12,
                    help="fraction of articles that are originals with reprints")
    ap.add_argument("--hard-negatives", type=float, default=0.3,
                    help="fraction of other articles in boilerplate-sharing topic groups")
    ap.add_argument("--mean-chars", type=int, default=500)
    ap.add_argument("--per-page", type=int, default=8)
    ap.add_argument("--traditional", type=float, default=0.1,
                    help="fraction of reprints converted to traditional characters")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    pieces = load_pieces(args.seeds_dir)
    topics = max(10, args.articles // 400)
    synth = Synth(pieces, rng, topics)

    items = []  # (record-without-id, role, group-index, kept, script)
    convert = {"s2hk.json": [], "s2tw.json": []}  # config -> indexes of items
    n_orig = 0
    while len(items) < args.articles:
        topic = rng.randrange(topics)
        chars = max(80, int(rng.gauss(args.mean_chars, args.mean_chars * 0.4)))
        is_orig = rng.random() < args.originals / (1 + 1.7 * args.originals)
        paras = synth.article(topic, chars, rng.random() < args.hard_negatives)
        base = {"title": "".join(rng.choices(pieces, k=rng.randint(3, 6))), "subtitle": None,
                "kicker": None, "column": None, "dateline": None,
                "byline": "本报记者 " + person(rng), "source": None, "continued_from": None}
        if not is_orig:
            items.append((dict(base, text="\n".join("".join(p) for p in paras)), "single", None, 1.0,
                          "simplified"))
            continue
        n_orig += 1
        paper = rng.choice(PAPERS)
        group = len(items)
        items.append((dict(base, text="\n".join("".join(p) for p in paras), paper=paper),
                      "original", group, 1.0, "simplified"))
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            kept_paras, kept = abridge(paras, rng.uniform(0.3, 0.9), rng)
            text = "\n".join("".join(p) for p in kept_paras)
            text = edit(rewrap(restyle(text, rng), rng), rng, pieces)
            rec = dict(base, title="".join(rng.choices(pieces, k=rng.randint(3, 6))),
                       byline=rng.choice(["", "通讯员 ", "记者 "]) + person(rng))
            script = "simplified"
            if rng.random() < args.traditional:
                script = "traditional"
                convert[rng.choice(sorted(convert))].append(len(items))
            mark = rng.random()
            if mark < 0.4:
                text += " 摘自《%s》" % paper
            elif mark < 0.8:
                rec["source"] = paper
            rec["text"] = text
            rec["paper"] = rng.choice([p for p in PAPERS if p != paper])
            items.append((rec, "reprint", group, kept, script))

    # Traditional reprints: the body converted, a 摘自 trailer kept as it is.
    for config, which in convert.items():
        if not which:
            continue
        bodies = []
        for k in which:
            text = items[k][0]["text"]
            m = re.search(r" 摘自《[^》]*》$", text)
            bodies.append(text[:m.start()] if m else text)
        for k, body in zip(which, to_traditional(bodies, config)):
            text = items[k][0]["text"]
            m = re.search(r" 摘自《[^》]*》$", text)
            items[k][0]["text"] = body + (m.group(0) if m else "")

    # Shuffle over pages, then number articles within each page.
    order = list(range(len(items)))
    rng.shuffle(order)
    ids = [None] * len(items)
    for pos, k in enumerate(order):
        ids[k] = "p%07d#%d" % (pos // args.per_page, pos % args.per_page + 1)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "articles.jsonl"), "w", encoding="utf-8") as f:
        for k in order:
            rec = {"id": ids[k], "page": ids[k].split("#")[0]}
            rec.update(items[k][0])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "truth.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tgroup\trole\tkept\tscript\n")
        for k, (_, role, group, kept, script) in enumerate(items):
            g = ids[group] if group is not None else ids[k]
            f.write("%s\t%s\t%s\t%.3f\t%s\n" % (ids[k], g, role, kept, script))
    print("%d articles, %d originals with %d reprints (%d in traditional characters)" %
          (len(items), n_orig, sum(1 for it in items if it[1] == "reprint"),
           sum(len(v) for v in convert.values())), file=sys.stderr)


if __name__ == "__main__":
    main()
