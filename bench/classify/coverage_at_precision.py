#!/usr/bin/env python3
"""How many articles a classifier labels at a given precision.

usage: coverage_at_precision.py LEXICON_OUT.jsonl MODEL_OUT.jsonl LEXICON_MIN_PROB

Both files are `baokan predict` outputs of the same articles carrying a
"gold" field ("" when no subject is right). The lexicon labels an article
when its top subject reaches LEXICON_MIN_PROB; its precision there is the
bar. The model's threshold is then lowered as far as its precision stays at
or above the bar, and both are printed: articles labelled, precision, and
the share of all articles labelled right.
"""
import json
import sys


def scored(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            s = r.get("subject")
            out.append((s["prob"] if s else 0.0, s["label"] if s else None, r["gold"]))
    return out


def at(rows, threshold):
    chosen = [(label, gold) for prob, label, gold in rows if label and prob >= threshold]
    right = sum(1 for label, gold in chosen if label == gold)
    return len(chosen), right


def main():
    lexicon, model = scored(sys.argv[1]), scored(sys.argv[2])
    bar_threshold = float(sys.argv[3])
    n = len(lexicon)
    lex_n, lex_right = at(lexicon, bar_threshold)
    bar = lex_right / lex_n if lex_n else 0.0
    best = None
    for t in sorted({p for p, label, _ in model if label}, reverse=True):
        m_n, m_right = at(model, t)
        if m_n and m_right / m_n >= bar:
            best = (t, m_n, m_right)
    print(f"{n} held-out articles")
    print(f"{'classifier':36} {'labelled':>9} {'share':>7} {'precision':>10} {'right':>7}")
    print(f"{'lexicon, prob >= %.2f' % bar_threshold:36} {lex_n:9d} {lex_n / n:7.3f} "
          f"{bar:10.4f} {lex_right / n:7.3f}")
    if best is None:
        print("model: no threshold reaches the lexicon's precision")
        return
    t, m_n, m_right = best
    print(f"{'bootstrapped model, prob >= %.4f' % t:36} {m_n:9d} {m_n / n:7.3f} "
          f"{m_right / m_n:10.4f} {m_right / n:7.3f}")
    print(f"the model labels {m_n / max(lex_n, 1):.2f}x as many articles at the lexicon's "
          f"precision or better")


if __name__ == "__main__":
    main()
