"""Filters on the signals and the fingerprint that mark rows instead of dropping them.

``webclean batch --min-han-share 0.5 --max-spam-share 0.2 --drop-duplicates`` and the adapters (Arrow,
Spark, datatrove, Scrapy) take the same :class:`Filters`. A row that fails one keeps its place in the
output, with ``filtered_by`` naming each filter it failed and, for a near-duplicate, ``duplicate_of``
naming the row kept in its place: N rows in still give N rows out, and a user keeps the corpus with
``filtered_by == []`` (or audits what was filtered and why).

>>> filters = Filters(min_han_share=0.5, max_spam_share=0.2)
>>> filters.marks({"han_share": 0.31, "spam_share": 0.4})
['min_han_share', 'max_spam_share']
>>> filters.marks({"han_share": 0.9, "spam_share": 0.0}), filters.marks(None)
([], [])
"""
from __future__ import annotations

import math
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..record import Signals
from .dedup import DEFAULT_THRESHOLD, DuplicateIndex, check_threshold

__all__ = ["Filters", "MIN_HAN_SHARE", "MAX_SPAM_SHARE", "DUPLICATE", "mark_quality", "mark_duplicates",
           "duplicate_marks", "clear_duplicate", "set_duplicate"]

#: The names a row's ``filtered_by`` lists: the option each filter comes from, and ``duplicate``.
MIN_HAN_SHARE, MAX_SPAM_SHARE, DUPLICATE = "min_han_share", "max_spam_share", "duplicate"


def _share(name: str, value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not 0 <= value <= 1:
        raise ValueError(f"{name} must be a share from 0 to 1, not {value!r}")
    return float(value)


@dataclass(frozen=True)
class Filters:
    """Which rows to mark: ``min_han_share`` (rows whose ``signals.han_share`` is below it),
    ``max_spam_share`` (rows whose ``signals.spam_share`` is above it) and ``drop_duplicates`` (every row of
    a near-duplicate group but the first, at ``duplicate_threshold`` bits). None and False mark nothing.

    A row without signals (an error row) is never marked: its ``error_kind`` already says why it is empty.

    >>> Filters(min_han_share=1.5)
    Traceback (most recent call last):
    ...
    ValueError: min_han_share must be a share from 0 to 1, not 1.5
    """

    min_han_share: float | None = None
    max_spam_share: float | None = None
    drop_duplicates: bool = False
    duplicate_threshold: int = DEFAULT_THRESHOLD

    def __post_init__(self) -> None:
        object.__setattr__(self, "min_han_share", _share(MIN_HAN_SHARE, self.min_han_share))
        object.__setattr__(self, "max_spam_share", _share(MAX_SPAM_SHARE, self.max_spam_share))
        if not isinstance(self.drop_duplicates, bool):
            raise TypeError(f"drop_duplicates must be True or False, not {self.drop_duplicates!r}")
        check_threshold(self.duplicate_threshold)

    @property
    def active(self) -> bool:
        """Does any filter mark anything?

        >>> Filters().active, Filters(drop_duplicates=True).active
        (False, True)
        """
        return self.min_han_share is not None or self.max_spam_share is not None or self.drop_duplicates

    def settings(self) -> dict[str, Any]:
        """The filters that are on, as a run record keeps them (an empty dict when none is).

        >>> Filters(max_spam_share=0.3).settings(), Filters().settings()
        ({'max_spam_share': 0.3}, {})
        """
        out: dict[str, Any] = {}
        if self.min_han_share is not None:
            out[MIN_HAN_SHARE] = self.min_han_share
        if self.max_spam_share is not None:
            out[MAX_SPAM_SHARE] = self.max_spam_share
        if self.drop_duplicates:
            out["drop_duplicates"] = True
            out["duplicate_threshold"] = self.duplicate_threshold
        return out

    def marks(self, signals: Signals | Mapping[str, Any] | None) -> list[str]:
        """The quality filters a record with these signals fails, in option order."""
        if signals is None:
            return []
        get = signals.get if isinstance(signals, Mapping) else lambda name: getattr(signals, name, None)
        out = []
        han, spam = get("han_share"), get("spam_share")
        if self.min_han_share is not None and han is not None and han < self.min_han_share:
            out.append(MIN_HAN_SHARE)
        if self.max_spam_share is not None and spam is not None and spam > self.max_spam_share:
            out.append(MAX_SPAM_SHARE)
        return out


def mark_quality(row: MutableMapping[str, Any], filters: Filters) -> MutableMapping[str, Any]:
    """Mark an output row with the quality filters its ``signals`` fail (in place; returned too).

    >>> mark_quality({"signals": {"han_share": 0.1, "spam_share": 0.0}, "filtered_by": []},
    ...              Filters(min_han_share=0.5))["filtered_by"]
    ['min_han_share']
    """
    failed = filters.marks(row.get("signals"))
    if failed:
        already = list(row.get("filtered_by") or [])
        row["filtered_by"] = already + [name for name in failed if name not in already]
    return row


def duplicate_marks(fingerprints: Sequence[Any], threshold: int) -> dict[int, int]:
    """For each position that is a near-duplicate of an earlier one: the first position of its group.

    >>> duplicate_marks([5, 9 << 40, 4, None, 5], threshold=2)
    {2: 0, 4: 0}
    """
    index = DuplicateIndex(threshold)
    for item in fingerprints:
        index.add(item)
    return {position: group[0] for group in index.groups() for position in group[1:]}


def mark_duplicates(rows: Sequence[MutableMapping[str, Any]], threshold: int,
                    ids: Sequence[str] | None = None) -> int:
    """Mark every row of a near-duplicate group but its first with ``duplicate`` and ``duplicate_of`` (the
    first row's id from ``ids``, else its position in ``rows``), in place; returns how many were marked.
    A ``duplicate`` mark left by an earlier pass is cleared first, so marking again gives the same rows.

    >>> rows = [{"fingerprint": 5, "filtered_by": []}, {"fingerprint": 4, "filtered_by": []}]
    >>> mark_duplicates(rows, 2, ids=["a", "b"]), rows[1]["filtered_by"], rows[1]["duplicate_of"]
    (1, ['duplicate'], 'a')
    """
    for row in rows:
        clear_duplicate(row)
    marks = duplicate_marks(rows, threshold)
    for position, first in marks.items():
        set_duplicate(rows[position], ids[first] if ids is not None else str(first))
    return len(marks)


def clear_duplicate(row: MutableMapping[str, Any]) -> None:
    """Remove a row's ``duplicate`` mark and ``duplicate_of`` (other marks stay).

    >>> row = {"filtered_by": ["min_han_share", "duplicate"], "duplicate_of": "a"}
    >>> clear_duplicate(row); row
    {'filtered_by': ['min_han_share'], 'duplicate_of': None}
    """
    marks = row.get("filtered_by") or []
    if DUPLICATE in marks:
        row["filtered_by"] = [m for m in marks if m != DUPLICATE]
    row["duplicate_of"] = None


def set_duplicate(row: MutableMapping[str, Any], kept: str) -> None:
    """Mark a row as a near-duplicate of the row ``kept`` (its id), once.

    >>> row = {"filtered_by": ["duplicate"]}
    >>> set_duplicate(row, "a"); row
    {'filtered_by': ['duplicate'], 'duplicate_of': 'a'}
    """
    row["filtered_by"] = [*(m for m in row.get("filtered_by") or [] if m != DUPLICATE), DUPLICATE]
    row["duplicate_of"] = kept
