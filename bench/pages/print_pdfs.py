#!/usr/bin/env python3
"""Print HTML pages to PDF with one headless Chromium process (DevTools protocol over a pipe).

usage: print_pdfs.py --chromium PATH --profile DIR HTML:PDF ...

Starting Chromium takes a few seconds per page on a busy machine; this keeps one browser and
prints the pages one after the other, as `chromium --headless --print-to-pdf` would (CSS page
size, no header or footer). Exits non-zero on the first page that fails; make_corpus.sh then
falls back to one Chromium run per page. Python 3 standard library only.
"""
import argparse, base64, json, os, pathlib, subprocess, sys, time


class Browser:
    def __init__(self, chromium, profile):
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def fds():  # the DevTools pipe is fd 3 (commands in) and fd 4 (replies out)
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        self.p = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={profile}", "--remote-debugging-pipe",
             "about:blank"],
            preexec_fn=fds, pass_fds=(3, 4), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buf = b""
        self.n = 0
        self.events = []

    def _read(self, timeout):
        end = time.time() + timeout
        while b"\0" not in self.buf:
            if time.time() > end:
                raise TimeoutError("no reply from chromium")
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise EOFError("chromium closed the pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method, params=None, session=None, timeout=120):
        self.n += 1
        msg = {"id": self.n, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.to_child, json.dumps(msg).encode() + b"\0")
        while True:
            r = self._read(timeout)
            if r.get("id") == self.n:
                if "error" in r:
                    raise RuntimeError(f"{method}: {r['error']}")
                return r.get("result", {})
            self.events.append(r)

    def wait_event(self, method, session, timeout=120):
        while True:
            for i, e in enumerate(self.events):
                if e.get("method") == method and e.get("sessionId") == session:
                    del self.events[:i + 1]
                    return e
            self.events.clear()
            self.events.append(self._read(timeout))

    def close(self):
        try:
            self.call("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.p.kill()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--profile", required=True)
    ap.add_argument("jobs", nargs="+", help="HTML:PDF")
    a = ap.parse_args()
    b = Browser(a.chromium, a.profile)
    try:
        target = b.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = b.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        b.call("Page.enable", session=session)
        for job in a.jobs:
            src, dst = job.rsplit(":", 1)
            b.events.clear()
            b.call("Page.navigate", {"url": pathlib.Path(src).resolve().as_uri()}, session=session)
            b.wait_event("Page.loadEventFired", session)
            r = b.call("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True,
                                           "displayHeaderFooter": False}, session=session)
            with open(dst + ".part", "wb") as f:
                f.write(base64.b64decode(r["data"]))
            os.replace(dst + ".part", dst)
    finally:
        b.close()


if __name__ == "__main__":
    sys.exit(main())
