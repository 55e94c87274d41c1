#!/usr/bin/env python3
"""Scores `fasttext predict-prob` outputs against fastText-format gold lines.

usage: score_predictions.py GOLD BASELINE.prob [NAME=A.prob[+B.prob...]]...

Each NAME is one prediction file, or several joined by '+' whose probabilities
are averaged per label (an ensemble at predict time); a file may carry a
weight (`0.4*A.prob+0.6*B.prob`), and a `geo:` prefix combines them by the
weighted mean of the log-probabilities instead (a label a file leaves out
counts as probability 1e-5 there). Prints accuracy and
macro-F1 of each, and against BASELINE the paired accuracy difference with the
same statistics `baokan eval` uses (docs/classify.md): a percentile bootstrap
95 % interval (2,000 resamples of the examples) and McNemar's test (exact
binomial below 25 discordant examples, else chi-square with continuity
correction). Python's random module draws the resamples (seed 20161207), so
the interval is reproducible but not bit-identical to baokan's.
"""
import math
import random
import sys


def read_probs(path):
    out = []
    for line in open(path, encoding="utf-8"):
        t = line.split()
        out.append({t[i]: float(t[i + 1]) for i in range(0, len(t) - 1, 2)})
    return out


FLOOR = 1e-5  # the probability of a label a file does not list, for geo:


def top_labels(spec):
    geometric = spec.startswith("geo:")
    parts = [p.split("*", 1) if "*" in p else ("1", p)
             for p in spec[len("geo:") if geometric else 0:].split("+")]
    weights = [float(w) for w, _ in parts]
    files = [read_probs(p) for _, p in parts]
    tops = []
    for rows in zip(*files):
        labels = sorted(set().union(*rows))
        if geometric:
            total = {l: sum(w * math.log(max(r.get(l, FLOOR), FLOOR))
                            for w, r in zip(weights, rows)) for l in labels}
        else:
            total = {l: sum(w * r.get(l, 0) for w, r in zip(weights, rows)) for l in labels}
        tops.append(max(labels, key=total.get) if labels else None)
    return tops


def macro_f1(gold, pred):
    labels = set(gold) | {p for p in pred if p}
    f1s = []
    for l in sorted(labels):
        tp = sum(g == l and p == l for g, p in zip(gold, pred))
        fp = sum(g != l and p == l for g, p in zip(gold, pred))
        fn = sum(g == l and p != l for g, p in zip(gold, pred))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0)
    return sum(f1s) / len(f1s)


def mcnemar(b, c):
    n = b + c
    if n == 0:
        return "exact", 1.0
    if n < 25:
        tail = sum(math.comb(n, i) for i in range(min(b, c) + 1)) / 2 ** n
        return "exact", min(1.0, 2 * tail)
    x = max(0, abs(b - c) - 1) ** 2 / n
    return "chi2-cc %.2f" % x, math.erfc(math.sqrt(x / 2))


def bootstrap(a_ok, b_ok, resamples=2000, seed=20161207):
    rng = random.Random(seed)
    n = len(a_ok)
    diffs = []
    for _ in range(resamples):
        idx = [rng.randrange(n) for _ in range(n)]
        diffs.append(sum(b_ok[i] - a_ok[i] for i in idx) / n)
    diffs.sort()
    return diffs[int(math.floor(0.025 * resamples))], diffs[int(math.ceil(0.975 * resamples)) - 1]


def main():
    gold = [line.split()[0] for line in open(sys.argv[1], encoding="utf-8")]
    base = top_labels(sys.argv[2])
    base_ok = [int(p == g) for p, g in zip(base, gold)]
    print("%-34s %8s %8s %9s %-20s %-22s %s" %
          ("predictions", "accuracy", "macroF1", "vs_base", "95% interval", "McNemar", "p"))
    for arg in ["baseline=" + sys.argv[2]] + sys.argv[3:]:
        name, spec = arg.split("=", 1)
        pred = top_labels(spec)
        ok = [int(p == g) for p, g in zip(pred, gold)]
        acc = sum(ok) / len(ok)
        b = sum(x and not y for x, y in zip(base_ok, ok))
        c = sum(y and not x for x, y in zip(base_ok, ok))
        test, p = mcnemar(b, c)
        lo, hi = bootstrap(base_ok, ok) if name != "baseline" else (0, 0)
        print("%-34s %8.4f %8.4f %+9.4f [%+.4f, %+.4f]   %-22s %.3g" %
              (name, acc, macro_f1(gold, pred), acc - sum(base_ok) / len(gold), lo, hi,
               "b %d c %d %s" % (b, c, test), p))


if __name__ == "__main__":
    main()
