#!/usr/bin/env python3
"""Extraction accuracy and speed of webclean and its peers on every real-page set, measured in one run.

    python benchmarks/extract.py [--repeat 3] [--extractors webclean,trafilatura,readability,gne,lxml-walk]
                                 [--corpus ../shared/corpus] [--devset .cache/devset]
                                 [--scorer ../shared/eval/score_extract.py] [--timeout 10]
                                 [--out benchmarks/results/extract.md] [--rows rows.json] [--readme]

The sets (``realpages.SETS``): the first pages of ``../shared/corpus`` (ids without ``x-``), the pages
added to it later (``x-…``), our devset (``.cache/devset``, ids ``d-…``, rebuilt by
``python scripts/build_devset.py``; left out when absent) and all of them together. Each set gets a table
with every extractor (body F1, title, author with the spurious rate where the gold names nobody, date,
editor, source, empty bodies, crashes+timeouts), and one more table gives the same figures per page kind
(the gold ``page_kind``) over all pages.

Every figure is the scorer's own (``../shared/eval/score_extract.py``: its worker ``Runner``, with one
worker process per extractor and a per-page timeout; its ``score_page`` and ``aggregate``). Extractors run
one at a time, never in parallel (2-core machines). Speed is pages/s over the shared corpus pages only,
given as a ratio to trafilatura (``bare_extraction`` with metadata, as the scorer runs it) measured in the
same run: absolute pages/s vary with the machine's load, the ratio much less. ``--repeat N`` runs the
shared pages N times per extractor for timing (accuracy uses the first run); each page goes through every
extractor in turn (the first one rotating) before the next page, so a burst of load elsewhere on the
machine falls on every extractor alike; pages/s is over every successful call (the scorer's definition),
for all shared pages and for the first and the added pages apart. ``lxml-walk`` (``benchmarks/lxml_walk.py``:
lxml's parse of the bytes and one walk over every element) is timed alongside and not scored; the speed
table gives every rate as a share of its rate too.

``--readme`` also rewrites the README's benchmark tables (between the ``extract-sets`` and
``extract-speed`` markers); ``--rows`` writes every page's scores and predictions as JSON.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lxml_walk import parse_and_walk
from realpages import (
    DEVSET,
    KINDS,
    PER_SET_HEAD,
    ROOT,
    SCORER,
    SET_KEYS,
    SET_SHORT,
    SETS,
    SHARED_CORPUS,
    Page,
    load_scorer,
    real_pages,
    set_of,
    update_readme,
)

EXTRACTORS = ("webclean", "trafilatura", "readability", "gne", "lxml-walk")
SPEED_BASELINE = "trafilatura"
# Timed in the same run, not scored: the bare lxml parse and walk (benchmarks/lxml_walk.py), the floor of
# any extractor built on lxml; webclean's rate as a share of it says what the Python around lxml costs.
WALK_PEER = "lxml-walk"
SPEED_ONLY = (WALK_PEER,)
PAGE_TIMEOUT = 10.0   # seconds; the scorer's default, so a timeout here is a timeout there
TIMED_SETS = ("shared-first", "shared-added")   # speed is measured on the shared corpus pages only
SPEED_HEAD = {"shared": "all shared", "shared-first": "first", "shared-added": "added `x-`"}
MAX_ROW_BODY = 2000   # characters of each predicted body kept in --rows output (enough to see what came out)


# ------------------------------------------------------------------ scoring (pure: no extractor runs here)

def has_main_text(gold: dict) -> bool:
    """Whether the gold says the page has main text (a body or body snippets), so an empty body is a miss.

    >>> has_main_text({"body": "正文", "fields_present": ["body"]}), has_main_text({"body_snippets": ["一句"]})
    (True, True)
    >>> has_main_text({"body": None, "fields_present": ["title"]})
    False
    """
    body = gold.get("body") if "body" in (gold.get("fields_present") or []) else None
    return bool((body or "").strip()) or bool(gold.get("body_snippets"))


def score_row(se: ModuleType, page: Page, status: str, pred: dict | None) -> dict:
    """One page's row: the scorer's ``score_page`` figures plus its set, kind, site and empty-body flag.

    A crash or a timeout scores as an empty prediction, as in the scorer; an empty body is counted only
    for a page that ran (a crash is counted as a crash) and has main text.
    """
    pred = pred if status == "ok" and pred else {}
    row = {"id": page.id, "site": page.site, "set": page.set, "kind": page.kind, "status": status,
           "empty_body": status == "ok" and has_main_text(page.gold) and not (pred.get("body") or "").strip()}
    row.update(se.score_page(page.gold, pred))
    return row


def summarise(se: ModuleType, rows: list[dict]) -> dict:
    """The scorer's ``aggregate`` of some rows, plus the number of empty bodies among them."""
    agg = se.aggregate(rows)
    agg["empty_bodies"] = sum(1 for r in rows if r.get("empty_body"))
    return agg


def by_set(se: ModuleType, rows: list[dict]) -> dict[str, dict]:
    """Aggregate per set, and ``all`` over every row; a set without rows is left out (e.g. no devset)."""
    out = {}
    for key in SET_KEYS:
        chosen = rows if key == "all" else [r for r in rows if r["set"] == key]
        if chosen:
            out[key] = summarise(se, chosen)
    return out


def by_kind(se: ModuleType, rows: list[dict]) -> dict[str, dict]:
    """Aggregate per gold page kind, in :data:`KINDS` order, with its pages per set (``per_set``); a kind
    without rows is left out."""
    out = {}
    for kind in KINDS:
        chosen = [r for r in rows if r["kind"] == kind]
        if chosen:
            out[kind] = summarise(se, chosen)
            out[kind]["per_set"] = Counter(r["set"] for r in chosen)
    return out


def throughput(times: dict[str, list[float]]) -> dict:
    """Pages/s over every successful call, the scorer's definition (calls / seconds spent in them), with the
    number of pages and calls it rests on.

    Not the fastest call of each page: a repeated call on one page hits caches (htmldate's and webclean's
    ``lru_cache``s) that a new page does not, and the extractors gain from them unequally (two runs on
    2026-12-06: 2.7x trafilatura over each page's fastest call, 3.1x-3.4x over every call).

    >>> throughput({"a": [0.125, 0.375], "b": [0.25, 0.25], "c": []})
    {'pages': 2, 'calls': 4, 'pages_per_second': 4.0}
    """
    every = [t for ts in times.values() for t in ts]
    return {"pages": sum(1 for ts in times.values() if ts), "calls": len(every),
            "pages_per_second": len(every) / sum(every) if sum(every) else None}


def speed_ratios(pages_per_second: dict[str, float | None], baseline: str = SPEED_BASELINE) -> dict:
    """Each extractor's pages/s as a multiple of the baseline's in the same run (None where unknown).

    >>> speed_ratios({"webclean": 60.0, "trafilatura": 15.0, "gne": None})
    {'webclean': 4.0, 'trafilatura': 1.0, 'gne': None}
    """
    base = pages_per_second.get(baseline)
    return {name: (pps / base if pps and base else None) for name, pps in pages_per_second.items()}


# ------------------------------------------------------------------ markdown

def pct(value: float | None) -> str:
    """A share as a percentage with one decimal, ``-`` when there is nothing to measure.

    >>> pct(0.5), pct(None)
    ('50.0%', '-')
    """
    return "-" if value is None else f"{100 * value:.1f}%"


def f1(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


FIGURE_HEAD = ("body F1 | title | author | spurious author | date | editor | source "
               "| empty bodies | crashes+timeouts")


def figure_cells(agg: dict) -> str:
    """The scorer's figures of one aggregate as table cells, in :data:`FIGURE_HEAD` order."""
    return (f"{f1(agg['body_f1'])} | {pct(agg['title_acc'])} | {pct(agg['author_acc'])} "
            f"| {pct(agg.get('author_spurious_rate'))} | {pct(agg['date_acc'])} | {pct(agg['editor_acc'])} "
            f"| {pct(agg['source_acc'])} | {agg['empty_bodies']} | {agg['crashes'] + agg['timeouts']}")


def counts_line(agg: dict) -> str:
    """How many pages each figure is measured on (the gold decides; the same for every extractor)."""
    return (f"{agg['pages']} pages, {agg['sites']} sites; scored: body {agg['body_pages']}, "
            f"title {agg['title_n']}, author {agg['author_n']} (+{agg.get('author_spurious_n', 0)} that credit "
            f"nobody), date {agg['date_n']}, editor {agg['editor_n']}, source {agg['source_n']}")


def label(result: dict) -> str:
    return f"{result['extractor']} {result.get('version') or ''}".strip()


def set_table(key: str, results: list[dict]) -> str:
    """The table of one set: a row per extractor."""
    lines = [f"| extractor | {FIGURE_HEAD} |", "|---" * (2 + FIGURE_HEAD.count("|")) + "|"]
    for r in results:
        if "skipped" in r:
            lines.append(f"| {r['extractor']} | skipped: {r['skipped'][:80]} |")
        elif key in r["sets"]:
            lines.append(f"| {label(r)} | {figure_cells(r['sets'][key])} |")
    return "\n".join(lines)


def combined_table(results: list[dict]) -> str:
    """Every set and every extractor in one table (the README's)."""
    lines = [f"| set | pages | extractor | {FIGURE_HEAD} |", "|---" * (4 + FIGURE_HEAD.count("|")) + "|"]
    for key in SET_KEYS:
        for r in results:
            if "skipped" not in r and key in r["sets"]:
                agg = r["sets"][key]
                lines.append(f"| {SET_SHORT[key]} | {agg['pages']} | {label(r)} | {figure_cells(agg)} |")
    return "\n".join(lines)


def kind_table(results: list[dict]) -> str:
    """All pages per gold page kind: a row per kind and extractor."""
    lines = [f"| kind | pages ({PER_SET_HEAD}) | extractor | {FIGURE_HEAD} |",
             "|---" * (4 + FIGURE_HEAD.count("|")) + "|"]
    for kind in KINDS:
        for r in results:
            if "skipped" not in r and kind in r["kinds"]:
                agg = r["kinds"][kind]
                per_set = "/".join(str(agg["per_set"].get(k, 0)) for k in SET_KEYS if k != "all")
                lines.append(f"| {kind} | {agg['pages']} ({per_set}) | {label(r)} | {figure_cells(agg)} |")
    return "\n".join(lines)


def speed_by_set(times: dict[str, list[float]]) -> dict[str, dict]:
    """:func:`throughput` over all timed pages (``shared``) and over each timed set apart.

    >>> speed_by_set({"a-1": [0.5], "x-2": [0.25]})["shared-added"]["pages_per_second"]
    4.0
    """
    out = {"shared": throughput(times)}
    for key in TIMED_SETS:
        out[key] = throughput({pid: ts for pid, ts in times.items() if set_of(pid) == key})
    return out


def speed_table(results: list[dict]) -> str:
    """Pages/s on the shared corpus pages and the ratio to the baseline from the same run: over all of them,
    then over the first and the added pages apart; last, the rate over all of them as a share of the bare
    lxml parse and walk's (``-`` when that peer did not run)."""
    live = [r for r in results if "skipped" not in r]
    groups = ("shared",) + TIMED_SETS
    ratios = {g: speed_ratios({r["extractor"]: r["speed"][g]["pages_per_second"] for r in live}) for g in groups}
    of_walk = speed_ratios({r["extractor"]: r["speed"]["shared"]["pages_per_second"] for r in live}, WALK_PEER)
    head = " | ".join(f"{SPEED_HEAD[g]}: pages/s | x trafilatura" for g in groups)
    lines = [f"| extractor | calls | {head} | all shared: x lxml walk |", "|---" * (3 + 2 * len(groups)) + "|"]
    for r in live:
        cells = []
        for g in groups:
            pps, ratio = r["speed"][g]["pages_per_second"], ratios[g][r["extractor"]]
            cells.append(f"{'-' if not pps else f'{pps:.1f}'} | {'-' if ratio is None else f'{ratio:.1f}x'}")
        walk = of_walk[r["extractor"]]
        cells.append("-" if walk is None else f"{walk:.2f}")
        lines.append(f"| {label(r)} | {r['speed']['shared']['calls']} | {' | '.join(cells)} |")
    return "\n".join(lines)


def report(results: list[dict], header: str) -> str:
    """The whole markdown report: speed, one table per set, the per-kind table."""
    parts = [header, "## Speed (shared corpus pages, same run)", speed_table(results)]
    live = [r for r in results if "skipped" not in r]
    for key, heading in SETS:
        agg = next((r["sets"][key] for r in live if key in r["sets"]), None)
        if agg is None:
            parts.append(f"## {heading}\n\nabsent in this run (no pages).")
            continue
        parts.append(f"## {heading}\n\n{counts_line(agg)}\n\n{set_table(key, results)}")
    parts.append("## Per page kind (all pages)\n\n" + kind_table(results))
    parts.append("## All sets in one table (the README's)\n\n" + combined_table(results))
    return "\n\n".join(parts) + "\n"


# ------------------------------------------------------------------ running the extractors

def lxml_walk_adapter(se: ModuleType) -> type:
    """The scorer's adapter for the bare lxml parse and walk, so that its worker runner times it like the
    extractors (the scorer's workers are forked from this process and find it in ``se.ADAPTERS``)."""

    class LxmlWalk(se.Adapter):  # type: ignore[name-defined, misc]
        name = WALK_PEER

        def prepare(self) -> None:
            self.extract(b"<html><body><p>warm</p></body></html>", None)

        def version(self) -> str:
            from lxml import etree
            return ".".join(map(str, etree.LXML_VERSION[:3]))

        def extract(self, data: bytes, url: str | None) -> dict:
            return {"body": parse_and_walk(data)}

    return LxmlWalk


@dataclass
class ExtractorRun:
    """One extractor's worker process (the scorer's Runner) and what it returned."""

    name: str
    runner: object = None
    version: str | None = None
    skipped: str | None = None
    outcomes: dict[str, tuple[str, dict | None]] = field(default_factory=dict)
    times: dict[str, list[float]] = field(default_factory=dict)   # timed page -> its successful call times

    def start(self, se: ModuleType, timeout: float) -> None:
        self.runner = se.Runner(self.name, timeout)
        ok, info = self.runner.start()
        if ok:
            self.version = self.runner.version
        else:
            self.skipped, self.runner = info, None

    def run(self, page: Page, data: bytes, timed: bool, first: bool) -> None:
        """Run one page; keep the first run's outcome for scoring, and a successful call's time when timed."""
        if self.runner is None:
            status, payload, seconds = "error", "worker unavailable", 0.0
        else:
            try:
                status, payload, seconds = self.runner.run(data, page.url)
            except RuntimeError as exc:   # the worker died and could not be restarted
                status, payload, seconds = "error", str(exc), 0.0
                self.runner = None
        if first:
            self.outcomes[page.id] = (status, payload if status == "ok" else None)
        if timed:
            calls = self.times.setdefault(page.id, [])
            if status == "ok":
                calls.append(seconds)

    def close(self) -> None:
        if self.runner is not None:
            self.runner.close()


def rotated(items: list, start: int) -> list:
    """The list rotated to begin at ``start`` (modulo its length).

    >>> rotated(["a", "b", "c"], 4)
    ['b', 'c', 'a']
    """
    if not items:
        return []
    start %= len(items)
    return items[start:] + items[:start]


def run_all(se: ModuleType, names: list[str], pages: list[Page], repeat: int, timeout: float,
            progress=print) -> list[ExtractorRun]:
    """Round 1 runs every page through each extractor; rounds 2..repeat run the timed pages again.

    One worker is busy at a time. Each page goes through every extractor before the next page, the first
    extractor rotating from page to page and round to round: a burst of load from elsewhere on the machine
    (seconds long, on a shared 2-core box) then falls on all extractors alike instead of on whichever ran
    through the corpus at that moment.
    """
    runs = [ExtractorRun(name) for name in names]
    for run in runs:
        run.start(se, timeout)
        progress(f"{run.name}: {run.version or 'skipped: ' + str(run.skipped)}")
    live = [r for r in runs if r.skipped is None]
    data = {p.id: p.read() for p in pages}
    try:
        for round_index in range(max(1, repeat)):
            started = time.perf_counter()
            chosen = [p for p in pages if round_index == 0 or p.set in TIMED_SETS]
            for position, page in enumerate(chosen):
                for run in rotated(live, position + round_index):
                    run.run(page, data[page.id], page.set in TIMED_SETS, first=round_index == 0)
            progress(f"round {round_index + 1}: {len(chosen)} pages, {time.perf_counter() - started:.1f} s")
    finally:
        for run in runs:
            run.close()
    return runs


def results_of(se: ModuleType, runs: list[ExtractorRun], pages: list[Page]) -> tuple[list[dict], list[dict]]:
    """Score the runs: (one result per extractor with its per-set and per-kind aggregates, every row)."""
    results, all_rows = [], []
    for run in runs:
        if run.skipped is not None:
            results.append({"extractor": run.name, "skipped": run.skipped})
            continue
        if run.name in SPEED_ONLY:      # timed only: it extracts nothing worth scoring
            results.append({"extractor": run.name, "version": run.version, "sets": {}, "kinds": {},
                            "speed": speed_by_set(run.times)})
            continue
        rows = []
        for page in pages:
            status, pred = run.outcomes[page.id]
            row = score_row(se, page, status, pred)
            rows.append(row)
            all_rows.append({"extractor": run.name, **row, "pred": {
                k: (v[:MAX_ROW_BODY] if isinstance(v, str) else v) for k, v in (pred or {}).items()}})
        results.append({"extractor": run.name, "version": run.version, "sets": by_set(se, rows),
                        "kinds": by_kind(se, rows), "speed": speed_by_set(run.times)})
    return results, all_rows


def commit_label() -> str:
    """The checkout's commit (with ``+changes`` when the tree is dirty), for the report header."""
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "src"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown commit"
    return head + (" +changes in src/" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED_CORPUS)
    ap.add_argument("--devset", type=Path, default=DEVSET)
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--extractors", default=",".join(EXTRACTORS))
    ap.add_argument("--repeat", type=int, default=1, help="timing runs of each shared page (accuracy: the first)")
    ap.add_argument("--timeout", type=float, default=PAGE_TIMEOUT, help="seconds per page")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "extract.md")
    ap.add_argument("--rows", type=Path, help="also write every page's scores and predictions here (JSON)")
    ap.add_argument("--readme", action="store_true", help="rewrite the README's extraction tables")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir() or not args.scorer.is_file():
        print(f"the corpus ({args.corpus}) or the scorer ({args.scorer}) is missing", file=sys.stderr)
        return 2
    se = load_scorer(args.scorer)
    se.ADAPTERS.setdefault(WALK_PEER, lxml_walk_adapter(se))   # its workers are forked: they see it
    pages = real_pages(args.corpus, args.devset)
    names = [n.strip() for n in args.extractors.split(",") if n.strip()]
    started, clock = time.strftime("%Y-%m-%d %H:%M"), time.perf_counter()
    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    runs = run_all(se, names, pages, args.repeat, args.timeout, progress=log)
    results, rows = results_of(se, runs, pages)
    header = (f"# Extraction on every real-page set\n\nRun {started} at {commit_label()}, "
              f"{time.perf_counter() - clock:.0f} s; repeat {max(1, args.repeat)} (timing rounds on the shared "
              f"pages); per-page timeout {args.timeout:g} s. Regenerate: `python benchmarks/extract.py "
              f"--repeat {max(1, args.repeat)}`. Figures from `../shared/eval/score_extract.py` (Runner, "
              f"score_page, aggregate); author/editor/source are scored where the gold annotates them, the "
              f"spurious author rate on pages whose gold credits nobody; an empty body is a page with main "
              f"text that ran and gave none. Peers return no editor or source field.")
    text = report(results, header)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    if args.rows:
        args.rows.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.readme:
        update_readme("extract-sets", combined_table(results))
        update_readme("extract-speed", speed_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
