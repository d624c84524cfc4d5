"""The working state that travels through the pipeline stages.

A :class:`Document` is created fresh for every ``clean()`` call and never
shared, so stages may fill it in place; each stage adds its own findings and
leaves earlier ones alone. Text is segmented into :class:`Block` objects (a
line or paragraph of a text page, a block-level element of an HTML page);
later stages label blocks instead of deleting them, so the report can show
what was kept and what was removed, and why.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .record import Evidence, Removal, Repair

__all__ = ["Block", "Document", "Field", "Candidate", "BudgetExceeded"]


class BudgetExceeded(Exception):
    """Raised inside the pipeline when a page runs past its time budget."""


@dataclass(slots=True)
class Block:
    """One unit of page text.

    ``label`` is ``None`` while undecided; stages set it to ``"body"`` or to a
    removal kind (``spam``, ``navigation``, ``breadcrumb``, ``title``,
    ``byline``, ...) together with the ``rule`` that decided it.
    HTML-only features stay at their defaults for text pages.
    """

    index: int
    text: str
    tag: str = "line"            # "line" for text pages; the element tag for HTML ("p", "h1", "td", ...)
    path: str = ""               # HTML tag path with class/id hints, e.g. "body/div#main/div.article/p"
    hints: str = ""              # lower-cased class/id words of the element and its ancestors
    heading: int = 0             # 1..6 for <h1>..<h6> (or a headline-like text line), else 0
    link_chars: int = 0          # characters of the text that sit inside <a> elements
    links: int = 0               # number of <a> elements in the block
    container: int = -1          # id of the nearest content container (HTML), for body selection
    in_list: bool = False        # inside <li>/<ul>/<ol>/<dl>
    in_table: bool = False       # inside <table> (layout tables of old portals)
    blank_before: bool = False   # text pages: preceded by a blank line
    hosts: tuple[str, ...] = ()  # lower-cased hosts of the block's absolute links (relative links: none)
    link_texts: tuple[str, ...] = ()   # the text of each <a> in the block, as it reads in ``text``
    after_break: bool = False    # HTML: a line after a <br> of the element before it (<h1>引题<br>标题</h1>)
    label: str | None = None
    rule: str | None = None

    def mark(self, label: str, rule: str) -> None:
        """Label the block (first decision wins unless relabelled on purpose)."""
        self.label = label
        self.rule = rule

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass
class Field:
    """A metadata value with the evidence for it."""

    value: Any
    rule: str
    text: str = ""
    score: float = 0.0


@dataclass
class Candidate:
    """One value the page offers for a metadata field, from one rule: the extract stage weighs them all.

    ``order`` is when it was offered (rules run from the strongest evidence down); ``score`` is set when the
    candidates of a field are weighed, ``block`` is the index of the block it came from when one did.
    """

    field: str
    value: Any
    rule: str
    text: str = ""
    order: int = 0
    score: float = 0.0
    block: int = -1


@dataclass
class Document:
    """Everything known about one page while it is being cleaned."""

    raw: bytes | str
    url: str | None = None
    headers: Mapping[str, str] | None = None
    deadline: float = float("inf")
    text: str = ""                           # decoded (then repaired) page text: HTML source or plain text
    is_html: bool = False
    encoding: str | None = None
    encoding_evidence: tuple[str, ...] = ()
    tree: Any = None                         # lxml root for HTML pages
    head: dict[str, Any] = field(default_factory=dict)   # <title>, meta tags, JSON-LD, canonical url
    blocks: list[Block] = field(default_factory=list)
    fields: dict[str, Field] = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)   # every value offered for a field, in order
    runners_up: dict[str, list[Candidate]] = field(default_factory=dict)   # the losers of each weighed field
    paragraphs: list[str] = field(default_factory=list)
    hints: dict[str, Any] = field(default_factory=dict)  # cross-stage hints, e.g. "pinyin_annotations": 12
    flags: set[str] = field(default_factory=set)
    spam_score: float = 0.0
    page_kind: str = "article"
    script: str | None = None
    repairs: list[Repair] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def check_budget(self, where: str) -> None:
        """Stop the pipeline when the per-page time budget is spent."""
        if time.monotonic() > self.deadline:
            raise BudgetExceeded(f"time budget exceeded in {where}")

    def set_field(self, name: str, value: Any, rule: str, text: str = "", *, override: bool = False,
                  block: int = -1) -> bool:
        """Offer a value for a field: it is recorded as a candidate, and it fills the field unless an earlier,
        stronger rule already did. The candidates are weighed once all are in (``extract.candidates``)."""
        if value in (None, "", (), []):
            return False
        self.candidates.append(Candidate(name, value, rule, text, len(self.candidates), block=block))
        if name in self.fields and not override:
            return False
        self.fields[name] = Field(value, rule, text)
        return True

    def value(self, name: str, default: Any = None) -> Any:
        f = self.fields.get(name)
        return default if f is None else f.value

    def evidence(self) -> tuple[Evidence, ...]:
        """Each field's value with its rule (rank 0), then the runners-up of the weighed fields (rank 1, 2 …)."""
        out = []
        for k, f in self.fields.items():
            out.append(Evidence(k, str(f.value), f.rule, f.text[:200], round(f.score, 3), 0))
            for rank, c in enumerate(self.runners_up.get(k, ()), 1):
                out.append(Evidence(k, str(c.value), c.rule, c.text[:200], round(c.score, 3), rank))
        return tuple(out)

    def remove_block(self, block: Block, kind: str, rule: str) -> None:
        """Label a block as removed and record why."""
        block.mark(kind, rule)
        self.removed.append(Removal(kind, block.text, rule, f"block {block.index}"))

    def restore_block(self, block: Block) -> None:
        """Undo :meth:`remove_block` for a block a later decision keeps after all (a fallback selection)."""
        self.restore_blocks((block,))

    def restore_blocks(self, blocks: Iterable[Block]) -> None:
        """:meth:`restore_block` for many blocks at once: the removals are filtered in one pass (a listing
        page restores thousands of entries; one pass each made that quadratic)."""
        blocks = list(blocks)
        keys = {(f"block {b.index}", b.rule) for b in blocks}
        self.removed = [r for r in self.removed if (r.where, r.rule) not in keys]
        for b in blocks:
            b.label = b.rule = None
