#!/usr/bin/env python3
"""A day's dedup against an archive index, beside deduping the day alone.

  bench/dedup/index_bench.py --baokan BUILD/baokan --work DIR [--archive 1000000]
                             [--day 10000] [--threads 2] [--repeat 3] [--no-single]
                             [--reuse-index]

Generates ARCHIVE + DAY articles with gen_corpus.py (WORK/corpus, reused when
present) and cuts them by page: the last pages, DAY articles, are the day; the
rest is the archive. Then, each under /usr/bin/time -v:

  1. build:  baokan dedup --index WORK/index ARCHIVE        (once; skipped
             with --reuse-index when WORK/index is there)
  2. day:    baokan dedup --index COPY DAY, COPY a fresh copy of the index
             each time (hard links: segments are immutable and the manifest
             is replaced by a rename; not timed), least CPU of --repeat
  3. alone:  baokan dedup DAY, least CPU of --repeat
  4. single: baokan dedup ARCHIVE DAY (unless --no-single), and the reprints
             of 1 + 2 compared with its reprints: reprint id -> original

Prints wall and CPU seconds and peak memory of each, the index's size on
disk, the ratio day / alone (target <= 3), and how many reprints differ from
the single run: those in clusters whose original is on the day's pages while
copies of it are archived (the archive stays the original, by design), and
the others (target 0).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_bench import HERE, run_timed  # noqa: E402


# The bound on the day's cost against the index, in days alone.
TARGET_RATIO = 3


def split_corpus(corpus, day_articles, archive_path, day_path):
    """The last pages holding day_articles articles go to day_path."""
    page_of = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            page_of.append(json.loads(line)["id"].rsplit("#", 1)[0])
    pages = sorted(set(page_of), reverse=True)
    count = {}
    for p in page_of:
        count[p] = count.get(p, 0) + 1
    day_pages, n = set(), 0
    for p in pages:
        if n >= day_articles:
            break
        day_pages.add(p)
        n += count[p]
    with open(corpus, encoding="utf-8") as f, open(archive_path, "w", encoding="utf-8") as a, \
            open(day_path, "w", encoding="utf-8") as d:
        for line, p in zip(f, page_of):
            (d if p in day_pages else a).write(line)
    return n


def reprints(tsv):
    """reprint id -> original id (an archived original counts as the original)."""
    out, head = {}, {}
    with open(tsv, encoding="utf-8") as f:
        next(f)
        for line in f:
            c, i, role = line.rstrip("\n").split("\t")[:3]
            if role in ("original", "archived"):
                head[c] = i
            else:
                out[i] = head[c]
    return out


def du(path):
    return sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path))


def best(runs):
    """The run of least CPU time (the ratio is of CPU: wall times on a shared
    machine say more about the other work than about this)."""
    return min(runs, key=lambda r: r[1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baokan", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--archive", type=int, default=1000000)
    ap.add_argument("--day", type=int, default=10000)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-single", action="store_true")
    ap.add_argument("--reuse-index", action="store_true",
                    help="keep WORK/index when it is there (built by an earlier run of this "
                         "script with the same baokan) instead of building it again")
    args = ap.parse_args()
    w = args.work
    corpus_dir = os.path.join(w, "corpus")
    if not os.path.exists(os.path.join(corpus_dir, "articles.jsonl")):
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), "--articles",
                        str(args.archive + args.day), "--out", corpus_dir], check=True)
    archive, day = os.path.join(w, "archive.jsonl"), os.path.join(w, "day.jsonl")
    if not os.path.exists(day):
        split_corpus(os.path.join(corpus_dir, "articles.jsonl"), args.day, archive, day)
    n_archive = sum(1 for _ in open(archive, encoding="utf-8"))
    n_day = sum(1 for _ in open(day, encoding="utf-8"))
    dedup = [args.baokan, "dedup", "--quiet", "--threads", str(args.threads)]
    index = os.path.join(w, "index")
    rows = []
    if not (args.reuse_index and os.path.exists(os.path.join(index, "MANIFEST"))):
        shutil.rmtree(index, ignore_errors=True)
        r = run_timed(dedup + ["--index", index, archive, "-o", os.devnull,
                               "--clusters", os.path.join(w, "archive.tsv")])
        rows.append(("build the index (%d articles)" % n_archive,) + r[:3])
    day_runs, alone_runs = [], []
    copy = os.path.join(w, "index.day")
    for _ in range(args.repeat):
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(index, copy, copy_function=os.link)
        day_runs.append(run_timed(dedup + ["--index", copy, day, "-o", os.path.join(w, "day.out"),
                                           "--clusters", os.path.join(w, "day.tsv")]))
        alone_runs.append(run_timed(dedup + [day, "-o", os.devnull]))
    d, a = best(day_runs), best(alone_runs)
    rows.append(("day with the index (%d articles)" % n_day,) + d[:3])
    rows.append(("day alone (%d articles)" % n_day,) + a[:3])
    if not args.no_single:
        s = run_timed(dedup + [archive, day, "-o", os.devnull,
                               "--clusters", os.path.join(w, "single.tsv")])
        rows.append(("single run over both (%d articles)" % (n_archive + n_day),) + s[:3])
    print("%-42s %9s %9s %9s" % ("run", "wall s", "CPU s", "peak MB"))
    for name, wall, cpu, rss in rows:
        print("%-42s %9.2f %9.2f %9.0f" % (name, wall, cpu, rss))
    print("index on disk: %.0f MB (%.0f bytes per archived article)" %
          (du(index) / 1e6, du(index) / max(1, n_archive)))
    print("day with the index / day alone: wall %.2fx, CPU %.2fx (target CPU <= %gx)"
          % (d[0] / a[0], d[1] / a[1], TARGET_RATIO))
    for line in d[3].splitlines():
        if line.startswith("baokan dedup: index"):
            print(line)
    if not args.no_single:
        both = reprints(os.path.join(w, "archive.tsv"))
        today = reprints(os.path.join(w, "day.tsv"))
        both.update(today)
        single = reprints(os.path.join(w, "single.tsv"))
        differ = sorted(k for k in set(both) | set(single) if both.get(k) != single.get(k))
        # By design the archive's articles stay originals: a single run over
        # both keeps a day article as the original of a cluster with archived
        # copies (the generator puts originals and copies on random pages, so
        # some originals fall on the day's later pages); the index cannot.
        day_ids = set(json.loads(line)["id"] for line in open(day, encoding="utf-8"))
        members = {}
        for r, o in single.items():
            members.setdefault(o, set()).add(r)
        later = set(o for o, ms in members.items() if o in day_ids and ms - day_ids)
        by_design = [k for k in differ if k in later or single.get(k) in later]
        other = [k for k in differ if k not in set(by_design)]
        print("reprints: archive run + day run %d, single run %d, differing %d: %d in the %d "
              "clusters whose original is on the day's pages and has archived copies "
              "(by design), %d other"
              % (len(both), len(single), len(differ), len(by_design), len(later), len(other)))
        for k in other[:10]:
            print("  %s: index runs -> %s, single run -> %s" % (k, both.get(k), single.get(k)))

if __name__ == "__main__":
    main()
