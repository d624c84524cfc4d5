"""The real pages the benchmarks measure on, split into the sets issue 14 asks to report apart.

Two folders hold real pages with gold, both in the layout ``pages/<id>.html`` + ``gold/<id>.json``:

- ``../shared/corpus`` (read-only, shared by every session): its first pages (ids without a prefix of ours,
  e.g. ``cwced-…``) and the pages added later (ids ``x-…``);
- ``.cache/devset``: our own development set (ids ``d-…``), rebuilt by ``python scripts/build_devset.py``
  from pinned public commits, absent on a fresh checkout (the set is then skipped).

The benchmark scripts (``extract.py``, ``rules.py``) and their tests share these helpers: which set a page
belongs to, the page list, the project's scorer (loaded from ``../shared/eval/score_extract.py`` so that
every figure is the scorer's own), text normalisation for comparing a block with the gold body, and the
rewrite of a marked section of the README.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHARED_CORPUS = SHARED / "corpus"
SCORER = SHARED / "eval" / "score_extract.py"
DEVSET = ROOT / ".cache" / "devset"
README = ROOT / "README.md"

# The sets, in the order the reports show them: (key, heading).
SETS: tuple[tuple[str, str], ...] = (
    ("shared-first", "shared corpus, first pages (ids without `x-`)"),
    ("shared-added", "shared corpus, added pages (ids `x-…`)"),
    ("devset", "our devset, first round (`.cache/devset`, ids `d-…`)"),
    ("devset2", "our devset, second round (40 pages added on 2026-12-06, `round: 2` in devset/sources)"),
    ("devset3", "our devset, third round (10 pages added on 2026-12-07, `round: 3` in devset/sources)"),
    ("devset4", "our devset, fourth round (19 pages added on 2026-12-07, `round: 4` in devset/sources)"),
    ("devset5", "our devset, fifth round (22 pages added on 2026-12-07, `round: 5` in devset/sources)"),
    ("devset6", "our devset, sixth round (8 pages added on 2026-12-07, `round: 6` in devset/sources)"),
    ("devset7", "our devset, seventh round (7 pages added on 2026-12-07, `round: 7` in devset/sources)"),
    ("devset8", "our devset, eighth round (18 pages added on 2026-12-07, `round: 8` in devset/sources)"),
    ("devset9", "our devset, ninth round (12 pages added on 2026-12-07, `round: 9` in devset/sources)"),
    ("devset10", "our devset, tenth round (12 pages added on 2026-12-07, `round: 10` in devset/sources)"),
    ("devset11", "our devset, eleventh round (14 pages added on 2026-12-07, `round: 11` in devset/sources)"),
    ("devset12", "our devset, twelfth round (8 pages added on 2026-12-07, `round: 12` in devset/sources)"),
    ("devset13", "our devset, thirteenth round (9 pages added on 2026-12-07, `round: 13` in devset/sources)"),
    ("devset14", "our devset, fourteenth round (10 pages added on 2026-12-07, `round: 14` in devset/sources)"),
    ("devset15", "our devset, fifteenth round (9 pages added on 2026-12-07, `round: 15` in devset/sources)"),
    ("devset16", "our devset, sixteenth round (10 pages added on 2026-12-07, `round: 16` in devset/sources)"),
    ("devset17", "our devset, seventeenth round (12 pages added on 2026-12-07, `round: 17` in devset/sources)"),
    ("devset18", "our devset, eighteenth round (11 pages added on 2026-12-07, `round: 18` in devset/sources)"),
    ("devset19", "our devset, nineteenth round (10 pages added on 2026-12-07, `round: 19` in devset/sources)"),
    ("devset20", "our devset, twentieth round (4 pages added on 2026-12-07, `round: 20` in devset/sources)"),
    ("devset21", "our devset, twenty-first round (11 pages added on 2026-12-07, `round: 21` in devset/sources)"),
    ("devset22", "our devset, twenty-second round (11 pages added on 2026-12-07, `round: 22` in devset/sources)"),
    ("devset23", "our devset, twenty-third round (8 pages added on 2026-12-07, `round: 23` in devset/sources)"),
    ("devset24", "our devset, twenty-fourth round (10 pages added on 2026-12-07, `round: 24` in devset/sources)"),
    ("devset25", "our devset, twenty-fifth round (13 pages added on 2026-12-07, `round: 25` in devset/sources)"),
    ("devset26", "our devset, twenty-sixth round (10 pages added on 2026-12-07, `round: 26` in devset/sources)"),
    ("devset27", "our devset, twenty-seventh round (8 pages added on 2026-12-07, `round: 27` in devset/sources)"),
    ("devset28", "our devset, twenty-eighth round (11 pages added on 2026-12-07, `round: 28` in devset/sources)"),
    ("devset29", "our devset, twenty-ninth round (10 pages added on 2026-12-07, `round: 29` in devset/sources)"),
    ("devset30", "our devset, thirtieth round (10 pages added on 2026-12-07, `round: 30` in devset/sources)"),
    ("devset31", "our devset, thirty-first round (6 pages added on 2026-12-07, `round: 31` in devset/sources)"),
    ("devset32", "our devset, thirty-second round (3 pages added on 2026-12-07, `round: 32` in devset/sources)"),
    ("devset33", "our devset, thirty-third round (7 pages added on 2026-12-07, `round: 33` in devset/sources)"),
    ("devset34", "our devset, thirty-fourth round (15 pages added on 2026-12-07, `round: 34` in devset/sources)"),
    ("devset35", "our devset, thirty-fifth round (12 pages added on 2026-12-07, `round: 35` in devset/sources)"),
    ("devset36", "our devset, thirty-sixth round (11 pages added on 2026-12-07, `round: 36` in devset/sources)"),
    ("devset37", "our devset, thirty-seventh round (9 pages added on 2026-12-07, `round: 37` in devset/sources)"),
    ("devset38", "our devset, thirty-eighth round (8 pages added on 2026-12-08, `round: 38` in devset/sources)"),
    ("devset39", "our devset, thirty-ninth round (9 pages added on 2026-12-08, `round: 39` in devset/sources)"),
    ("devset41", "our devset, forty-first round (5 pages added on 2026-12-08, `round: 41` in devset/sources)"),
    ("devset42", "our devset, forty-second round (8 pages added on 2026-12-08, `round: 42` in devset/sources)"),
    ("devset43", "our devset, forty-third round (10 pages added on 2026-12-08, `round: 43` in devset/sources)"),
    ("devset44", "our devset, forty-fourth round (10 pages added on 2026-12-08, `round: 44` in devset/sources)"),
    ("devset45", "our devset, forty-fifth round (12 pages added on 2026-12-08, `round: 45` in devset/sources)"),
    ("devset46", "our devset, forty-sixth round (12 pages added on 2026-12-08, `round: 46` in devset/sources)"),
    ("devset47", "our devset, forty-seventh round (8 pages added on 2026-12-08, `round: 47` in devset/sources)"),
    ("devset48", "our devset, forty-eighth round (12 pages added on 2026-12-08, `round: 48` in devset/sources)"),
    ("devset49", "our devset, forty-ninth round (12 pages added on 2026-12-08, `round: 49` in devset/sources)"),
    ("devset50", "our devset, fiftieth round (12 pages added on 2026-12-08, `round: 50` in devset/sources)"),
    ("devset51", "our devset, fifty-first round (5 pages added on 2026-12-08, `round: 51` in devset/sources)"),
    ("devset52", "our devset, fifty-second round (5 pages added on 2026-12-08, `round: 52` in devset/sources)"),
    ("devset53", "our devset, fifty-third round (10 pages added on 2026-12-08, `round: 53` in devset/sources)"),
    ("devset55", "our devset, fifty-fifth round (8 pages added on 2026-12-08, `round: 55` in devset/sources)"),
    ("devset56", "our devset, fifty-sixth round (9 pages added on 2026-12-08, `round: 56` in devset/sources)"),
    ("devset57", "our devset, fifty-seventh round (12 pages added on 2026-12-08, `round: 57` in devset/sources)"),
    ("devset58", "our devset, fifty-eighth round (12 pages added on 2026-12-08, `round: 58` in devset/sources)"),
    ("devset60", "our devset, sixtieth round (11 pages added on 2026-12-08, `round: 60` in devset/sources)"),
    ("devset61", "our devset, sixty-first round (12 pages added on 2026-12-08, `round: 61` in devset/sources)"),
    ("devset62", "our devset, sixty-second round (10 pages added on 2026-12-08, `round: 62` in devset/sources)"),
    ("devset63", "our devset, sixty-third round (11 pages added on 2026-12-08, `round: 63` in devset/sources)"),
    ("devset64", "our devset, sixty-fourth round (10 pages added on 2026-12-08, `round: 64` in devset/sources)"),
    ("devset65", "our devset, sixty-fifth round (6 pages added on 2026-12-08, `round: 65` in devset/sources)"),
    ("devset66", "our devset, sixty-sixth round (12 pages added on 2026-12-08, `round: 66` in devset/sources)"),
    ("devset67", "our devset, sixty-seventh round (12 pages added on 2026-12-08, `round: 67` in devset/sources)"),
    ("all", "all real pages together"),
)
SET_KEYS = tuple(key for key, _ in SETS)
# Short names for a table column.
SET_SHORT = {"shared-first": "shared, first", "shared-added": "shared, added `x-`", "devset": "devset `d-`",
             "devset2": "devset, round 2", "devset3": "devset, round 3",
             "devset4": "devset, round 4", "devset5": "devset, round 5",
             "devset6": "devset, round 6", "devset7": "devset, round 7",
             "devset8": "devset, round 8", "devset9": "devset, round 9",
             "devset10": "devset, round 10", "devset11": "devset, round 11",
             "devset12": "devset, round 12", "devset13": "devset, round 13",
             "devset14": "devset, round 14", "devset15": "devset, round 15",
             "devset16": "devset, round 16", "devset17": "devset, round 17",
             "devset18": "devset, round 18", "devset19": "devset, round 19", "devset20": "devset, round 20",
             "devset21": "devset, round 21", "devset22": "devset, round 22",
             "devset23": "devset, round 23", "devset24": "devset, round 24", "devset25": "devset, round 25",
             "devset26": "devset, round 26", "devset27": "devset, round 27", "devset28": "devset, round 28",
             "devset29": "devset, round 29", "devset30": "devset, round 30", "devset31": "devset, round 31",
             "devset32": "devset, round 32", "devset33": "devset, round 33", "devset34": "devset, round 34",
             "devset35": "devset, round 35", "devset36": "devset, round 36", "devset37": "devset, round 37",
             "devset38": "devset, round 38", "devset39": "devset, round 39",
             "devset41": "devset, round 41", "devset42": "devset, round 42", "devset43": "devset, round 43",
             "devset44": "devset, round 44", "devset45": "devset, round 45",
             "devset46": "devset, round 46", "devset47": "devset, round 47",
             "devset48": "devset, round 48", "devset49": "devset, round 49",
             "devset50": "devset, round 50", "devset51": "devset, round 51",
             "devset52": "devset, round 52", "devset53": "devset, round 53",
             "devset55": "devset, round 55", "devset56": "devset, round 56", "devset57": "devset, round 57",
             "devset58": "devset, round 58", "devset60": "devset, round 60", "devset61": "devset, round 61",
             "devset62": "devset, round 62", "devset63": "devset, round 63", "devset64": "devset, round 64",
             "devset65": "devset, round 65", "devset66": "devset, round 66", "devset67": "devset, round 67",
             "all": "all"}
# The heading of a pages-per-set cell (first/added/devset/devset2/devset3/devset4), from the sets in report order.
PER_SET_HEAD = "/".join(key.removeprefix("shared-") for key in SET_KEYS if key != "all")
# The gold `page_kind` values, in report order; a page without one counts as `other`.
KINDS: tuple[str, ...] = ("article", "forum-thread", "blog-post", "listing", "tutorial", "other")
ADDED_PREFIX = "x-"
DEVSET_PREFIX = "d-"


def set_of(page_id: str) -> str:
    """The set a page belongs to, from its id (``all`` is every set together, never a page's own set).

    >>> set_of("cwced-05e98007"), set_of("x-mh-20373e03"), set_of("d-mh-090704b0"), set_of("d-zhihupy3-answer")
    ('shared-first', 'shared-added', 'devset', 'devset2')
    >>> set_of("d-cxe-people-anhui"), set_of("d-sinablogbak-2011")
    ('devset3', 'devset4')
    """
    if page_id.startswith(DEVSET_PREFIX):
        rounds = {2: "devset2", 3: "devset3", 4: "devset4", 5: "devset5", 6: "devset6", 7: "devset7", 8: "devset8",
                  9: "devset9", 10: "devset10", 11: "devset11",
                  12: "devset12", 13: "devset13", 14: "devset14",
                  15: "devset15", 16: "devset16", 17: "devset17", 18: "devset18", 19: "devset19", 20: "devset20",
                  21: "devset21", 22: "devset22", 23: "devset23", 24: "devset24", 25: "devset25",
                  26: "devset26", 27: "devset27", 28: "devset28", 29: "devset29", 30: "devset30", 31: "devset31",
                  32: "devset32", 33: "devset33", 34: "devset34", 35: "devset35",
                  36: "devset36", 37: "devset37", 38: "devset38",
                  39: "devset39", 41: "devset41", 42: "devset42", 43: "devset43", 44: "devset44", 45: "devset45",
                  46: "devset46", 47: "devset47", 48: "devset48", 49: "devset49", 50: "devset50",
                  51: "devset51", 52: "devset52", 53: "devset53",
                  55: "devset55", 56: "devset56", 57: "devset57", 58: "devset58",
                  60: "devset60", 61: "devset61", 62: "devset62", 63: "devset63",
                  64: "devset64", 65: "devset65", 66: "devset66", 67: "devset67"}
        return rounds.get(devset_rounds().get(page_id, 1), "devset")
    if page_id.startswith(ADDED_PREFIX):
        return "shared-added"
    return "shared-first"


@lru_cache(maxsize=1)
def devset_rounds() -> dict[str, int]:
    """The round each devset page was added in (``round`` in ``devset/sources/*.jsonl``; 1 when absent)."""
    rounds: dict[str, int] = {}
    for path in sorted((ROOT / "devset" / "sources").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rounds[row["id"]] = int(row.get("round", 1))
    return rounds


def kind_of(gold: dict) -> str:
    """The page kind the gold gives, ``other`` when it gives none or one outside :data:`KINDS`.

    >>> kind_of({"page_kind": "forum-thread"}), kind_of({}), kind_of({"page_kind": "qa"})
    ('forum-thread', 'other', 'other')
    """
    kind = gold.get("page_kind")
    return kind if kind in KINDS else "other"


@dataclass(frozen=True)
class Page:
    """One real page with its gold record."""

    id: str
    path: Path
    gold: dict

    @property
    def set(self) -> str:
        return set_of(self.id)

    @property
    def kind(self) -> str:
        return kind_of(self.gold)

    @property
    def site(self) -> str:
        return self.gold.get("site") or "?"

    @property
    def url(self) -> str | None:
        return self.gold.get("url")

    def read(self) -> bytes:
        return self.path.read_bytes()


def pages_in(folder: Path) -> list[Page]:
    """Every page of a ``pages/`` + ``gold/`` folder that has both its bytes and its gold, sorted by id.

    A missing folder gives no pages (the devset cache is absent until ``scripts/build_devset.py`` runs).

    >>> pages_in(Path("/nonexistent"))
    []
    """
    gold_dir, page_dir = folder / "gold", folder / "pages"
    if not gold_dir.is_dir() or not page_dir.is_dir():
        return []
    found = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        page_path = page_dir / f"{gold_path.stem}.html"
        if page_path.is_file():
            found.append(Page(gold_path.stem, page_path, json.loads(gold_path.read_text(encoding="utf-8"))))
    return found


def real_pages(corpus: Path = SHARED_CORPUS, devset: Path = DEVSET) -> list[Page]:
    """The shared corpus pages, then the devset pages (the devset only with ``d-`` ids)."""
    shared = [p for p in pages_in(corpus) if not p.id.startswith(DEVSET_PREFIX)]
    own = [p for p in pages_in(devset) if p.id.startswith(DEVSET_PREFIX)]
    return shared + own


def load_scorer(path: Path = SCORER) -> ModuleType:
    """Import the project's scorer from its file (it is not a package), once per process."""
    if "score_extract" in sys.modules:
        return sys.modules["score_extract"]
    spec = importlib.util.spec_from_file_location("score_extract", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_extract"] = module
    spec.loader.exec_module(module)
    return module


_SPACE = re.compile(r"\s+")


def squeeze(text: str | None) -> str:
    """Text as the scorer compares bodies: NFKC, every whitespace character removed.

    >>> squeeze("第一段，\\n 第二段 ")
    '第一段,第二段'
    """
    return _SPACE.sub("", unicodedata.normalize("NFKC", text or ""))


def replace_section(text: str, marker: str, body: str) -> str:
    """Replace what sits between ``<!-- marker -->`` and ``<!-- /marker -->`` (markers kept).

    >>> replace_section("a\\n<!-- t -->\\nold\\n<!-- /t -->\\nb", "t", "new")
    'a\\n<!-- t -->\\nnew\\n<!-- /t -->\\nb'
    """
    start, end = f"<!-- {marker} -->", f"<!-- /{marker} -->"
    head, sep, rest = text.partition(start)
    _, sep2, tail = rest.partition(end)
    if not sep or not sep2:
        raise ValueError(f"the markers {start} … {end} are not both present")
    return f"{head}{start}\n{body.strip()}\n{end}{tail}"


def update_readme(marker: str, body: str, readme: Path = README) -> None:
    """Write ``body`` into the README between its ``marker`` comments."""
    readme.write_text(replace_section(readme.read_text(encoding="utf-8"), marker, body), encoding="utf-8")
