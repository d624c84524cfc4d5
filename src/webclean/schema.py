"""One record schema for every output: JSON lines, Parquet, Arrow batches, Spark, datatrove and Scrapy.

A record leaves webclean as a row of the columns below, in this order,
whatever carries it. Lists stay lists; the provenance events (``repairs``,
``removed``, ``evidence``) are lists of objects in JSON lines and lists of
structs in Parquet, Arrow and Spark, with the fields of
:class:`~webclean.record.Repair`, :class:`~webclean.record.Removal` and
:class:`~webclean.record.Evidence`; ``signals`` is one object (a struct) with
the fields of :class:`~webclean.record.Signals`, ``fingerprint`` a signed
64-bit integer. ``published`` is ISO text (``"2025"``, ``"2025-07"``,
``"2025-07-14"`` or a timestamp with its offset, as ``published_precision``
says). ``filtered_by`` names the filters a row failed (``min_han_share``,
``max_spam_share``, ``duplicate``) and ``duplicate_of`` the id of the row
kept in its place: a filtered row stays in the output, marked. A page that
gave no record has the same columns, empty, with ``error_kind`` and
``error`` saying why.

A batch output row adds ``id``, ``position``, ``input`` and ``url`` before
the record columns and ``seconds`` after them (:data:`OUTPUT_FIELDS`).

>>> from webclean.record import Record
>>> row = record_row(Record(title="标题", paragraphs=("一。", "二。")))
>>> tuple(row) == RECORD_COLUMNS, row["body"], row["repairs"], row["error_kind"]
(True, '一。\\n二。', [], None)
"""
from __future__ import annotations

from dataclasses import fields
from typing import Any

from .record import Evidence, Record, Removal, Repair, Signals

__all__ = ["RECORD_FIELDS", "RECORD_COLUMNS", "EVENT_FIELDS", "STRUCT_FIELDS", "HEAD_FIELDS", "TAIL_FIELDS",
           "OUTPUT_FIELDS", "OUTPUT_COLUMNS", "record_row", "error_row", "error_kind_of", "output_row"]

_SCALARS = {"str": "string", "float": "double", "int": "int64"}


def _event_fields(cls: type) -> tuple[tuple[str, str], ...]:
    return tuple((f.name, _SCALARS[f.type if isinstance(f.type, str) else f.type.__name__]) for f in fields(cls))


#: The fields of each kind of provenance event with their types, as the struct (or object) that carries
#: one: taken from the event classes themselves, so a field added there reaches every output.
EVENT_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    name: _event_fields(cls) for name, cls in (("repairs", Repair), ("removed", Removal), ("evidence", Evidence))}

#: The fields of each single-object column with their types, taken from its class (``signals``: the
#: quality figures of :class:`~webclean.record.Signals`).
STRUCT_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {"signals": _event_fields(Signals)}

#: Every record column in output order, with its type: ``string``, ``double``, ``int64``, ``list<string>``,
#: ``list<event>`` (the event's fields are in :data:`EVENT_FIELDS`) or ``struct`` (:data:`STRUCT_FIELDS`).
RECORD_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "string"), ("column", "string"), ("author", "string"), ("editor", "string"), ("source", "string"),
    ("published", "string"), ("published_precision", "string"), ("breadcrumb", "list<string>"),
    ("body", "string"), ("paragraphs", "list<string>"), ("script", "string"), ("encoding", "string"),
    ("encoding_evidence", "list<string>"), ("page_kind", "string"), ("spam_score", "double"),
    ("flags", "list<string>"), ("repairs", "list<event>"), ("removed", "list<event>"),
    ("evidence", "list<event>"), ("warnings", "list<string>"), ("signals", "struct"), ("fingerprint", "int64"),
    ("filtered_by", "list<string>"), ("duplicate_of", "string"), ("error_kind", "string"), ("error", "string"),
)
RECORD_COLUMNS: tuple[str, ...] = tuple(name for name, _ in RECORD_FIELDS)

#: What a batch output row carries before the record: the row's id, its place in the input, the input
#: file and the page's URL; and after it: the seconds the page took.
HEAD_FIELDS: tuple[tuple[str, str], ...] = (("id", "string"), ("position", "int64"), ("input", "string"),
                                            ("url", "string"))
TAIL_FIELDS: tuple[tuple[str, str], ...] = (("seconds", "double"),)
OUTPUT_FIELDS = HEAD_FIELDS + RECORD_FIELDS + TAIL_FIELDS
OUTPUT_COLUMNS: tuple[str, ...] = tuple(name for name, _ in OUTPUT_FIELDS)

_LISTS = tuple(name for name, kind in RECORD_FIELDS if kind.startswith("list"))


def error_kind_of(error: str | None) -> str | None:
    """The family of a record's error: the word before the first colon.

    >>> error_kind_of("timeout: time budget exceeded in strip")
    'timeout'
    >>> error_kind_of(None) is None
    True
    """
    if not error:
        return None
    head = error.split(":", 1)[0].strip()
    # A message without a "kind:" prefix (or with a long one) is still an error; call it internal.
    return head if head and len(head) <= 32 and " " not in head else "internal"


def record_row(rec: Record) -> dict[str, Any]:
    """One record as a dict of the :data:`RECORD_COLUMNS`, JSON-ready (events as dicts, dates as text).

    >>> row = record_row(Record(error="timeout: strip"))
    >>> row["error_kind"], row["filtered_by"], row["duplicate_of"]
    ('timeout', [], None)
    """
    data = rec.to_dict()
    row = {name: data.get(name) for name in RECORD_COLUMNS}
    row["error_kind"] = error_kind_of(rec.error)
    row["filtered_by"] = []       # a record is filtered by batch or an adapter, never by clean()
    return row


def error_row(kind: str, message: str) -> dict[str, Any]:
    """The record columns of a page that produced no record (unreadable, empty, worker died...).

    >>> row = error_row("empty", "no page in column html")
    >>> row["error_kind"], row["title"], row["paragraphs"]
    ('empty', None, [])
    """
    row: dict[str, Any] = dict.fromkeys(RECORD_COLUMNS)
    row.update({name: [] for name in _LISTS})
    row["error_kind"], row["error"] = kind, message
    return row


def output_row(head: dict[str, Any], record: dict[str, Any], seconds: float | None) -> dict[str, Any]:
    """A batch output row: ``head`` (id, position, input, url), the record columns, then ``seconds``.

    >>> list(output_row({"id": "a", "position": 0, "input": "x", "url": None}, error_row("empty", ""), None))[:6]
    ['id', 'position', 'input', 'url', 'title', 'column']
    """
    row = {name: head.get(name) for name, _ in HEAD_FIELDS}
    row.update(record)
    row["seconds"] = seconds
    return row
