#!/usr/bin/env python3
"""Rule coverage: where each rule of webclean fires on real pages, on how many sites, and how often it is right.

    python benchmarks/rules.py [--corpus ../shared/corpus] [--devset .cache/devset]
                               [--scorer ../shared/eval/score_extract.py]
                               [--out benchmarks/results/rules.md] [--readme]

Every real page we have (``../shared/corpus`` and, when built, ``.cache/devset``; see ``realpages.py``) goes
through ``webclean.pipeline.Cleaner().inspect``. Each rule that labels a block (``Block.label`` /
``Block.rule``), removes text outside the blocks (a ``Removal`` whose ``where`` is not a block, e.g. hidden
elements) or sets a metadata field (the chosen ``Evidence`` of each field: the first one, or the one with
``rank == 0`` where evidence carries a rank) is tallied: pages and distinct sites (gold ``site``) it fires on,
and how often it is right where the gold can say:

- a block-labelling rule that removes a block is right when the block's text is not in the gold body;
- the body rule (label ``body``) is right when the block's text is in the gold body;
- "in the gold body" compares after NFKC and removing all whitespace: the block is a substring of the gold
  body, or (blocks of :data:`FUZZY_MIN_CHARS`+ characters) at least :data:`IN_GOLD_BIGRAM_SHARE` of its
  character bigrams occur in the gold body; blocks under :data:`MIN_JUDGED_CHARS` characters and pages
  whose gold has no body are not judged;
- a field rule is right when its value matches the gold field with the scorer's own matching
  (``title_match``, ``person_match``, ``date_match``) where the gold annotates the field
  (``fields_present``); a value where the gold says the page has none is wrong (spurious).

A rule that fires on one site only is flagged ``one site`` (issue 14: a rule written for one example), one
wrong on more than a third of the judged cases ``wrong > 1/3``. The report opens with a summary (how many
rules, which fire on one site only, the worst ten by wrong share with the pages where they were wrong), then
lists every rule sorted by label / field, then by pages. ``--readme`` also writes the summary and the table into the
README (between the ``rules-summary`` markers). It takes seconds: one process, one inspect per page.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realpages import (
    DEVSET,
    PER_SET_HEAD,
    ROOT,
    SCORER,
    SET_KEYS,
    SHARED_CORPUS,
    Page,
    load_scorer,
    real_pages,
    squeeze,
    update_readme,
)

# Blocks shorter than this (after squeezing) are not judged: a 4-character "首页" or "分享" occurs in many
# gold bodies by chance, and a bullet or a date fragment says nothing about a rule.
MIN_JUDGED_CHARS = 6
# A block this long that is not a substring of the gold body still counts as in it when most of its
# character bigrams are: the gold often differs from the page's text by a few characters (a dateline
# prefix the annotator trimmed, table cells joined differently, a quote mark). Below this length a chance
# overlap of common bigrams would decide, so short blocks must match exactly.
FUZZY_MIN_CHARS = 20
# 0.8: on the real pages, removed blocks that share 80 %+ of their bigrams with the gold are body text
# with small differences; between 0.5 and 0.8 they are mostly related-article headlines of the same topic.
IN_GOLD_BIGRAM_SHARE = 0.8
# Wrong more often than this share of the judged cases: flagged.
WRONG_FLAG_SHARE = 1 / 3
BODY_LABEL = "body"
# Evidence fields that only qualify another field and come from the same rule (not tallied apart).
COMPANION_FIELDS = frozenset({"published_precision"})
# Evidence field -> gold field, and the scorer function that matches them.
GOLD_FIELD = {"title": "title", "author": "author", "editor": "editor", "source": "source",
              "published": "date"}
MATCHER = {"title": "title_match", "author": "person_match", "editor": "person_match",
           "source": "person_match", "date": "date_match"}
# Report order of the groups; other labels and fields follow alphabetically.
GROUP_ORDER = ("body", "title", "column", "author", "editor", "source", "published", "breadcrumb")
EXAMPLE_PAGES = 3


# ------------------------------------------------------------------ judging one block, one field

def bigram_bag(squeezed: str) -> Counter:
    """Character bigrams with counts, as the scorer counts them.

    >>> sorted(bigram_bag("今天天气").items())
    [('今天', 1), ('天天', 1), ('天气', 1)]
    """
    return Counter(squeezed[i:i + 2] for i in range(len(squeezed) - 1))


@dataclass(frozen=True)
class GoldBody:
    """A gold body prepared for many block comparisons."""

    squeezed: str
    bigrams: Counter

    @classmethod
    def of(cls, gold: dict) -> GoldBody | None:
        """The page's gold body, or None when the gold does not annotate one."""
        if "body" not in (gold.get("fields_present") or []) or not (gold.get("body") or "").strip():
            return None
        squeezed = squeeze(gold["body"])
        return cls(squeezed, bigram_bag(squeezed))

    def holds(self, text: str) -> bool:
        """Whether a block's text is in this gold body (exactly, or most of its bigrams for long blocks).

        >>> gold = GoldBody.of({"body": "今天天气很好。\\n我们去公园散步，看见很多人在跳舞。",
        ...                     "fields_present": ["body"]})
        >>> gold.holds("今天天气 很好。"), gold.holds("相关新闻：明天")
        (True, False)
        """
        squeezed = squeeze(text)
        if squeezed in self.squeezed:
            return True
        if len(squeezed) < FUZZY_MIN_CHARS:
            return False
        bag = bigram_bag(squeezed)
        shared = sum(min(count, self.bigrams[gram]) for gram, count in bag.items())
        return shared / sum(bag.values()) >= IN_GOLD_BIGRAM_SHARE


def judge_block(label: str, text: str, gold: GoldBody | None) -> bool | None:
    """Right (True), wrong (False) or not judged (None): a body block must be in the gold body, a removed
    block must not.

    >>> gold = GoldBody.of({"body": "正文第一段很长很长。", "fields_present": ["body"]})
    >>> judge_block("body", "正文第一段很长很长。", gold), judge_block("navigation", "正文第一段很长很长。", gold)
    (True, False)
    >>> judge_block("navigation", "首页", gold), judge_block("body", "正文第一段很长很长。", None)
    (None, None)
    """
    if gold is None or len(squeeze(text)) < MIN_JUDGED_CHARS:
        return None
    inside = gold.holds(text)
    return inside if label == BODY_LABEL else not inside


def judge_field(se: ModuleType, name: str, value: Any, gold: dict) -> bool | None:
    """Right, wrong or not judged: a field's value against the gold field, with the scorer's matching.

    Not judged when the field has no gold counterpart or the gold does not annotate it; wrong when the gold
    says the page has none (a spurious value).
    """
    gold_name = GOLD_FIELD.get(name)
    if gold_name is None or gold_name not in (gold.get("fields_present") or []):
        return None
    expected = gold.get(gold_name)
    if expected in (None, ""):
        return False
    if gold_name == "date" and se.calendar_day(expected) is None:
        return None  # a year- or month-only gold date: the scorer does not score it either
    return bool(getattr(se, MATCHER[gold_name])(None if value is None else str(value), expected))


def chosen_evidence(evidence: Iterable[Any]) -> list[Any]:
    """The evidence that set each field: ``rank == 0`` where evidence is ranked, else the first per field.

    >>> from types import SimpleNamespace as E
    >>> [e.value for e in chosen_evidence([E(field="author", value="甲"), E(field="author", value="乙")])]
    ['甲']
    >>> evidence = [E(field="author", value="甲", rank=1), E(field="author", value="乙", rank=0)]
    >>> [e.value for e in chosen_evidence(evidence)]
    ['乙']
    """
    evidence = list(evidence)
    if any(getattr(e, "rank", None) is not None for e in evidence):
        evidence = [e for e in evidence if getattr(e, "rank", None) == 0]
    seen, chosen = set(), []   # the first per field, also among winners (one field, one winner)
    for e in evidence:
        if e.field not in seen:
            seen.add(e.field)
            chosen.append(e)
    return chosen


# ------------------------------------------------------------------ tallying

@dataclass(frozen=True)
class Firing:
    """One decision of one rule on one page: a block labelled, text removed, or a field set."""

    family: str          # "block", "removal" (text removed outside the blocks) or "field"
    group: str           # the block label / removal kind, or the field name
    rule: str
    verdict: bool | None  # right, wrong, not judged


def page_firings(se: ModuleType, page: Page, record: Any, document: Any) -> list[Firing]:
    """Every rule decision of one cleaned page, judged against its gold."""
    gold_body = GoldBody.of(page.gold)
    firings = [Firing("block", block.label, block.rule or "?", judge_block(block.label, block.text, gold_body))
               for block in document.blocks if block.label]
    for removal in record.removed:
        if not removal.where.startswith("block "):
            firings.append(Firing("removal", removal.kind, removal.rule,
                                  judge_block(removal.kind, removal.text, gold_body)))
    for evidence in chosen_evidence(record.evidence):
        if evidence.field not in COMPANION_FIELDS:
            firings.append(Firing("field", evidence.field, evidence.rule,
                                  judge_field(se, evidence.field, evidence.value, page.gold)))
    return firings


@dataclass
class Tally:
    """What one rule did over all pages."""

    family: str
    group: str
    rule: str
    pages: set[str] = field(default_factory=set)
    sites: set[str] = field(default_factory=set)
    pages_per_set: Counter = field(default_factory=Counter)
    fired: int = 0
    right: int = 0
    wrong: int = 0
    wrong_on: Counter = field(default_factory=Counter)   # page id -> wrong decisions there

    @property
    def judged(self) -> int:
        return self.right + self.wrong

    @property
    def right_share(self) -> float | None:
        return self.right / self.judged if self.judged else None

    @property
    def wrong_share(self) -> float | None:
        return self.wrong / self.judged if self.judged else None

    @property
    def one_site(self) -> bool:
        return len(self.sites) == 1

    @property
    def often_wrong(self) -> bool:
        return self.wrong_share is not None and self.wrong_share > WRONG_FLAG_SHARE

    def flags(self) -> list[str]:
        return (["one site"] if self.one_site else []) + (["wrong > 1/3"] if self.often_wrong else [])

    def examples(self, n: int = EXAMPLE_PAGES) -> list[str]:
        """The pages where the rule was wrong most often."""
        return [pid for pid, _ in sorted(self.wrong_on.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def tally(pages_and_firings: Iterable[tuple[Page, list[Firing]]]) -> dict[tuple[str, str, str], Tally]:
    """Sum the firings per rule (family, group, rule) over pages."""
    tallies: dict[tuple[str, str, str], Tally] = {}
    for page, firings in pages_and_firings:
        for f in firings:
            key = (f.family, f.group, f.rule)
            t = tallies.get(key) or tallies.setdefault(key, Tally(*key))
            if page.id not in t.pages:
                t.pages.add(page.id)
                t.pages_per_set[page.set] += 1
            t.sites.add(page.site)
            t.fired += 1
            if f.verdict is True:
                t.right += 1
            elif f.verdict is False:
                t.wrong += 1
                t.wrong_on[page.id] += 1
    return tallies


def ordered(tallies: dict[tuple[str, str, str], Tally]) -> list[Tally]:
    """Sorted by label / field (body and the record's fields first), then by pages, most first."""
    def group_rank(t: Tally) -> tuple:
        known = t.group in GROUP_ORDER
        return (GROUP_ORDER.index(t.group) if known else len(GROUP_ORDER), t.group, t.family != "block")
    return sorted(tallies.values(), key=lambda t: (group_rank(t), -len(t.pages), -t.fired, t.rule))


def worst(tallies: dict[tuple[str, str, str], Tally], n: int = 10) -> list[Tally]:
    """The rules wrong most often (share of judged cases, then count), among those judged at all."""
    judged = [t for t in tallies.values() if t.wrong]
    return sorted(judged, key=lambda t: (-t.wrong_share, -t.wrong, t.group, t.rule))[:n]


# ------------------------------------------------------------------ markdown

def share(value: float | None) -> str:
    """A share as a whole percentage, ``-`` when nothing was judged.

    >>> share(0.25), share(None)
    ('25%', '-')
    """
    return "-" if value is None else f"{100 * value:.0f}%"


def what(t: Tally) -> str:
    """The column that says what the rule decides: a block label, a removal kind or a field."""
    return {"block": "label", "removal": "removed", "field": "field"}[t.family] + f" `{t.group}`"


def rule_table(tallies: dict[tuple[str, str, str], Tally]) -> str:
    """Every rule: what it decides, pages (per set), sites, decisions, judged, right share, flags, and the
    two pages where it was wrong most often."""
    sets = [k for k in SET_KEYS if k != "all"]
    lines = [f"| decides | rule | pages | {PER_SET_HEAD} | sites | fired | judged | right | flags "
             "| wrong on |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for t in ordered(tallies):
        per_set = "/".join(str(t.pages_per_set.get(k, 0)) for k in sets)
        lines.append(f"| {what(t)} | `{t.rule}` | {len(t.pages)} | {per_set} | {len(t.sites)} | {t.fired} "
                     f"| {t.judged} | {share(t.right_share)} | {', '.join(t.flags())} "
                     f"| {', '.join(t.examples(2))} |")
    return "\n".join(lines)


def summary(tallies: dict[tuple[str, str, str], Tally], pages: int, sites: int) -> str:
    """How many rules, which fire on one site only, the ten wrong most often with example pages."""
    rules = list(tallies.values())
    single = [t for t in ordered(tallies) if t.one_site]
    often = [t for t in rules if t.often_wrong]
    names = len({t.rule for t in rules})
    lines = [
        f"{len(rules)} rules ({names} distinct names; a name that decides several labels or fields counts "
        f"once per label or field) fired on {pages} real pages from {sites} sites: "
        f"{sum(t.family != 'field' for t in rules)} label blocks or remove text, "
        f"{sum(t.family == 'field' for t in rules)} set fields. "
        f"**{len(single)} fire on one site only**"
        + (": " + ", ".join(f"`{t.rule}` ({what(t)}, {next(iter(t.sites))})" for t in single) if single else "")
        + f". {len(often)} are wrong on more than a third of the cases the gold can judge.",
        "",
        "The ten wrong most often:",
        "",
        "| decides | rule | pages | sites | judged | wrong | pages where wrong (most first) |",
        "|---|---|---|---|---|---|---|",
    ]
    for t in worst(tallies):
        lines.append(f"| {what(t)} | `{t.rule}` | {len(t.pages)} | {len(t.sites)} | {t.judged} "
                     f"| {share(t.wrong_share)} ({t.wrong}) | {', '.join(t.examples())} |")
    return "\n".join(lines)


# ------------------------------------------------------------------ running

def run(se: ModuleType, pages: list[Page], progress=print) -> tuple[list[tuple[Page, list[Firing]]], list[str]]:
    """Inspect every page once; (the pages with their firings, the ids of pages that failed to clean)."""
    from webclean.pipeline import Cleaner

    cleaner = Cleaner()
    done, failed = [], []
    for page in pages:
        try:
            record, document = cleaner.inspect(page.read(), url=page.url)
        except Exception as exc:  # noqa: BLE001 - inspect promises not to raise; report it if it does
            progress(f"{page.id}: {type(exc).__name__}: {exc}")
            failed.append(page.id)
            continue
        if record.error:
            failed.append(page.id)
        done.append((page, page_firings(se, page, record, document)))
    return done, failed


def commit_label() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown commit"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED_CORPUS)
    ap.add_argument("--devset", type=Path, default=DEVSET)
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "rules.md")
    ap.add_argument("--readme", action="store_true", help="rewrite the README's rule-coverage section")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir() or not args.scorer.is_file():
        print(f"the corpus ({args.corpus}) or the scorer ({args.scorer}) is missing", file=sys.stderr)
        return 2
    se = load_scorer(args.scorer)
    pages = real_pages(args.corpus, args.devset)
    clock = time.perf_counter()
    done, failed = run(se, pages, progress=lambda msg: print(msg, file=sys.stderr))
    tallies = tally(done)
    sites = len({p.site for p in pages})
    per_set = Counter(p.set for p in pages)
    head = (f"# Rule coverage on every real page\n\nRun {time.strftime('%Y-%m-%d %H:%M')} at {commit_label()}, "
            f"{time.perf_counter() - clock:.0f} s: {len(pages)} pages "
            f"({', '.join(f'{k} {per_set[k]}' for k in SET_KEYS if per_set[k])}), {sites} sites"
            + (f"; pages with an error: {', '.join(failed)}" if failed else "")
            + ". Regenerate: `python benchmarks/rules.py`. A rule is right on a block when the block is in the "
            "gold body for `body` and not in it for every other label; on a field when the value matches the "
            "gold with the scorer's matching; `judged` counts the cases the gold can decide (blocks of 6+ "
            "characters on pages with a gold body, annotated fields).")
    text = (f"{head}\n\n## Summary\n\n{summary(tallies, len(pages), sites)}\n\n"
            f"## Every rule\n\n{rule_table(tallies)}\n")
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    if args.readme:
        update_readme("rules-summary", summary(tallies, len(pages), sites)
                      + "\n\n<details><summary>Every rule</summary>\n\n" + rule_table(tallies) + "\n\n</details>")
    return 0


if __name__ == "__main__":
    sys.exit(main())
