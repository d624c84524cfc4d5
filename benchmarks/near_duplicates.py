#!/usr/bin/env python3
"""How well ``Record.fingerprint`` groups mirror copies: precision and recall of ``webclean.near_duplicates``.

    .venv/bin/python benchmarks/near_duplicates.py [--corpus ../shared/corpus] [--readme]

Every page of the corpus and its four generated copies (``benchmarks/mirror_copies.py``: hacked, mirror,
re-templated, mirror as text) is cleaned; the records are grouped at each threshold and the grouping is
scored on pairs of records: a pair is right when both are of the same page and grouped together (a copy
with its original or with another copy of it), wrong when grouped though of different pages. Precision is
right pairs / grouped pairs, recall right pairs / pairs of the same page. Records without a fingerprint
(bodies under ``MIN_FINGERPRINT_CHARS`` canonical characters) count as missed in recall, and the pages
they come from are listed. The scores are given twice: over the originals and their HTML copies (hacked,
mirror, re-templated), and with the text copies too, whose cleaned body is often not the HTML page's
(a text dump keeps the page's navigation and footer as lines, and webclean's text path keeps some of them).
``--readme`` rewrites the table in the README's ``near-duplicates`` section.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from mirror_copies import SEED, VARIANTS, make_copies  # noqa: E402
from realpages import update_readme  # noqa: E402

THRESHOLDS = tuple(range(0, 13))


def clean_all(pages: dict[str, bytes], seed: int) -> list[tuple[str, str, object]]:
    """(page id, variant, record) for every page and every copy; the original's variant is ``original``."""
    import webclean

    out = []
    for pid, copies in make_copies(pages, seed).items():
        out.append((pid, "original", webclean.clean(pages[pid])))
        for variant in VARIANTS:
            if variant in copies:
                out.append((pid, variant, webclean.clean(copies[variant])))
    return out


HTML_VARIANTS = ("hacked", "mirror", "renav")


def score(items: list[tuple[str, str, object]], threshold: int, variants: tuple[str, ...] = VARIANTS) -> dict:
    """Pairwise precision and recall of the grouping at ``threshold`` over the originals and the copies of
    ``variants``, the copies of each variant grouped with their original, and the wrong pairs."""
    import webclean

    items = [item for item in items if item[1] == "original" or item[1] in variants]
    groups = webclean.near_duplicates([rec for _, _, rec in items], threshold)
    group_of = {position: g for g, members in enumerate(groups) for position in members}
    truth = [pid for pid, _, _ in items]
    grouped = right = same = 0
    wrong: list[tuple[str, str, str, str]] = []
    for a, b in combinations(range(len(items)), 2):
        together = a in group_of and group_of.get(a) == group_of.get(b)
        if truth[a] == truth[b]:
            same += 1
            right += together
        if together:
            grouped += 1
            if truth[a] != truth[b]:
                wrong.append((items[a][0], items[a][1], items[b][0], items[b][1]))
    by_variant = Counter()
    for position, (pid, variant, _) in enumerate(items):
        if variant == "original":
            continue
        original = next(i for i, (p, v, _) in enumerate(items) if p == pid and v == "original")
        by_variant[variant, original in group_of and group_of.get(original) == group_of.get(position)] += 1
    return {"threshold": threshold, "precision": right / grouped if grouped else 1.0,
            "recall": right / same if same else 0.0, "grouped": grouped, "right": right, "same": same,
            "variants": {v: (by_variant[v, True], by_variant[v, True] + by_variant[v, False]) for v in variants},
            "wrong": wrong}


def table(html: list[dict], every: list[dict], pages: int, records: int, unprinted: list[str], seed: int) -> str:
    head = ("| threshold (bits) | precision | recall | " + " | ".join(f"{v} copies found" for v in HTML_VARIANTS) +
            " | with text copies: precision | recall | text copies found |")
    lines = [f"{pages} corpus pages and {records - pages} generated copies (seed {seed}); "
             f"{len(unprinted)} records have no fingerprint (bodies under 40 characters).", "", head,
             "|" + "---|" * (6 + len(HTML_VARIANTS))]
    for h, e in zip(html, every):
        cells = [str(h["threshold"]), f"{100 * h['precision']:.1f}%", f"{100 * h['recall']:.1f}%"]
        cells += [f"{ok}/{n}" for ok, n in h["variants"].values()]
        ok, n = e["variants"]["mirror_text"]
        cells += [f"{100 * e['precision']:.1f}%", f"{100 * e['recall']:.1f}%", f"{ok}/{n}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--thresholds", type=int, nargs="*", default=list(THRESHOLDS))
    parser.add_argument("--readme", action="store_true", help="rewrite the README's near-duplicates table")
    args = parser.parse_args()
    pages = {p.stem: p.read_bytes() for p in sorted((args.corpus / "pages").glob("*.html"))}
    if not pages:
        raise SystemExit(f"no pages under {args.corpus / 'pages'}")
    items = clean_all(pages, args.seed)
    unprinted = [f"{pid}/{variant}" for pid, variant, rec in items if rec.fingerprint is None]
    html = [score(items, t, HTML_VARIANTS) for t in args.thresholds]
    every = [score(items, t) for t in args.thresholds]
    text = table(html, every, len(pages), len(items), unprinted, args.seed)
    print(text)
    print("\nwithout a fingerprint:", ", ".join(unprinted) or "none")
    for r in every:
        if r["wrong"]:
            print(f"\nthreshold {r['threshold']}: {len(r['wrong'])} wrong pairs, e.g.",
                  "; ".join(f"{a}/{av} ~ {b}/{bv}" for a, av, b, bv in r["wrong"][:6]))
    if args.readme:
        update_readme("near-duplicates", text)


if __name__ == "__main__":
    main()
