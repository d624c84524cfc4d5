#!/usr/bin/env python3
"""Rebuild the page cache of our own real-page development set from pinned public commits.

    python scripts/build_devset.py [--mirrors /work/.mirror] [--download]

The set is described by ``devset/sources/*.jsonl`` (one page a line: ``id``, ``repo``, ``commit``, ``path``,
``url``, ``site``, ``license``) and our hand-checked gold records in ``devset/gold/<id>.json`` (the format of
``../shared/corpus/gold``). Page bytes are third-party content and never enter git: this script writes them,
exactly as the repository stores them, to ``.cache/devset/pages/<id>.html`` and copies the gold beside them
(``.cache/devset/gold``), so that ``../shared/eval/score_extract.py --corpus .cache/devset --ids all`` and
``benchmarks/extract.py`` score the set like the shared corpus.

Each page is read from a local bare mirror of its repository (``<mirrors>/<owner>+<name>/repo``, the layout
the search tool's ``fetch`` leaves) with ``git show <commit>:<path>``; with ``--download`` a page that no
mirror has is fetched from ``raw.githubusercontent.com`` at the pinned commit. Pages that cannot be had are
listed and skipped: the tests that use the set skip what is absent.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "devset"
CACHE = ROOT / ".cache" / "devset"


def read_sources() -> list[dict]:
    rows = []
    for path in sorted((DEVSET / "sources").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def from_mirror(mirrors: Path, row: dict) -> bytes | None:
    git_dir = mirrors / row["repo"].replace("/", "+") / "repo"
    if (git_dir / ".git").is_dir():
        git_dir = git_dir / ".git"   # some snapshots arrive as a checkout's .git rather than a bare directory
    if not git_dir.is_dir():
        return None
    done = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{row['commit']}:{row['path']}"],
                          capture_output=True, check=False)
    return done.stdout if done.returncode == 0 else None


def from_github(row: dict) -> bytes | None:
    # the path is quoted: some pages are named in Chinese, and a URL is sent as ASCII
    url = f"https://raw.githubusercontent.com/{row['repo']}/{row['commit']}/{urllib.parse.quote(row['path'])}"
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read()
    except OSError:
        return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirrors", type=Path, default=ROOT.parent / ".mirror")
    ap.add_argument("--download", action="store_true", help="fetch pages no mirror has from GitHub")
    args = ap.parse_args(argv)
    (CACHE / "pages").mkdir(parents=True, exist_ok=True)
    (CACHE / "gold").mkdir(parents=True, exist_ok=True)
    missing, written = [], 0
    for row in read_sources():
        gold = DEVSET / "gold" / f"{row['id']}.json"
        if not gold.is_file():
            continue  # listed but not annotated yet
        data = from_mirror(args.mirrors, row) or (from_github(row) if args.download else None)
        if data is None:
            missing.append(row["id"])
            continue
        (CACHE / "pages" / f"{row['id']}.html").write_bytes(data)
        shutil.copyfile(gold, CACHE / "gold" / gold.name)
        written += 1
    print(f"{written} pages written to {CACHE}")
    if missing:
        print(f"{len(missing)} pages not available (no mirror{'' if args.download else '; try --download'}): "
              + ", ".join(missing[:20]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
