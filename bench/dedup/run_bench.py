#!/usr/bin/env python3
"""Dedup benchmark: quality against planted truth, speed, memory, reference.

  bench/dedup/run_bench.py --baokan BUILD/baokan --articles 100000 --work /tmp/dd

Generates a corpus with gen_corpus.py (unless WORK/articles.jsonl exists),
then reports:
  * fingerprint speed on one core (`fingerprint --threads 1`), MB/s of text
    and of input;
  * dedup wall time, articles/s and peak memory (/usr/bin/time -v) at
    --threads (default 2);
  * pairwise precision / recall over reprints (all planted reprints keep
    >= 30 %), original-kept accuracy, and that every input article appears
    exactly once in the output (as a record or inside a `reprints` list);
  * determinism: --threads 1 on shuffled input gives identical bytes
    (--determinism);
  * references side by side: exact dedup of the match form (what
    `sort | uniq` on normalized text finds) on the whole corpus, and a naive
    exact all-pairs containment check on a slice, next to baokan on the
    same slice.
Python 3 standard library only.
"""

import argparse
import hashlib
import itertools
import json
import os
import random
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TRAILER = re.compile(r"\s*[（(]?摘自《[^《》\n]{1,20}》[）)]?[。.]?\s*$")
NON_WORD = re.compile(r"[^\w]|_", re.UNICODE)


def run_timed(cmd, **kw):
    """Runs cmd under /usr/bin/time -v; returns (wall s, cpu s, peak RSS MB, stderr)."""
    t0 = time.time()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, stderr=subprocess.PIPE, text=True, **kw)
    wall = time.time() - t0
    if p.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (p.returncode, " ".join(cmd), p.stderr[-2000:]))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))
    cpu = sum(float(re.search(r"%s time \(seconds\): ([\d.]+)" % w, p.stderr).group(1))
              for w in ("User", "System"))
    return wall, cpu, rss / 1024.0, p.stderr


def read_truth(path):
    """id -> (group, role, kept); and the ids of reprints in traditional characters."""
    truth, traditional = {}, set()
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            i, g, role, kept = line.rstrip("\n").split("\t")[:4]
            truth[i] = (g, role, float(kept))
            if line.rstrip("\n").endswith("\ttraditional"):
                traditional.add(i)
    return truth, traditional


def read_clusters(path):
    head_of = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        heads = {}
        for line in f:
            c, i, role = line.split("\t")[:3]
            if role == "original":
                heads[c] = i
            head_of[i] = heads[c]
    return head_of  # ids in multi-article clusters -> their kept original


def pairs_of(groups):
    out = set()
    for members in groups.values():
        for a, b in itertools.combinations(sorted(members), 2):
            out.add((a, b))
    return out


def truth_pairs(truth, ids=None):
    groups = {}
    for i, (g, role, _) in truth.items():
        if role != "single" and (ids is None or i in ids):
            groups.setdefault(g, []).append(i)
    return pairs_of(groups)


def score(pred, gold):
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r


def original_kept(truth, head_of):
    """Of the planted groups merged at all, the share whose kept record is the original."""
    ok = total = 0
    groups = {}
    for i, (g, role, _) in truth.items():
        if role != "single":
            groups.setdefault(g, []).append(i)
    for g, members in groups.items():
        heads = {head_of[m] for m in members if m in head_of}
        if not heads:
            continue
        total += 1
        ok += heads == {g}
    return ok, total


def accounted(out_path, input_ids):
    seen = []
    with open(out_path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            seen.append(r["id"])
            seen.extend(e["id"] for e in r.get("reprints") or [])
    return sorted(seen) == sorted(input_ids)


def match_form(text):
    return NON_WORD.sub("", TRAILER.sub("", text))


def exact_reference(articles):
    groups = {}
    for r in articles:
        groups.setdefault(hashlib.sha1(match_form(r["text"]).encode()).digest(), []).append(r["id"])
    return pairs_of({k: v for k, v in groups.items() if len(v) > 1})


def naive_all_pairs(articles, k, min_containment, min_ratio):
    """Exact containment on every pair, then the same star clustering as
    baokan (original first: not 摘自, longer, id); returns clustered pairs."""
    sets, marked = {}, {}
    for r in articles:
        m = match_form(r["text"])
        sets[r["id"]] = {m[i:i + k] for i in range(max(1, len(m) - k + 1))}
        marked[r["id"]] = bool(r.get("source")) or bool(TRAILER.search(r["text"]))
    ids = sorted(sets)
    adj = {i: [] for i in ids}
    for a, b in itertools.combinations(ids, 2):
        sa, sb = sets[a], sets[b]
        small, large = min(len(sa), len(sb)), max(len(sa), len(sb))
        if small < min_ratio * large:
            continue
        if len(sa & sb) >= min_containment * small:
            adj[a].append(b)
            adj[b].append(a)
    head = {}
    for d in sorted(ids, key=lambda i: (marked[i], -len(sets[i]), i)):
        if d in head:
            continue
        head[d] = d
        for e in adj[d]:
            head.setdefault(e, d)
    groups = {}
    for i, h in head.items():
        groups.setdefault(h, []).append(i)
    return pairs_of(groups)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baokan", required=True)
    ap.add_argument("--articles", type=int, default=100000)
    ap.add_argument("--work", required=True)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--slice", type=int, default=1500, help="articles in the all-pairs slice")
    ap.add_argument("--determinism", action="store_true")
    args = ap.parse_args()
    w = args.work
    corpus = os.path.join(w, "articles.jsonl")
    if not os.path.exists(corpus):
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), "--articles",
                        str(args.articles), "--out", w], check=True)
    articles = [json.loads(l) for l in open(corpus, encoding="utf-8")]
    truth, traditional = read_truth(os.path.join(w, "truth.tsv"))
    size_mb = os.path.getsize(corpus) / 1e6
    text_mb = sum(len(r["text"].encode()) for r in articles) / 1e6
    print("corpus: %d articles, %.1f MB (%.1f MB of text), %d planted reprints" %
          (len(articles), size_mb, text_mb, sum(1 for v in truth.values() if v[1] == "reprint")))

    sig = os.path.join(w, "shard.sig")
    wall, cpu, rss, err = run_timed([args.baokan, "fingerprint", "--threads", "1", "--quiet",
                                     corpus, "-o", sig])
    print("fingerprint (1 thread): %.1f s wall, %.1f s CPU; per core %.1f MB/s of text, "
          "%.1f MB/s of input (CPU time); wall: %.1f MB/s of input; peak %.0f MB" %
          (wall, cpu, text_mb / cpu, size_mb / cpu, size_mb / wall, rss))
    print("  load average while running: %s" % open("/proc/loadavg").read().split()[0])

    out = os.path.join(w, "dedup.jsonl")
    clusters = os.path.join(w, "clusters.tsv")
    wall, cpu, rss, err = run_timed([args.baokan, "dedup", "--threads", str(args.threads),
                                     corpus, "-o", out, "--clusters", clusters])
    print("dedup (%d threads): %.1f s wall, %.1f s CPU, %.0f articles/s, peak %.0f MB" %
          (args.threads, wall, cpu, len(articles) / wall, rss))
    print("  " + err.strip().splitlines()[0])
    wall2, _, rss2, _ = run_timed([args.baokan, "dedup", "--threads", str(args.threads), sig, corpus,
                                "-o", out + ".sig-run"])
    same = open(out, "rb").read() == open(out + ".sig-run", "rb").read()
    print("dedup with the signature file: %.1f s, peak %.0f MB, output identical: %s" %
          (wall2, rss2, same))

    head_of = read_clusters(clusters)
    groups = {}
    for i, h in head_of.items():
        groups.setdefault(h, []).append(i)
    gold = truth_pairs(truth)
    p, r = score(pairs_of(groups), gold)
    ok, total = original_kept(truth, head_of)
    print("baokan dedup:      precision %.4f  recall %.4f  (pairs: %d predicted, %d planted)" %
          (p, r, len(pairs_of(groups)), len(gold)))
    print("original kept:     %.4f (%d of %d merged groups)" % (ok / max(1, total), ok, total))
    # Traditional-character reprints: found when in the cluster of their original.
    trad_found = sum(1 for i in traditional if head_of.get(i) is not None and
                     head_of.get(i) == head_of.get(truth[i][0]))
    print("traditional-character reprints in their original's cluster: %.4f (%d of %d)" %
          (trad_found / max(1, len(traditional)), trad_found, len(traditional)))
    print("every article once: %s" % accounted(out, [a["id"] for a in articles]))
    ref = exact_reference(articles)
    p, r = score(ref, gold)
    print("reference, exact match-form dedup (sort | uniq): precision %.4f  recall %.4f" % (p, r))

    # Naive all-pairs on a slice: whole planted groups plus singles.
    rng = random.Random(7)
    by_group = {}
    for i, (g, role, _) in truth.items():
        by_group.setdefault(g, []).append(i)
    keys = sorted(by_group)
    rng.shuffle(keys)
    chosen = []
    for g in keys:
        if len(chosen) >= args.slice:
            break
        chosen.extend(by_group[g])
    chosen = set(chosen)
    part = [a for a in articles if a["id"] in chosen]
    slice_path = os.path.join(w, "slice.jsonl")
    with open(slice_path, "w", encoding="utf-8") as f:
        for a in part:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    gold_s = truth_pairs(truth, chosen)
    t0 = time.time()
    naive = naive_all_pairs(part, 5, 0.5, 0.2)
    t_naive = time.time() - t0
    p, r = score(naive, gold_s)
    print("slice of %d articles, naive exact all-pairs (Python, %.1f s): precision %.4f  recall %.4f"
          % (len(part), t_naive, p, r))
    cl_s = os.path.join(w, "slice.clusters.tsv")
    t0 = time.time()
    subprocess.run([args.baokan, "dedup", "--quiet", slice_path, "-o", os.devnull, "--clusters",
                    cl_s], check=True)
    t_b = time.time() - t0
    hs = read_clusters(cl_s)
    gs = {}
    for i, h in hs.items():
        gs.setdefault(h, []).append(i)
    p, r = score(pairs_of(gs), gold_s)
    print("slice, baokan dedup (%.1f s):                       precision %.4f  recall %.4f" %
          (t_b, p, r))

    if args.determinism:
        lines = open(corpus, encoding="utf-8").readlines()
        random.Random(3).shuffle(lines)
        shuffled = os.path.join(w, "shuffled.jsonl")
        open(shuffled, "w", encoding="utf-8").writelines(lines)
        subprocess.run([args.baokan, "dedup", "--quiet", "--threads", "1", shuffled, "-o",
                        out + ".shuffled"], check=True)
        print("determinism (threads 1, shuffled input): identical output: %s" %
              (open(out, "rb").read() == open(out + ".shuffled", "rb").read()))


if __name__ == "__main__":
    main()
