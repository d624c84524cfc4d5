#!/usr/bin/env python3
"""Cost of spam detection: ``spam.mark_spam`` time against the whole ``webclean.clean`` time.

    python benchmarks/spam.py [--corpus ../shared/corpus] [--repeat 3]

The issue allows spam detection at most 10 % of a clean() call. For every
corpus page this runs the default pipeline through ``Cleaner.inspect`` with
the strip stage's ``mark_spam`` call timed separately (a wrapped stage list,
same stages, same order), so both figures come from the same runs. The
lexicon is compiled once per process before timing starts (one-off cost,
printed apart). Also prints the spam removals and scores per page, which
must be empty / <= 0.2 on the (legitimate) corpus pages.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    try:
        from webclean import pipeline
        from webclean.strip import boilerplate, controls, spam, spam_lexicon
    except ImportError as exc:
        raise SystemExit(f"webclean.clean is not importable yet: {exc}") from exc
    pages = sorted((args.corpus / "pages").glob("*.html"))
    if not pages:
        raise SystemExit(f"no pages under {args.corpus / 'pages'}")

    t0 = time.perf_counter()
    spam_lexicon.compiled_lexicon()
    print(f"lexicon compile (once per process): {1000 * (time.perf_counter() - t0):.1f} ms")

    spent = {"spam": 0.0}

    def timed_strip(doc, opts):      # webclean.strip.strip_stage with its spam step timed apart
        start = time.perf_counter()
        spam.mark_spam(doc, opts)
        spent["spam"] += time.perf_counter() - start
        doc.check_budget("strip")
        boilerplate.mark_boilerplate(doc, opts)
        controls.mark_controls(doc, opts)

    order = tuple((name, timed_strip if name == "strip" else fn) for name, fn in pipeline.STAGES)
    cleaner = pipeline.Cleaner(stages=order)
    total = 0.0
    flagged = []
    for path in pages:
        raw = path.read_bytes()
        for _ in range(args.repeat):
            start = time.perf_counter()
            record, _ = cleaner.inspect(raw)
            total += time.perf_counter() - start
        spam_removed = [r for r in record.removed if r.kind == "spam"]
        if spam_removed or record.spam_score > 0.2 or record.error:
            flagged.append((path.name, record.spam_score, len(spam_removed), record.error))
    n = len(pages) * args.repeat
    print(f"pages: {len(pages)} x {args.repeat}")
    print(f"clean(): {1000 * total / n:.2f} ms/page; mark_spam: {1000 * spent['spam'] / n:.3f} ms/page")
    print(f"spam share of clean(): {100 * spent['spam'] / total:.2f} % (limit 10 %)")
    print(f"pages with spam removals, score > 0.2 or errors: {len(flagged)}")
    for row in flagged:
        print("  ", *row)


if __name__ == "__main__":
    main()
