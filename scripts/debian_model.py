"""Shared by the scripts that make a models/ file from a pinned Debian package:
the package check and the write-or-check command line."""
import argparse, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def installed_version(package):
    """The installed version of a Debian package, or None."""
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def tsv_text(head, rows):
    """The lines of `head` (comments, then the column names), then one line of
    tab-separated fields per row; every line ends in a newline."""
    return "\n".join(head + ["\t".join(r) for r in rows]) + "\n"


def run(name, description, output, package, version, make_text, counted):
    """The command line of a models/ generator `name`: writes make_text() to
    --output (default `output` under models/), or with --check compares it
    with the file and exits 1 when they differ. Needs `package` at `version`.
    `counted` names the rows of the file (lines not starting with '#', less
    the header) in the message."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--output", default=os.path.join(ROOT, "models", output))
    ap.add_argument("--check", action="store_true",
                    help="compare with --output instead of writing it; exit 1 if different")
    a = ap.parse_args()
    found = installed_version(package)
    if found != version:
        sys.exit(f"{name}: needs Debian's {package} {version} (found {found}); "
                 "scripts/install-deps.sh installs it")
    text = make_text()
    if a.check:
        with open(a.output, encoding="utf-8") as f:
            same = f.read() == text
        print(f"{name}: {a.output} {'is up to date' if same else 'DIFFERS'}")
        sys.exit(0 if same else 1)
    with open(a.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    rows = sum(1 for line in text.splitlines() if not line.startswith("#")) - 1
    print(f"{name}: wrote {a.output} ({rows} {counted})")
