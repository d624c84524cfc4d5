#!/usr/bin/env python3
"""Write every record webclean gives for the pages we have, or compare against an earlier snapshot.

    python scripts/snapshot_records.py write  /tmp/before.json
    python scripts/snapshot_records.py compare /tmp/before.json      # lists the pages whose record changed

Pages: the fixtures (``fixtures/html``, ``fixtures/text``), and where ``../shared`` is present the seed, the
real pages of ``../shared/corpus`` and the text pages of ``../shared/textpages``; with ``--devset`` also the
cached development pages (``.cache/devset``). A refactoring that should change no behaviour shows an empty
comparison.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def pages(devset: bool):
    for path in sorted((ROOT / "fixtures" / "html").glob("*.html")):
        yield f"fixture/{path.name}", path.read_bytes(), None
    for path in sorted((ROOT / "fixtures" / "text").glob("*.txt")):
        yield f"fixture/{path.name}", path.read_bytes(), None
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        yield f"seed/{path.name}", path.read_bytes(), None
    for gold in sorted((SHARED / "corpus" / "gold").glob("*.json")):
        url = json.loads(gold.read_text(encoding="utf-8")).get("url")
        yield f"corpus/{gold.stem}", (SHARED / "corpus" / "pages" / f"{gold.stem}.html").read_bytes(), url
    cases = SHARED / "textpages" / "cases.jsonl"
    if cases.is_file():
        for line in cases.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            yield f"textpages/{case['id']}", case["input"].encode("utf-8"), None
    if devset:
        for gold in sorted((ROOT / ".cache" / "devset" / "gold").glob("*.json")):
            url = json.loads(gold.read_text(encoding="utf-8")).get("url")
            page = ROOT / ".cache" / "devset" / "pages" / f"{gold.stem}.html"
            if page.is_file():
                yield f"devset/{gold.stem}", page.read_bytes(), url


def snapshot(devset: bool) -> dict[str, dict]:
    import webclean

    out = {}
    for name, data, url in pages(devset):
        rec = webclean.clean(data, url=url).to_dict()
        rec.pop("body", None)
        out[name] = rec
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=("write", "compare"))
    ap.add_argument("path", type=Path)
    ap.add_argument("--devset", action="store_true", help="include the cached development pages")
    ap.add_argument("--fields", default="", help="compare only these comma-separated fields")
    args = ap.parse_args(argv)
    now = snapshot(args.devset)
    if args.action == "write":
        args.path.write_text(json.dumps(now, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"{len(now)} records written to {args.path}")
        return 0
    before = json.loads(args.path.read_text(encoding="utf-8"))
    wanted = [f for f in args.fields.split(",") if f]
    changed = 0
    for name, rec in now.items():
        old = before.get(name)
        if old is None:
            print(f"new     {name}")
            continue
        diffs = [k for k in rec if (not wanted or k in wanted) and rec.get(k) != old.get(k)]
        if diffs:
            changed += 1
            print(f"changed {name}: {', '.join(diffs)}")
            for k in diffs:
                if k in ("paragraphs", "removed", "repairs", "evidence"):
                    print(f"    {k}: {len(old.get(k) or [])} -> {len(rec.get(k) or [])} items")
                else:
                    print(f"    {k}: {str(old.get(k))[:100]!r} -> {str(rec.get(k))[:100]!r}")
    print(f"{changed} of {len(now)} records changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
