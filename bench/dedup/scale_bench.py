#!/usr/bin/env python3
"""Dedup at several corpus sizes: articles/s, peak memory, growth per article.

  bench/dedup/scale_bench.py --baokan BUILD/baokan --work DIR [--sizes 100000,1000000,3000000]
                             [--memory SIZE] [--threads 2] [--reference OTHER/baokan]

For each size N, WORK/N/articles.jsonl is generated with gen_corpus.py unless
it exists, and `baokan dedup --threads T` runs on it under /usr/bin/time -v.
Prints, per size: wall and CPU seconds, articles/s (wall), peak RSS, and the
growth of the peak per article from the previous size (the figure that says
what 10 M articles would need). --memory is passed to dedup; --reference runs
another baokan (an older build) on the same corpora, side by side.
"""

import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_bench import HERE, run_timed  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baokan", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--sizes", default="100000,1000000,3000000")
    ap.add_argument("--memory", help="passed to dedup --memory")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--reference", help="another baokan to run beside it")
    args = ap.parse_args()
    runs = [("baokan", args.baokan, ["--memory", args.memory] if args.memory else [])]
    if args.reference:
        runs.append(("reference", args.reference, []))
    previous = {}
    print("%-10s %10s %9s %9s %11s %9s %14s" %
          ("run", "articles", "wall s", "CPU s", "articles/s", "peak MB", "growth B/art"))
    for n in [int(x) for x in args.sizes.split(",")]:
        d = os.path.join(args.work, str(n))
        corpus = os.path.join(d, "articles.jsonl")
        if not os.path.exists(corpus):
            subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), "--articles",
                            str(n), "--out", d], check=True)
        for name, exe, extra in runs:
            wall, cpu, rss, err = run_timed([exe, "dedup", "--quiet", "--threads",
                                             str(args.threads), corpus, "-o", os.devnull] + extra)
            growth = ""
            if name in previous:
                pn, prss = previous[name]
                growth = "%.0f" % ((rss - prss) * 1024 * 1024 / (n - pn))
            previous[name] = (n, rss)
            print("%-10s %10d %9.1f %9.1f %11.0f %9.0f %14s" %
                  (name, n, wall, cpu, n / wall, rss, growth), flush=True)


if __name__ == "__main__":
    main()
