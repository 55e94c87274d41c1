#!/usr/bin/env python3
"""datasketch's MinHash over the same shingles as baokan, for the side-by-side
figure in bench/dedup/fingerprint_bench.sh.

  PYTHONPATH=../shared/peers/datasketch bench/dedup/datasketch_speed.py ARTICLES.jsonl [--limit N]

For each article's `text` (up to --limit articles): the match form (letters,
digits and ideographs; baokan's without the NFKC and traditional folding),
its 5-character shingles, datasketch.MinHash(num_perm=128).update_batch over
their UTF-8 bytes. Prints MB/s of text per second of this process's CPU time
(the match form and shingling are not timed, only datasketch's hashing).
"""

import argparse
import json
import re
import sys
import time

NON_WORD = re.compile(r"[^\w]|_", re.UNICODE)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("articles")
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--k", type=int, default=5)
    args = ap.parse_args()
    try:
        from datasketch import MinHash
    except ImportError as e:
        sys.exit("datasketch_speed: cannot import datasketch (%s); put ../shared/peers/datasketch "
                 "on PYTHONPATH and install python3-numpy python3-scipy" % e)
    texts = []
    with open(args.articles, encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line).get("text") or "")
            if len(texts) >= args.limit:
                break
    shingled = []
    for t in texts:
        m = NON_WORD.sub("", t)
        grams = [m[i:i + args.k].encode() for i in range(max(1, len(m) - args.k + 1))] if m else []
        shingled.append(grams)
    nbytes = sum(len(t.encode()) for t in texts)
    start = time.process_time()
    for grams in shingled:
        h = MinHash(num_perm=128)
        if grams:
            h.update_batch(grams)
    cpu = time.process_time() - start
    print("datasketch MinHash(128): %d articles, %.1f MB of text in %.2f s CPU: %.2f MB/s per core"
          % (len(texts), nbytes / 1e6, cpu, nbytes / 1e6 / cpu))


if __name__ == "__main__":
    main()
