"""The record webclean returns, and the provenance events that explain it.

Everything here is immutable: a :class:`Record` can be shared between threads,
pickled to worker processes and serialised to JSON without losing anything.

>>> rec = Record(title="标题", paragraphs=("第一段。", "第二段。"))
>>> rec.body
'第一段。\\n第二段。'
>>> Record.from_dict(rec.to_dict()) == rec
True
"""
from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

__all__ = ["Repair", "Removal", "Evidence", "Signals", "Record"]


@dataclass(frozen=True)
class Repair:
    """One change a stage made to text, so a user can audit it.

    ``kind`` names the family (``mojibake``, ``pinyin_annotation``,
    ``lost_character``, ``script``, ``punctuation``, ``irrecoverable``);
    ``rule`` names the heuristic that fired (for mojibake the encoding chain,
    e.g. ``utf-8>gbk``); ``where`` says where (``text[120:128]``, ``title``,
    ``paragraph 3``).

    >>> Repair("mojibake", "涓枃", "中文", "text[0:2]", "utf-8>gbk").after
    '中文'
    """

    kind: str
    before: str
    after: str
    where: str = ""
    rule: str = ""


@dataclass(frozen=True)
class Removal:
    """One block of page text that was kept out of the record, and why.

    ``kind`` is the reason family: ``spam``, ``navigation``, ``breadcrumb``,
    ``timestamp``, ``byline``, ``editor``, ``source``, ``title``, ``share``,
    ``related``, ``copyright``, ``comment``, ``hidden``, ``ad``, ``boilerplate``.
    ``rule`` is the named heuristic that fired.

    >>> Removal("navigation", "网站首页 | 网站地图", "nav_separator_run").kind
    'navigation'
    """

    kind: str
    text: str
    rule: str
    where: str = ""


@dataclass(frozen=True)
class Evidence:
    """Why a metadata field has its value: the rule and the page text it came from.

    Each field the page offered several values for is listed with its winner (``rank`` 0) and the runners-up
    (``rank`` 1, 2 …), each with the ``score`` it was weighed at.

    >>> Evidence("author", "冯禀壹", "trailing_byline", "(作者:冯禀壹)").rule
    'trailing_byline'
    """

    field: str
    value: str
    rule: str
    text: str = ""
    score: float = 0.0
    rank: int = 0


@dataclass(frozen=True)
class Signals:
    """Quality figures of a cleaned page, for filtering a corpus (computed by :mod:`webclean.corpus.signals`).

    Shares are fractions from 0 to 1, rounded to four places; counts are whole numbers. "Characters" are the
    body's characters other than whitespace (spaces, tabs, line breaks, no-break, thin, zero-width and
    ideographic spaces); the page's text is the body and the text of every removal.

    * ``chars``: characters of the body.
    * ``han_share``: Han characters / ``chars`` (0 for an empty body).
    * ``punctuation_share``: punctuation marks (ASCII, General Punctuation, CJK and full-width marks) /
      ``chars``.
    * ``mean_paragraph_chars``: ``chars`` / the number of paragraphs.
    * ``spam_share``: characters of the ``spam`` removals / characters of the page's text.
    * ``boilerplate_share``: characters of the other removals (navigation, related links, comments, hidden
      text, copyright...), not of the metadata lines (title, byline, timestamp, editor, source, image
      credit) / characters of the page's text.
    * ``duplicate_lines``: paragraphs equal to an earlier paragraph / paragraphs; ``duplicate_line_chars``:
      their characters / ``chars`` (Gopher's duplicate-line fractions, a paragraph being a line).
    * ``duplicate_5gram_chars``: on the body's canonical text (its Han characters, letters and digits, in
      Simplified script, the first 3,000 of them), the share of characters inside a 5-character n-gram that
      already occurred earlier; ``duplicate_10gram_chars``: the share inside a 10-character stretch all of
      whose 5-grams already occurred (a repeated 10-gram, nearly always). Gopher's duplicate n-gram
      fractions, over characters instead of words.
    * ``mojibake_repairs``, ``pinyin_repairs``, ``lost_character_repairs``, ``script_repairs``,
      ``punctuation_repairs``, ``irrecoverable``: the events of each kind in ``Record.repairs`` (a summary
      event, ``where="N more …"``, counting N).

    >>> Signals(chars=10, han_share=0.9).han_share
    0.9
    """

    chars: int = 0
    han_share: float = 0.0
    punctuation_share: float = 0.0
    mean_paragraph_chars: float = 0.0
    spam_share: float = 0.0
    boilerplate_share: float = 0.0
    duplicate_lines: float = 0.0
    duplicate_line_chars: float = 0.0
    duplicate_5gram_chars: float = 0.0
    duplicate_10gram_chars: float = 0.0
    mojibake_repairs: int = 0
    pinyin_repairs: int = 0
    lost_character_repairs: int = 0
    script_repairs: int = 0
    punctuation_repairs: int = 0
    irrecoverable: int = 0


def _event_dict(event: Repair | Removal | Evidence | Signals) -> dict[str, Any]:
    """``dataclasses.asdict`` for a flat event (its fields are strings): a page has a hundred removals,
    and ``asdict``'s deep copy of each made it most of ``to_dict``'s time."""
    return {name: getattr(event, name) for name in event.__dataclass_fields__}


def _iso(value: date | datetime | None, precision: str | None) -> str | None:
    if value is None:
        return None
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


@dataclass(frozen=True)
class Record:
    """A cleaned page.

    ``published`` is a timezone-aware datetime where the page gives a time,
    a ``date`` where it gives only a day, ``None`` where it gives nothing;
    ``published_precision`` says how much of it the page stated (``year``,
    ``month``, ``day``, ``minute``, ``second``): a page that gives only a
    year yields ``date(Y, 1, 1)`` with precision ``year``, and ``to_dict``
    writes just ``"Y"``.

    ``signals`` are the page's quality figures (:class:`Signals`) and
    ``fingerprint`` the 64-bit SimHash of its cleaned body (a signed integer;
    ``None`` when the body is too short to fingerprint): see
    :mod:`webclean.corpus`.
    """

    title: str | None = None
    column: str | None = None
    author: str | None = None
    editor: str | None = None
    source: str | None = None
    published: datetime | date | None = None
    published_precision: str | None = None
    breadcrumb: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    script: str | None = None
    encoding: str | None = None
    encoding_evidence: tuple[str, ...] = ()
    page_kind: str = "article"
    spam_score: float = 0.0
    flags: tuple[str, ...] = ()
    repairs: tuple[Repair, ...] = ()
    removed: tuple[Removal, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    warnings: tuple[str, ...] = ()
    signals: Signals | None = None
    fingerprint: int | None = None
    error: str | None = None
    url: str | None = None

    @property
    def body(self) -> str:
        """The paragraphs joined by newlines."""
        return "\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: dates as ISO strings, events as dicts, ``body`` included."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "published":
                value = _iso(value, self.published_precision)
            elif f.name in ("repairs", "removed", "evidence"):
                value = [_event_dict(v) for v in value]
            elif f.name == "signals":
                value = None if value is None else _event_dict(value)
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        out["body"] = self.body
        return out

    def to_json(self, **kwargs: Any) -> str:
        """``to_dict`` as JSON text (UTF-8 characters kept readable)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Inverse of :meth:`to_dict` (unknown keys such as ``body`` are ignored)."""
        kw: dict[str, Any] = {}
        events = {"repairs": Repair, "removed": Removal, "evidence": Evidence}
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if f.name in events:
                value = tuple(events[f.name](**v) for v in value)
            elif f.name == "signals":
                value = None if value is None else Signals(**value)
            elif f.name == "published":
                value = _parse_iso(value)
            elif isinstance(value, list):
                value = tuple(value)
            kw[f.name] = value
        return cls(**kw)


def _parse_iso(value: str | None) -> date | datetime | None:
    if value is None:
        return None
    if len(value) == 4:
        return date(int(value), 1, 1)
    if len(value) == 7:
        return date(int(value[:4]), int(value[5:7]), 1)
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value)

