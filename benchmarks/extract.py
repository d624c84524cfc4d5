#!/usr/bin/env python3
"""Extraction accuracy and speed of webclean and its peers, measured in one run.

    python benchmarks/extract.py [--corpus ../shared/corpus] [--extractors webclean,trafilatura,readability,gne]
                                 [--repeat 1] [--out benchmarks/results/extract.md]

It loads the project's scorer (``../shared/eval/score_extract.py``) and uses its
own worker runner, page scoring and aggregation, so the figures are the
scorer's; the table adds throughput as a ratio to trafilatura measured in the
same run (these machines are noisy: compare ratios, not absolute pages/s).
``--repeat N`` runs each page N times for steadier timing (accuracy uses the
first run).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score_extract", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_extract"] = module
    spec.loader.exec_module(module)
    return module


def run_one(se, name: str, corpus: Path, ids: list[str], repeat: int) -> dict:
    runner = se.Runner(name, 10.0)
    ok, info = runner.start()
    if not ok:
        return {"extractor": name, "skipped": info}
    rows, seconds, timed = [], 0.0, 0
    try:
        for pid in ids:
            gold = json.loads((corpus / "gold" / f"{pid}.json").read_text(encoding="utf-8"))
            data = (corpus / "pages" / f"{pid}.html").read_bytes()
            status, payload, dt = runner.run(data, gold.get("url"))
            for _ in range(repeat - 1):
                if status != "ok":
                    break
                _, _, extra = runner.run(data, gold.get("url"))
                dt += extra
            row = {"id": pid, "site": gold.get("site"), "status": status}
            if status == "ok":
                seconds += dt
                timed += repeat
            row.update(se.score_page(gold, payload if status == "ok" else {}))
            rows.append(row)
    finally:
        runner.close()
    agg = se.aggregate(rows)
    agg["pages_per_second"] = timed / seconds if seconds else None
    return {"extractor": name, "version": runner.version, "aggregate": agg}


def pct(v) -> str:
    return "-" if v is None else f"{100 * v:.1f}%"


def table(results: list[dict]) -> str:
    base = next((r["aggregate"]["pages_per_second"] for r in results
                 if r["extractor"] == "trafilatura" and "aggregate" in r), None)
    head = ("| extractor | body F1 | title | author | spurious author | date | editor | source | crashes+timeouts "
            "| pages/s | x trafilatura |")
    lines = [head, "|" + "---|" * 11]
    for r in results:
        if "aggregate" not in r:
            lines.append(f"| {r['extractor']} | skipped: {r['skipped'][:60]} |" + " |" * 9)
            continue
        a = r["aggregate"]
        pps = a["pages_per_second"]
        ratio = f"{pps / base:.1f}x" if pps and base else "-"
        lines.append(
            f"| {r['extractor']} {r.get('version') or ''} | {a['body_f1']:.3f} | {pct(a['title_acc'])} "
            f"| {pct(a['author_acc'])} | {pct(a.get('author_spurious_rate'))} | {pct(a['date_acc'])} "
            f"| {pct(a['editor_acc'])} | {pct(a['source_acc'])} | {a['crashes'] + a['timeouts']} "
            f"| {pps:.1f} | {ratio} |" if pps else
            f"| {r['extractor']} | {a['body_f1'] or 0:.3f} | | | | | | | {a['crashes'] + a['timeouts']} | - | - |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score_extract.py")
    ap.add_argument("--extractors", default="webclean,trafilatura,readability,gne")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    if not args.corpus.is_dir() or not args.scorer.is_file():
        print(f"the corpus ({args.corpus}) or the scorer ({args.scorer}) is missing", file=sys.stderr)
        return 2
    se = load_scorer(args.scorer)
    ids = se.load_ids(args.corpus, "all", args.scorer.parent / "split.json")
    started = time.strftime("%Y-%m-%d %H:%M")
    results = [run_one(se, name.strip(), args.corpus, ids, max(1, args.repeat))
               for name in args.extractors.split(",") if name.strip()]
    text = (f"Corpus: {args.corpus} ({len(ids)} pages), run {started}, repeat {args.repeat}; "
            f"source = 来源 accuracy where annotated.\n\n{table(results)}\n")
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
