#!/usr/bin/env python3
"""Real pages kept as text: how well webclean reads a page's fields when a scraper stored its text, not its HTML.

    .venv/bin/python benchmarks/text_forms.py            # every set, both forms
    .venv/bin/python benchmarks/text_forms.py --readme   # and write the table into the README
    .venv/bin/python benchmarks/text_forms.py --misses title   # list the pages a field is missed on

Spam-mirror pages reach us as text (``../shared/textpages``), and there are few of them with gold. The real
pages with gold (the shared corpus and our devset) give many more layouts: each article or blog post is
rendered as a scraper that keeps text saves a page, one block a line with its ``<title>``, bars, sidebars
and footer (``mirror_copies.page_text``), in two forms:

- ``text``: the lines as they are (Simplified or Traditional, as the page is);
- ``mirror``: the same lines as a spam mirror serves them, machine-converted to Traditional with the
  reading glued after some converted characters (``mirror_copies.annotate``; a fixed seed per page).

Each record is scored against the page's gold with the matchers of ``../shared/eval/score_text.py`` (title
by text, names by containment, the date by day). A page of another kind (listing, thread) is left out: its
fields hang on structure that text does not keep. The pages are third-party: nothing is written to disk.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import mirror_copies  # noqa: E402
import realpages  # noqa: E402

import webclean  # noqa: E402

TEXT_SCORER = realpages.SHARED / "eval" / "score_text.py"
FORMS = ("text", "mirror")
FIELDS = ("title", "author", "editor", "source", "date")
#: Page kinds whose fields a text keeps (an article's headline and credit lines are lines of their own).
TEXT_KINDS = ("article", "blog-post")
SEED = 20261207


def load_text_scorer(path: Path = TEXT_SCORER) -> ModuleType:
    """Import ``score_text.py`` from its file, for its field matchers and body F1."""
    spec = importlib.util.spec_from_file_location("score_text", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def text_form(page: bytes, form: str, page_id: str) -> str | None:
    """The page's text in ``form`` (see the module's docstring), the same for the same page every run."""
    text = mirror_copies.page_text(page)
    if text is None or form == "text":
        return text
    rng = random.Random(f"{SEED}:{page_id}")
    return "\n".join(mirror_copies.annotate(line, rng) for line in text.splitlines())


def score_page(scorer: ModuleType, cleaner: webclean.Cleaner, text: str, gold: dict, simplified: bool) -> dict:
    """One page's scores: body F1 and, for each field the gold gives, whether the record matches it. With
    ``simplified`` the bodies are compared in Simplified characters (a mirror's copy of a Traditional page
    comes back Simplified, as every machine-converted page does; the field matchers compare so anyway)."""
    rec = cleaner.clean(text.encode("utf-8"))
    out = {"title": rec.title, "author": rec.author, "editor": rec.editor, "source": rec.source,
           "date": rec.published.isoformat() if rec.published else None}
    body, gold_body = rec.body or "", gold.get("body") or ""
    if simplified:
        body, gold_body = scorer.t2s(body), scorer.t2s(gold_body)
    # a page whose gold gives no body (three Taiwan pages of the shared corpus) scores its fields only
    row: dict = {"f1": scorer.body_f1(body, gold_body) if gold_body else None, "fields": {}, "pred": out}
    for field in FIELDS:
        if gold.get(field):
            row["fields"][field] = bool(out[field]) and bool(scorer.MATCH[field](out[field], gold[field]))
    return row


def measure(pages: list, forms: tuple[str, ...] = FORMS) -> dict[str, dict[str, list[dict]]]:
    """Rows by form and set (``all`` too) for every article or blog page that renders to text."""
    scorer = load_text_scorer()
    cleaner = webclean.Cleaner()
    rows: dict[str, dict[str, list[dict]]] = {form: defaultdict(list) for form in forms}
    for page in pages:
        if page.kind not in TEXT_KINDS:
            continue
        for form in forms:
            text = text_form(page.read(), form, page.id)
            if not text:
                continue
            row = score_page(scorer, cleaner, text, page.gold, simplified=form == "mirror")
            row["id"] = page.id
            row["gold"] = {f: page.gold.get(f) for f in FIELDS}
            rows[form][page.set].append(row)
            rows[form]["all"].append(row)
    return rows


def share(rows: list[dict], field: str) -> tuple[int, int]:
    """(right, annotated) for a field over rows."""
    marks = [r["fields"][field] for r in rows if field in r["fields"]]
    return sum(marks), len(marks)


def table(rows: dict[str, dict[str, list[dict]]]) -> str:
    """A markdown table: one line per form and set."""
    lines = ["| form | set | pages | body F1 | " + " | ".join(FIELDS) + " |",
             "|---|---|---|---|" + "---|" * len(FIELDS)]
    order = [key for key, _ in realpages.SETS] + ([] if any(k == "all" for k, _ in realpages.SETS) else ["all"])
    for form, by_set in rows.items():
        for key in order:
            found = by_set.get(key)
            if not found:
                continue
            cells = []
            for field in FIELDS:
                right, total = share(found, field)
                cells.append(f"{100 * right / total:.0f} % ({right}/{total})" if total else "-")
            scored = [r["f1"] for r in found if r["f1"] is not None]
            f1 = f"{sum(scored) / len(scored):.3f}" if scored else "-"
            lines.append(f"| {form} | {realpages.SET_SHORT.get(key, key)} | {len(found)} | {f1} | "
                         + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--forms", default=",".join(FORMS), help="comma-separated forms (text, mirror)")
    parser.add_argument("--readme", action="store_true", help="write the table into the README")
    parser.add_argument("--misses", choices=FIELDS, help="list the pages this field is missed on")
    parser.add_argument("--json", type=Path, help="write every row to this file")
    args = parser.parse_args()
    forms = tuple(f for f in args.forms.split(",") if f in FORMS)
    pages = realpages.real_pages()
    if not pages:
        raise SystemExit("no real pages: ../shared/corpus and .cache/devset are both absent")
    rows = measure(pages, forms)
    report = table(rows)
    print(report)
    if args.misses:
        for form in forms:
            for r in rows[form]["all"]:
                if r["fields"].get(args.misses) is False:
                    print(f"{form:6s} {r['id']:30s} gold={r['gold'][args.misses]!r:.50} "
                          f"got={r['pred'][args.misses]!r:.60}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, default=str), encoding="utf-8")
    if args.readme:
        realpages.update_readme("text-forms", report + "\n")


if __name__ == "__main__":
    main()
