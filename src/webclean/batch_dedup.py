"""The near-duplicate pass of ``webclean batch``: once every row is written, group the rows by fingerprint,
mark the duplicates (``--drop-duplicates``) and write the groups (``--dedup-report``).

Which row of a group is kept cannot be known while workers still finish pages, so the pass runs on the
finished journal (the JSON lines output itself, or the journal a Parquet output is made from): the rows
are read once for their positions, ids and fingerprints, grouped in input order (the first row of a
group, by input position, is kept), then read again to rewrite them with their marks (into a new file
that replaces the journal at once, so a run killed meanwhile leaves the journal whole) and to note the
groups' rows for the report. Marking again gives the same rows: a mark from an earlier pass is cleared
first. Memory: a few hundred bytes per row.

The report is JSON lines, one group a line, in the order of their kept rows::

    {"group": 1, "size": 2, "kept": "crawl/a.html", "rows": [
        {"id": "crawl/a.html", "position": 0, "input": "crawl/a.html", "url": null, "title": "…", "distance": 0},
        {"id": "crawl/b.html", "position": 3, "input": "crawl/b.html", "url": null, "title": "…", "distance": 2}]}

``distance`` is the number of bits a row's fingerprint differs from the kept row's.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .corpus.dedup import DuplicateIndex
from .corpus.filters import clear_duplicate, set_duplicate
from .corpus.fingerprint import hamming_distance
from .io import iter_journal

__all__ = ["DedupOutcome", "dedup_journal"]


@dataclass(frozen=True)
class DedupOutcome:
    """What the pass found: near-duplicate groups, and rows marked as duplicates (0 unless marking)."""

    groups: int
    marked: int


def _fingerprint(row: dict[str, Any]) -> int | None:
    value = row.get("fingerprint")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def dedup_journal(journal: str, threshold: int, *, mark: bool, report: str | None) -> DedupOutcome:
    """Group the rows of a finished ``journal``; mark its duplicates in place when ``mark``, and write the
    groups to ``report`` when given.

    >>> import tempfile, os
    >>> folder = tempfile.mkdtemp(); journal = os.path.join(folder, "out.jsonl")
    >>> rows = [{"id": "a", "position": 1, "fingerprint": 5, "filtered_by": []},
    ...         {"id": "b", "position": 0, "fingerprint": 4, "filtered_by": ["min_han_share"]}]
    >>> _ = open(journal, "w").write("".join(json.dumps(r) + "\\n" for r in rows))
    >>> dedup_journal(journal, 2, mark=True, report=None)
    DedupOutcome(groups=1, marked=1)
    >>> [(r["id"], r["filtered_by"], r["duplicate_of"]) for r in iter_journal(journal)]
    [('a', ['duplicate'], 'b'), ('b', ['min_han_share'], None)]
    """
    entries = sorted((row.get("position", -1), str(row.get("id")), _fingerprint(row)) for row in iter_journal(journal))
    index = DuplicateIndex(threshold)
    for _, _, fingerprint in entries:
        index.add(fingerprint)
    groups = index.groups()
    kept_by_position = {entries[member][0]: entries[group[0]] for group in groups for member in group[1:]}
    group_of = {entries[member][0]: number for number, group in enumerate(groups) for member in group}
    details: dict[int, dict[str, Any]] = {}
    rows = _noting(iter_journal(journal), group_of, details)
    if mark:
        _rewrite(journal, (_marked(row, kept_by_position) for row in rows))
    else:
        for _ in rows:
            pass
    if report is not None:
        _write_report(report, groups, entries, details)
    return DedupOutcome(groups=len(groups), marked=len(kept_by_position) if mark else 0)


def _noting(rows: Iterator[dict[str, Any]], group_of: dict[int, int],
            details: dict[int, dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Pass the rows on, noting what the report shows of each row that is in a group."""
    for row in rows:
        position = row.get("position", -1)
        if position in group_of:
            details[position] = {"id": row.get("id"), "position": position, "input": row.get("input"),
                                 "url": row.get("url"), "title": row.get("title")}
        yield row


def _marked(row: dict[str, Any], kept_by_position: dict[int, tuple[int, str, int | None]]) -> dict[str, Any]:
    clear_duplicate(row)
    kept = kept_by_position.get(row.get("position", -1))
    if kept is not None:
        set_duplicate(row, kept[1])
    return row


def _rewrite(journal: str, rows: Iterator[dict[str, Any]]) -> None:
    tmp = journal + ".dedup.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, journal)


def _write_report(path: str, groups: list[list[int]], entries: list[tuple[int, str, int | None]],
                  details: dict[int, dict[str, Any]]) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        for number, group in enumerate(groups, 1):
            kept = entries[group[0]]
            members = []
            for member in group:
                position, _, fingerprint = entries[member]
                info = dict(details.get(position, {"position": position}))
                info["distance"] = hamming_distance(fingerprint or 0, kept[2] or 0)
                members.append(info)
            fh.write(json.dumps({"group": number, "size": len(group), "kept": kept[1], "rows": members},
                                ensure_ascii=False) + "\n")
    os.replace(tmp, path)
