#!/usr/bin/env python3
"""Cost of the corpus signals and the fingerprint: ``record_figures`` time against the whole ``clean()`` time.

    .venv/bin/python benchmarks/signals.py [--corpus ../shared/corpus] [--repeat 5]

The issue allows them at most 5 % of a ``clean()`` call. ``Cleaner.clean`` computes them once per record,
in ``pipeline.build_record``, with ``webclean.corpus.record_figures``; this script swaps that name in the
pipeline module for a wrapper that times each call, then cleans every corpus page: both figures come from
the same calls (the figures as they run inside ``clean()``, on the paragraphs the stages just made), and
the share is the figures' total over the ``clean()`` total. Pages are visited in a shuffled order on each
repeat (fixed seed), so a slow spell of the machine falls on all pages alike.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

#: What the issue allows: the figures' share of a clean() call.
LIMIT = 0.05


def measure(pages: list[bytes], repeat: int, seed: int = 7) -> tuple[float, float, int]:
    """(seconds in clean(), seconds in record_figures within them, calls) over ``repeat`` shuffled passes."""
    from webclean import pipeline

    spent = [0.0]
    record_figures = pipeline.record_figures

    def timed_figures(*args: object) -> object:
        start = time.perf_counter()
        try:
            return record_figures(*args)
        finally:
            spent[0] += time.perf_counter() - start

    pipeline.record_figures = timed_figures
    try:
        cleaner = pipeline.Cleaner()
        order = list(range(len(pages)))
        rng = random.Random(seed)
        clean_total = 0.0
        for _ in range(repeat):
            rng.shuffle(order)
            for i in order:
                start = time.perf_counter()
                cleaner.clean(pages[i])
                clean_total += time.perf_counter() - start
    finally:
        pipeline.record_figures = record_figures
    return clean_total, spent[0], repeat * len(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pages = [p.read_bytes() for p in sorted((args.corpus / "pages").glob("*.html"))]
    if not pages:
        raise SystemExit(f"no pages under {args.corpus / 'pages'}")
    clean_total, figures_total, calls = measure(pages, args.repeat)
    share = figures_total / clean_total
    print(f"pages: {len(pages)} x {args.repeat}")
    print(f"clean(): {1000 * clean_total / calls:.2f} ms/page; signals and fingerprint: "
          f"{1000 * figures_total / calls:.3f} ms/page")
    print(f"share of clean(): {100 * share:.2f} % (limit {100 * LIMIT:.0f} %)")
    if share > LIMIT:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
