"""Fetching a pinned npm package for the scripts that build models/ files.

fetch_pinned(package, version, integrity, tarball=None) returns the bytes of
`package@version`'s tarball: from `tarball` when given (offline), else from
`npm pack` (npm's cache first, so once fetched no network is needed). The
bytes must match the pinned sha512 `integrity` (the registry's dist.integrity
field); anything else ends the script with a message naming the package.
"""

import base64, hashlib, os, subprocess, sys, tempfile


def integrity_of(data):
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def fetch_pinned(package, version, integrity, tarball=None):
    script = os.path.basename(sys.argv[0])
    if tarball:
        with open(tarball, "rb") as f:
            data = f.read()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                subprocess.run(["npm", "pack", f"{package}@{version}", "--pack-destination", tmp,
                                "--prefer-offline", "--silent"], check=True,
                               stdout=subprocess.DEVNULL)
            except (OSError, subprocess.CalledProcessError) as e:
                sys.exit(f"{script}: npm pack {package}@{version} failed ({e}); it needs npm "
                         "and, unless npm's cache has the package, the npm registry; or pass "
                         "--tarball")
            with open(os.path.join(tmp, f"{package}-{version}.tgz"), "rb") as f:
                data = f.read()
    got = integrity_of(data)
    if got != integrity:
        sys.exit(f"{script}: {package}@{version}: integrity {got} does not match the pinned "
                 f"{integrity}")
    return data


def run(name, description, output, package, version, integrity, make_text):
    """The command line of a models/ generator `name` from a pinned npm
    package: `--tarball T.tgz` (offline), `--output` (default `output` under
    models/), `--check` (compare, exit 1 when different). make_text(data)
    turns the tarball's bytes into (file text, summary for the message)."""
    import argparse
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--tarball", help=f"a {package}-{version}.tgz already downloaded")
    ap.add_argument("--output", default=os.path.join(root, "models", output))
    ap.add_argument("--check", action="store_true",
                    help="compare with --output instead of writing it; exit 1 if different")
    a = ap.parse_args()
    text, summary = make_text(fetch_pinned(package, version, integrity, a.tarball))
    if a.check:
        with open(a.output, encoding="utf-8") as f:
            same = f.read() == text
        print(f"{name}: {a.output} {'is up to date' if same else 'DIFFERS'}")
        sys.exit(0 if same else 1)
    tmp = a.output + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, a.output)
    print(f"{name}: wrote {a.output} ({summary})")
