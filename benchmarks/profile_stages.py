#!/usr/bin/env python3
"""Where a ``clean()`` call spends its time: ms per page for each stage and its main steps, in CPU time.

    python benchmarks/profile_stages.py [--rounds 5] [--devset] [--trafilatura] [--readme] [--corpus ../shared/corpus]

Every page of ``../shared/corpus`` (and with ``--devset`` of ``.cache/devset``) is cleaned once to warm
up, then ``--rounds`` times; each stage of :data:`webclean.pipeline.STAGES` and each step below is timed
with ``time.process_time`` (CPU time: other processes on a shared machine do not count), and the table
gives the median over the rounds of the mean per page. A step nested in another (indented) is part of
its parent's time; "other" is the stage's time outside its listed steps; "pipeline" is what a call
costs outside the stages (argument checks, the document, the frozen record with its signals and
fingerprint, and freeing the page's tree and blocks).

In the same rounds, page by page, the peers run on the same bytes: the bare lxml parse and walk
(``benchmarks/lxml_walk.py``) always, and trafilatura's ``bare_extraction(with_metadata=True)`` (the
project's scorer's call) with ``--trafilatura``. Their rates are given as ratios to webclean's from the
same run (absolute figures vary with the machine's load; the ratios much less). The timers add about
0.02 ms to each webclean call. ``--readme`` rewrites the README's profile section.

Steps are found by their public names in the stage modules and wrapped for the run (a module that calls
a step through its global name sees the wrapper); a step a refactoring renames is reported missing.
"""
from __future__ import annotations

import argparse
import importlib
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lxml_walk import parse_and_walk
from realpages import DEVSET, ROOT, SHARED_CORPUS, update_readme

# (stage, label, module, attribute, depth): depth 1 is a step of the stage, 2 a step inside the step above.
STEPS: tuple[tuple[str, str, str, str, int], ...] = (
    ("decode", "charset detection and decoding", "webclean.decode", "decode", 1),
    ("decode", "HTML or text", "webclean.decode", "looks_like_html", 1),
    ("repair", "mojibake", "webclean.repair", "repair_text_with_repairs", 1),
    ("repair", "pinyin annotations, lost characters", "webclean.repair", "restore_annotated_text", 1),
    ("parse", "lxml parse (with the attribute and depth limits)", "webclean.parse.html", "parse_tree", 1),
    ("parse", "long start tags", "webclean.parse.html", "limit_attributes", 2),
    ("parse", "one survey of the tree (head, styles, rows, raw-text elements)", "webclean.parse.html",
     "survey_tree", 1),
    ("parse", "head: title, meta, JSON-LD, script dates", "webclean.parse.html", "head_of", 1),
    ("parse", "tree cleaning", "webclean.parse.html", "clean_tree", 1),
    ("parse", "hidden elements", "webclean.parse.html", "remove_hidden", 2),
    ("parse", "style sheets' hidden selectors", "webclean.parse.html", "hidden_css_selectors", 3),
    ("parse", "data tables", "webclean.parse.html", "join_data_rows", 1),
    ("parse", "segmentation into blocks", "webclean.parse.html", "segment", 1),
    ("parse", "lost-text check (and a second reading where the tree lost text)", "webclean.parse.html",
     "recover_lost_text", 1),
    ("strip", "spam", "webclean.strip", "mark_spam", 1),
    ("strip", "boilerplate", "webclean.strip", "mark_boilerplate", 1),
    ("strip", "page signals", "webclean.strip.boilerplate", "page_signals", 2),
    ("strip", "in-article controls", "webclean.strip", "mark_controls", 1),
    ("extract", "metadata", "webclean.extract", "extract_metadata", 1),
    ("extract", "title", "webclean.extract.metadata", "find_title", 2),
    ("extract", "credit lines", "webclean.extract.metadata", "scan_credit_lines", 2),
    ("extract", "datelines", "webclean.extract.metadata", "scan_datelines", 2),
    ("extract", "weighing the candidates", "webclean.extract.metadata", "weigh_credits", 2),
    ("extract", "body selection", "webclean.extract", "select_body", 1),
    ("normalise", "script detection", "webclean.normalise", "detect_script", 1),
    ("pipeline", "the record's signals and fingerprint", "webclean.pipeline", "record_figures", 1),
)


class Timers:
    """CPU seconds spent in each stage and step during one round."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def wrap(self, key: str, func: Callable[..., Any]) -> Callable[..., Any]:
        spent, clock = self.spent, time.process_time

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                spent[key] = spent.get(key, 0.0) + clock() - start

        return timed


def install_step_timers(timers: Timers) -> tuple[list[tuple[Any, str, Any]], list[str]]:
    """Wrap every step found; returns what to restore afterwards and the steps not found."""
    restore, missing = [], []
    for stage, _, module_name, attribute, _ in STEPS:
        module = importlib.import_module(module_name)
        func = getattr(module, attribute, None)
        if func is None:
            missing.append(f"{module_name}.{attribute}")
            continue
        restore.append((module, attribute, func))
        setattr(module, attribute, timers.wrap(f"{stage}/{attribute}", func))
    return restore, missing


def corpus_pages(corpus: Path, devset: bool) -> list[tuple[str, bytes]]:
    """The pages of ``corpus/pages`` (and of the devset's), as bytes."""
    folders = [corpus / "pages"] + ([DEVSET / "pages"] if devset else [])
    pages = [(p.stem, p.read_bytes()) for folder in folders for p in sorted(folder.glob("*.html"))]
    if not pages:
        sys.exit(f"no pages in {corpus / 'pages'}: this benchmark needs ../shared")
    return pages


def run(pages: list[tuple[str, bytes]], rounds: int, trafilatura: bool) -> dict[str, list[float]]:
    """Per round, the mean CPU ms per page of every stage, step, the whole call and each peer."""
    import webclean
    from webclean.pipeline import STAGES

    timers = Timers()
    cleaner = webclean.Cleaner(stages=[(name, timers.wrap(name, stage)) for name, stage in STAGES])
    peers: dict[str, Callable[[bytes], Any]] = {"lxml": parse_and_walk}
    if trafilatura:
        import trafilatura as traf
        peers["trafilatura"] = lambda page: traf.bare_extraction(page, with_metadata=True, include_comments=False)
    restore, missing = install_step_timers(timers)
    if missing:
        print(f"steps not found (renamed?): {', '.join(missing)}", file=sys.stderr)
    rows: dict[str, list[float]] = {}
    clock = time.process_time
    try:
        for _, page in pages:   # warm-up: caches, lazily built tables, the peers' imports
            cleaner.clean(page)
            for peer in peers.values():
                peer(page)
        for _ in range(rounds):
            timers.spent.clear()
            totals = dict.fromkeys(["clean", *peers], 0.0)
            for _, page in pages:
                start = clock()
                cleaner.clean(page)
                totals["clean"] += clock() - start
                for name, peer in peers.items():
                    start = clock()
                    peer(page)
                    totals[name] += clock() - start
            for key, seconds in list(timers.spent.items()) + list(totals.items()):
                rows.setdefault(key, []).append(1000 * seconds / len(pages))
    finally:
        for module, attribute, func in restore:
            setattr(module, attribute, func)
    return rows


def table(rows: dict[str, list[float]]) -> str:
    """The profile as a markdown table, stages in pipeline order with their steps under them."""
    from webclean.pipeline import STAGES

    median = {key: statistics.median(values) for key, values in rows.items()}
    total = median["clean"]
    lines = ["| stage / step | ms per page | share of `clean()` |", "|---|---|---|"]

    def line(label: str, ms: float, depth: int) -> None:
        indent = "&nbsp;&nbsp;&nbsp;" * depth
        name = f"**{label}**" if depth == 0 else f"{indent}{label}"
        lines.append(f"| {name} | {ms:.2f} | {100 * ms / total:.0f} % |")

    in_stages = 0.0
    for stage, _ in STAGES:
        stage_ms = median.get(stage, 0.0)
        in_stages += stage_ms
        line(stage, stage_ms, 0)
        top = 0.0
        for step_stage, label, _, attribute, depth in STEPS:
            key = f"{step_stage}/{attribute}"
            if step_stage == stage and key in median:
                line(label, median[key], depth)
                top += median[key] if depth == 1 else 0.0
        if top:
            line("other", max(0.0, stage_ms - top), 1)
    line("pipeline (checks, document, record)", max(0.0, total - in_stages), 0)
    for step_stage, label, _, attribute, depth in STEPS:
        if step_stage == "pipeline" and f"pipeline/{attribute}" in median:
            line(label, median[f"pipeline/{attribute}"], depth)
    lines.append(f"| **`clean()`** | **{total:.2f}** | 100 % |")
    return "\n".join(lines)


def peers_line(rows: dict[str, list[float]]) -> str:
    """The peers' rates as ratios to webclean's, from the same rounds."""
    clean = statistics.median(rows["clean"])
    lxml = statistics.median(rows["lxml"])
    parts = [f"lxml parse and walk {lxml:.2f} ms per page: webclean runs at **{lxml / clean:.3f}** of its rate"]
    if "trafilatura" in rows:
        traf = statistics.median(rows["trafilatura"])
        parts.append(f"trafilatura `bare_extraction(with_metadata=True)` {traf:.2f} ms per page: webclean is "
                     f"**{traf / clean:.2f}x** as fast")
    return "In the same rounds: " + "; ".join(parts) + "."


def commit_label() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown commit"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--corpus", type=Path, default=SHARED_CORPUS, help="a folder with pages/*.html")
    ap.add_argument("--devset", action="store_true", help="also the pages of .cache/devset")
    ap.add_argument("--trafilatura", action="store_true", help="time trafilatura in the same rounds (slow)")
    ap.add_argument("--readme", action="store_true", help="rewrite the README's profile section")
    args = ap.parse_args(argv)
    pages = corpus_pages(args.corpus, args.devset)
    rows = run(pages, max(1, args.rounds), args.trafilatura)
    head = (f"{len(pages)} pages ({'shared corpus and devset' if args.devset else 'shared corpus'}), CPU time, "
            f"median of {max(1, args.rounds)} rounds, commit {commit_label()}, "
            f"{time.strftime('%Y-%m-%d')}.")
    text = f"{head}\n\n{table(rows)}\n\n{peers_line(rows)}"
    print(text)
    if args.readme:
        update_readme("profile", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
