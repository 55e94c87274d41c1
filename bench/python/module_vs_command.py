#!/usr/bin/env python3
"""The Python module against the command on the same records (issue 19).

usage: bench/python/module_vs_command.py [BUILD_DIR] [--records N] [--threads T]

Makes N article records (bench/region/news_gen.py, repeated as needed), then
places them (`baokan region` vs Gazetteer.place_iter) and labels their
subjects with the lexicon (`baokan predict --lexicon` vs Model.label_iter),
each from a JSONL file to a JSONL file, the module streaming the file through
in batches as a notebook would. Each run is a child process timed by wall
clock and CPU (user + system); the outputs are compared byte for byte. Prints
the module's time over the command's (target: at most 1.2).
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# The module's side of each task, run as `python3 -c` with the paths as
# arguments: stream the input file through and write what the command writes,
# the lines as bytes (UTF-8 JSON, as the files hold them), as a job that
# copies records from file to file would.
PLACE = """
import baokan, sys
threads = int(sys.argv[3])
with open(sys.argv[1], "rb") as src, open(sys.argv[2], "wb") as out:
    g = baokan.Gazetteer()
    for line in g.place_iter((l.rstrip(b"\\n") for l in src), threads=threads, as_bytes=True):
        out.write(line)
        out.write(b"\\n")
"""
PREDICT = """
import baokan, sys
threads = int(sys.argv[3])
with open(sys.argv[1], "rb") as src, open(sys.argv[2], "wb") as out:
    model = baokan.Model.lexicon()
    for line in model.label_iter((l.rstrip(b"\\n") for l in src), threads=threads, as_bytes=True):
        out.write(line)
        out.write(b"\\n")
"""


def timed(cmd, env=None):
    """Runs cmd; returns (wall s, CPU s of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def make_records(path, n):
    out = subprocess.run([sys.executable, os.path.join(REPO, "bench/region/news_gen.py"),
                          "--per-kind", "400"], check=True, capture_output=True,
                         text=True).stdout.splitlines()
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(out[i % len(out)] + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build", nargs="?", default=os.path.join(REPO, "build"))
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    baokan = os.path.join(args.build, "baokan")
    env = dict(os.environ, PYTHONPATH=os.path.join(args.build, "python"))
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "articles.jsonl")
        make_records(data, args.records)
        t = str(args.threads)
        tasks = [
            ("place", [baokan, "region", data, "--threads", t, "--quiet"], PLACE),
            ("predict --lexicon", [baokan, "predict", "--lexicon", data, "--threads", t,
                                   "--quiet"], PREDICT),
        ]
        print(f"{args.records} records, {args.threads} thread(s); seconds wall / CPU")
        print(f"{'task':18} {'command':>15} {'module':>15} {'ratio wall':>11} {'ratio CPU':>10}"
              f"  same output")
        for name, command, script in tasks:
            cmd_out, mod_out = os.path.join(tmp, "cmd.jsonl"), os.path.join(tmp, "mod.jsonl")
            cw, cc = timed(command + ["-o", cmd_out])
            mw, mc = timed([sys.executable, "-c", script, data, mod_out, t], env=env)
            with open(cmd_out, "rb") as a, open(mod_out, "rb") as b:
                same = a.read() == b.read()
            print(f"{name:18} {cw:7.2f} / {cc:5.2f} {mw:7.2f} / {mc:5.2f} {mw / cw:11.2f} "
                  f"{mc / cc:10.2f}  {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
