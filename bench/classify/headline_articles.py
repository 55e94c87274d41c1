#!/usr/bin/env python3
"""Pseudo-articles from THUCNews headlines, for the bootstrap loop's benchmark.

usage: headline_articles.py HEADLINES.txt PER_ARTICLE > ARTICLES.jsonl

Consecutive headlines of one class (in file order) make one article: the first
is its title, the others its body lines. Each record is {"id", "title", "text",
"gold"}, gold being the baokan subject the class maps to, or "" for a class
the taxonomy has no subject for (games): any label on those is wrong.
"""
import json
import sys

# THUCNews class ids (class.txt) -> models/subjects.tsv ids.
SUBJECT_OF_CLASS = {
    0: "economy",    # finance
    1: "economy",    # realty
    2: "economy",    # stocks
    3: "education",
    4: "science",
    5: "society",
    6: "politics",
    7: "sports",
    8: "",           # game: no subject
    9: "culture",    # entertainment
}


def main():
    path, per_article = sys.argv[1], int(sys.argv[2])
    by_class = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            title, label = line.rstrip("\n").split("\t")
            by_class.setdefault(int(label), []).append(title)
    for label in sorted(by_class):
        heads = by_class[label]
        for i in range(0, len(heads) - per_article + 1, per_article):
            group = heads[i:i + per_article]
            print(json.dumps({"id": f"c{label}-{i // per_article}", "title": group[0],
                              "text": "\n".join(group[1:]),
                              "gold": SUBJECT_OF_CLASS[label]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
